// Partnerships, filtered by spatial level, in name order.
// Keyset pagination on (name, id): the range condition on n.name lets Neo4j seek the name index and
// read it in order, stopping after one page, however deep the page is. When no filter is given, the
// total comes from the count store instead of a scan.
CALL () {
  WITH 1 AS unfiltered WHERE $level IS NULL
  MATCH (n:Partnership)
  RETURN count(n) AS total
  UNION
  WITH 1 AS filtered WHERE NOT ($level IS NULL)
  MATCH (n:Partnership)
  WHERE ($level IS NULL OR n.level = $level)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Partnership)
  WHERE n.name >= coalesce($afterKey, '')
    AND ($afterId IS NULL OR n.name > $afterKey OR n.id > $afterId)
    AND ($level IS NULL OR n.level = $level)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({key: n.name, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
