// A query's whole nested selection under one entity, in one statement (src/graphql/prefetch).
// The composer fills {{hops}} with one fragment of this folder per relationship field selected
// under the root, nested as deep as the query nests; every value arrives as a parameter.
// $id: the root's id. $props0: the property names the selection reads, or null for all.
MATCH (n0:Entity {id: $id})
RETURN labels(n0) AS labels,
       CASE WHEN $props0 IS NULL THEN properties(n0) ELSE [k IN $props0 | n0[k]] END AS props,
       [{{hops}}] AS hops
