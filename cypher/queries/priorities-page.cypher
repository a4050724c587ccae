// Priorities, themes and workstreams, filtered by kind and name, in name order.
// Keyset pagination on (name, id): the range condition on n.name lets Neo4j seek the name index and
// read it in order, stopping after one page, however deep the page is. When no filter is given, the
// total comes from the count store instead of a scan.
CALL () {
  WITH 1 AS unfiltered WHERE $kind IS NULL AND $nameContains IS NULL
  MATCH (n:Priority)
  RETURN count(n) AS total
  UNION
  WITH 1 AS filtered WHERE NOT ($kind IS NULL AND $nameContains IS NULL)
  MATCH (n:Priority)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Priority)
  WHERE n.name >= coalesce($afterKey, '')
    AND ($afterId IS NULL OR n.name > $afterKey OR n.id > $afterId)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({key: n.name, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
