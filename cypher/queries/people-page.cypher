// People, filtered by organisation (stated affiliation, or represented at a meeting) and name, in name order.
// Keyset pagination on (name, id): the range condition on n.name lets Neo4j seek the name index and
// read it in order, stopping after one page, however deep the page is. When no filter is given, the
// total comes from the count store instead of a scan.
CALL () {
  WITH 1 AS unfiltered WHERE $organisation IS NULL AND $nameContains IS NULL
  MATCH (n:Person)
  RETURN count(n) AS total
  UNION
  WITH 1 AS filtered WHERE NOT ($organisation IS NULL AND $nameContains IS NULL)
  MATCH (n:Person)
  WHERE ($organisation IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Entity {id: $organisation}) } OR EXISTS { MATCH (n)-[r:ATTENDED]->() WHERE r.representing = $organisation })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Person)
  WHERE n.name >= coalesce($afterKey, '')
    AND ($afterId IS NULL OR n.name > $afterKey OR n.id > $afterId)
    AND ($organisation IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Entity {id: $organisation}) } OR EXISTS { MATCH (n)-[r:ATTENDED]->() WHERE r.representing = $organisation })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({key: n.name, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
