// Entities within $depth (1 to 3) relationships of one entity, optionally only some kinds, and the
// relationships among them: a subgraph for explorers to draw. At most $limit neighbours.
MATCH (s:Entity {id: $id})
OPTIONAL MATCH p = (s)-[*1..3]-(n:Entity)
WHERE length(p) <= $depth
  AND n <> s
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH s, collect(DISTINCT n) AS found
WITH s, found[..$limit] AS ns, size(found) > $limit AS truncated
WITH [s] + ns AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE y IN nodes AND r.key IS NOT NULL
  RETURN collect(DISTINCT {type: type(r), from: x.id, to: y.id, rel: properties(r)}) AS edges
}
RETURN [x IN nodes | x { .*, labels: labels(x) }] AS nodes, edges, truncated
