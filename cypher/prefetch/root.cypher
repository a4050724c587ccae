// A query's whole nested selection under one entity, in one statement (src/graphql/prefetch).
// The composer fills {{hops}} with one fragment of this folder per relationship field selected
// under the root, nested as deep as the query nests; every value arrives as a parameter.
// $id: the root's id. $props0: the property names the selection reads, or null for all.
// Answered as one record for the root (hop null), then one record per item of each of its fields
// (hop: the field's index, item: what the fragment returns), in order: the driver decodes many
// small records at about half the cost of one large one (a record over one Bolt chunk of 64 KB
// is read through a combined buffer, every string with a decoder of its own; docs/BENCHMARKS.md).
MATCH (n0:Entity {id: $id})
WITH n0, [{{hops}}] AS hops
UNWIND range(-1, size(hops) - 1) AS hop
UNWIND CASE hop WHEN -1 THEN [null] ELSE hops[hop] END AS item
RETURN CASE hop WHEN -1 THEN null ELSE hop END AS hop,
       item,
       CASE hop WHEN -1 THEN labels(n0) END AS labels,
       CASE WHEN hop <> -1 THEN null WHEN $props0 IS NULL THEN properties(n0) ELSE [k IN $props0 | n0[k]] END AS props
