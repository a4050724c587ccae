// Meetings and events, filtered by body, partnership, date range, kind and status; oldest first, events dated only to a month after that month's days, undated last.
// Keyset-paged on (date or month, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:Meeting)
  WHERE ($body IS NULL OR EXISTS { (n)-[:MEETING_OF]->(:Body {id: $body}) })
    AND ($partnership IS NULL OR EXISTS { (n)-[:MEETING_OF]->(:Body)-[:BODY_OF]->(:Partnership {id: $partnership}) })
    AND ($from IS NULL OR n.date >= $from)
    AND ($to IS NULL OR n.date <= $to)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR n.status = $status)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Meeting)
  WHERE ($body IS NULL OR EXISTS { (n)-[:MEETING_OF]->(:Body {id: $body}) })
    AND ($partnership IS NULL OR EXISTS { (n)-[:MEETING_OF]->(:Body)-[:BODY_OF]->(:Partnership {id: $partnership}) })
    AND ($from IS NULL OR n.date >= $from)
    AND ($to IS NULL OR n.date <= $to)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR n.status = $status)
  WITH n, coalesce(n.date, n.month + '-32', '9999-12-31') AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
