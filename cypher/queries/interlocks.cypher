// People and organisations present at meetings of both bodies (a partnership stands for all its
// bodies). $statuses: the attendance statuses that count (the caller's default: every status but
// apologies); an organisation is there when someone so recorded represented it. Each comes with the
// attendance records that prove it, on each side.
MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
CALL (x) {
  MATCH (m:Meeting)-[:MEETING_OF]->(bd:Body)
  WHERE bd = x OR (bd)-[:BODY_OF]->(x)
  RETURN collect(m) AS meetingsA
}
CALL (y) {
  MATCH (m:Meeting)-[:MEETING_OF]->(bd:Body)
  WHERE bd = y OR (bd)-[:BODY_OF]->(y)
  RETURN collect(m) AS meetingsB
}
CALL (meetingsA, meetingsB) {
  MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
  WHERE r.status IN $statuses AND (m IN meetingsA OR m IN meetingsB)
  WITH p, collect({side: CASE WHEN m IN meetingsA THEN 'A' ELSE 'B' END, person: p { .*, labels: labels(p) }, meeting: m { .*, labels: labels(m) }, rel: properties(r)}) AS proofs
  WHERE any(x IN proofs WHERE x.side = 'A') AND any(x IN proofs WHERE x.side = 'B')
  RETURN 'PERSON' AS kind, p { .*, labels: labels(p) } AS entity, proofs
  UNION ALL
  MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
  WHERE r.status IN $statuses AND r.representing IS NOT NULL AND (m IN meetingsA OR m IN meetingsB)
  WITH r.representing AS orgId, collect({side: CASE WHEN m IN meetingsA THEN 'A' ELSE 'B' END, person: p { .*, labels: labels(p) }, meeting: m { .*, labels: labels(m) }, rel: properties(r)}) AS proofs
  WHERE any(x IN proofs WHERE x.side = 'A') AND any(x IN proofs WHERE x.side = 'B')
  MATCH (o:Organisation {id: orgId})
  RETURN 'ORGANISATION' AS kind, o { .*, labels: labels(o) } AS entity, proofs
}
RETURN kind, entity, proofs
ORDER BY kind DESC, entity.name
