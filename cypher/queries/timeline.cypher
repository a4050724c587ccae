// Every dated fact about an entity: its relationships whose date is stated (date, asOf, since, recordedOn) or
// is the date of the meeting at the other end; for a partnership or body, also the meetings of its
// bodies. Filtered to [$from, $to] and ordered by the caller.
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(o:Entity)
  WHERE r.key IS NOT NULL
  WITH r, o, coalesce(r.date, r.asOf, r.since, r.recordedOn, CASE WHEN o:Meeting THEN o.date END, CASE WHEN s:Meeting THEN s.date END) AS day
  WHERE day IS NOT NULL
  RETURN day, type(r) AS relation, CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END AS direction, o, properties(r) AS rel
  UNION ALL
  MATCH (m:Meeting)-[r:MEETING_OF]->(bd:Body)
  WHERE (s:Partnership AND (bd)-[:BODY_OF]->(s)) AND m.date IS NOT NULL
  RETURN m.date AS day, 'MEETING_OF' AS relation, 'IN' AS direction, m AS o, properties(r) AS rel
}
WITH day, relation, direction, o, rel
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
RETURN day, relation, direction, o { .*, labels: labels(o) } AS node, rel
