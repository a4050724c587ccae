// Priorities, themes and workstreams, filtered by kind and name, in name order. Keyset-paged on (name, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:Priority)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Priority)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  WITH n, n.name AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
