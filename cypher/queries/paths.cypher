// The shortest evidence-backed paths between two entities: every relationship on the path carries
// citations, and no path runs through a source document (that two facts share a document links
// nothing). Variable-length bounds must be literals in Cypher, so the pattern allows the cap (6)
// and $maxHops filters; $first limits how many equally short paths come back.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxHops
  AND all(r IN relationships(p) WHERE r.citeDoc IS NOT NULL)
  AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT n:SourceDocument)
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
ORDER BY ids, types
LIMIT $first
RETURN [n IN nodes(p) | n { .*, labels: labels(n) }] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, rel: properties(r)}] AS edges
