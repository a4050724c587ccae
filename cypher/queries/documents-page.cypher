// Source documents, filtered by kind; oldest first, undated last. Keyset-paged on (date, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:SourceDocument)
  WHERE ($kind IS NULL OR n.kind = $kind)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:SourceDocument)
  WHERE ($kind IS NULL OR n.kind = $kind)
  WITH n, coalesce(n.date, '9999-12-31') AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
