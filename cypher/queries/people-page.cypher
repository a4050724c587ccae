// People, filtered by organisation (stated affiliation, or represented at a meeting) and name, in name order. Keyset-paged on (name, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:Person)
  WHERE ($organisation IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Entity {id: $organisation}) } OR EXISTS { MATCH (n)-[r:ATTENDED]->() WHERE r.representing = $organisation })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Person)
  WHERE ($organisation IS NULL OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Entity {id: $organisation}) } OR EXISTS { MATCH (n)-[r:ATTENDED]->() WHERE r.representing = $organisation })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  WITH n, n.name AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
