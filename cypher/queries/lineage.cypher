// The chain of events a priority, theme, decision, strategy section or terms-of-reference version
// passed through. The subject's own steps, plus those of what fed into it (ORIGIN: entities with a
// FEEDS_INTO or ADOPTED_INTO path to it) and of what it fed into (DESTINATION). Each step comes
// with the event, the body that held the event, and the relationship with its citations.
// One row: the subject and its steps. Ordering (by date, then month of an undated step, then
// relation) is done by the caller.
MATCH (s:Entity {id: $id})
CALL (s) {
  CALL (s) {
    RETURN s AS subject, 'SUBJECT' AS stream, 0 AS distance
    UNION
    MATCH p = (u:Entity)-[:FEEDS_INTO|ADOPTED_INTO]->{1,4}(s)
    RETURN u AS subject, 'ORIGIN' AS stream, length(p) AS distance
    UNION
    MATCH p = (s)-[:FEEDS_INTO]->{1,4}(d:Priority)
    RETURN d AS subject, 'DESTINATION' AS stream, length(p) AS distance
  }
  WITH subject, stream, min(distance) AS distance
  MATCH (subject)-[r:RAISED_AT|REQUESTED_AT|DISCUSSED_AT|PROPOSED_FOR|AGREED_AT|APPROVED_AT|PRESENTED_TO|FEEDS_INTO|ADOPTED_INTO]->(event:Entity)
  OPTIONAL MATCH (event)-[:MEETING_OF|GOVERNS]->(body:Body)
  RETURN collect({
    subject: subject { .*, labels: labels(subject) },
    stream: stream,
    distance: distance,
    relation: type(r),
    rel: properties(r),
    event: event { .*, labels: labels(event) },
    body: CASE WHEN body IS NULL THEN null ELSE body { .*, labels: labels(body) } END
  }) AS steps
}
RETURN s { .*, labels: labels(s) } AS subject, steps
