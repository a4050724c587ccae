// Versions of terms of reference, filtered by the body they govern and by partnership (terms that
// govern the partnership itself or one of its bodies); in the order they took effect: the day they
// took effect, else were approved, else are presented for; undated last. Keyset-paged on (day, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:TermsOfReference)
  WHERE ($body IS NULL OR EXISTS { (n)-[:GOVERNS]->(:Body {id: $body}) })
    AND ($partnership IS NULL OR EXISTS { (n)-[:GOVERNS]->(:Partnership {id: $partnership}) } OR EXISTS { (n)-[:GOVERNS]->(:Body)-[:BODY_OF]->(:Partnership {id: $partnership}) })
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:TermsOfReference)
  WHERE ($body IS NULL OR EXISTS { (n)-[:GOVERNS]->(:Body {id: $body}) })
    AND ($partnership IS NULL OR EXISTS { (n)-[:GOVERNS]->(:Partnership {id: $partnership}) } OR EXISTS { (n)-[:GOVERNS]->(:Body)-[:BODY_OF]->(:Partnership {id: $partnership}) })
  WITH n, coalesce(n.effectiveFrom, n.approved, n.presentedFor, '9999-12-31') AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
