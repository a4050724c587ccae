// Partnerships, filtered by spatial level, in name order.
// Keyset pagination on (name, id): the range condition on n.name lets Neo4j seek the name index and
// read it in order, stopping after one page, however deep the page is. When no filter is given, the
// total comes from the count store instead of a scan (a subquery of its own: behind a WITH … WHERE
// or in a UNION branch the planner scans the label instead).
CALL () {
  MATCH (n:Partnership)
  RETURN count(n) AS everyone
}
CALL () {
  // No row to count when no filter is given: the count store's figure above is the total then.
  UNWIND CASE WHEN $level IS NULL THEN [] ELSE [1] END AS filtered
  MATCH (n:Partnership)
  WHERE ($level IS NULL OR n.level = $level)
  RETURN count(n) AS matching
}
WITH CASE WHEN $level IS NULL THEN everyone ELSE matching END AS total
CALL () {
  MATCH (n:Partnership)
  WHERE n.name >= coalesce($afterKey, '')
    AND ($afterId IS NULL OR n.name > $afterKey OR n.id > $afterId)
    AND ($level IS NULL OR n.level = $level)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({key: n.name, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
