// Action points, filtered by the meeting that recorded them (under one of its agenda items, or
// under the meeting itself), that meeting's body, its date range, and a person they are assigned
// to. In the order meetings were held (undated last), then as the record gives them: by the place
// of their quote in the document's text. Keyset-paged on (key, id).
// Each action's meeting is found once and the matches collected: the total and the page are both
// read from that list, so the filters stand once.
MATCH (n:Action)
OPTIONAL CALL (n) {
  MATCH (m:Meeting)-[:HAS_ITEM*0..1]->()-[:HAS_ACTION]->(n)
  RETURN m ORDER BY m.date, m.id LIMIT 1
}
WITH n, m
WHERE ($meeting IS NULL OR m.id = $meeting)
  AND ($body IS NULL OR (m IS NOT NULL AND EXISTS { (m)-[:MEETING_OF]->(:Body {id: $body}) }))
  AND ($person IS NULL OR EXISTS { (n)-[:ASSIGNED_TO]->(:Person {id: $person}) })
  AND ($from IS NULL OR m.date >= $from)
  AND ($to IS NULL OR m.date <= $to)
WITH n, coalesce(m.date, '9999-12-31') + ' ' + coalesce(m.id, '~') + ' ' +
        right('0000000000' + toString(reduce(p = 9999999999, s IN coalesce(n.citeStart, []) | CASE WHEN s < p THEN s ELSE p END)), 10) AS k
WITH collect({key: k, node: n}) AS matched
RETURN size(matched) AS total,
       COLLECT {
         UNWIND matched AS r
         WITH r.key AS k, r.node AS n
         WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
         WITH k, n ORDER BY k, n.id LIMIT $limit
         RETURN {key: k, node: n { .*, labels: labels(n) }}
       } AS rows
