// Partnerships, filtered by spatial level, in name order. Keyset-paged on (name, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:Partnership)
  WHERE ($level IS NULL OR n.level = $level)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Partnership)
  WHERE ($level IS NULL OR n.level = $level)
  WITH n, n.name AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
