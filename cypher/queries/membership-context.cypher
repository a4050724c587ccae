// Everything the membership analyses need about one partnership, in one round trip: its bodies;
// each version of their terms with seats (and the organisation and sector each names) and rules;
// founder organisations; positions held; the bodies' meetings and every attendance record at
// them; the stated affiliations of everyone recorded there; and partner organisations or sectors.
MATCH (p:Partnership {id: $partnership})
CALL (p) {
  OPTIONAL MATCH (b:Body)-[:BODY_OF]->(p)
  RETURN collect(b { .*, labels: labels(b) }) AS bodies
}
CALL (p) {
  OPTIONAL MATCH (t:TermsOfReference)-[:GOVERNS]->(b:Body)-[:BODY_OF]->(p)
  CALL (t) {
    OPTIONAL MATCH (t)-[hs:HAS_SEAT]->(s:Seat)
    OPTIONAL MATCH (s)-[:SEAT_SECTOR]->(sec:Sector)
    OPTIONAL MATCH (s)-[:SEAT_ORGANISATION]->(o:Entity)
    RETURN [x IN collect(CASE WHEN s IS NULL THEN null ELSE {seat: s { .*, labels: labels(s) }, rel: properties(hs), sector: sec { .*, labels: labels(sec) }, organisationId: o.id, organisationKind: o.kind} END) WHERE x IS NOT NULL] AS seats
  }
  CALL (t) {
    OPTIONAL MATCH (t)-[hr:HAS_RULE]->(r:Rule)
    RETURN [x IN collect(CASE WHEN r IS NULL THEN null ELSE {rule: r { .*, labels: labels(r) }, rel: properties(hr)} END) WHERE x IS NOT NULL] AS rules
  }
  RETURN [x IN collect(CASE WHEN t IS NULL THEN null ELSE {terms: t { .*, labels: labels(t) }, bodyId: b.id, seats: seats, rules: rules} END) WHERE x IS NOT NULL] AS terms
}
CALL (p) {
  OPTIONAL MATCH (:Body)-[:BODY_OF]->(p)
  OPTIONAL MATCH (b:Body)-[:BODY_OF]->(p), (b)-[:FOUNDED_BY]->(o:Organisation)
  RETURN collect(DISTINCT o.id) AS founders
}
CALL (p) {
  OPTIONAL MATCH (x:Person)-[h:HELD_POSITION]->(t:Entity)
  WHERE t = p OR (t)-[:BODY_OF]->(p)
  RETURN [y IN collect(CASE WHEN x IS NULL THEN null ELSE {person: x { .*, labels: labels(x) }, heldIn: t.id, rel: properties(h)} END) WHERE y IS NOT NULL] AS positions
}
CALL (p) {
  OPTIONAL MATCH (m:Meeting)-[:MEETING_OF]->(b:Body)-[:BODY_OF]->(p)
  RETURN [y IN collect(CASE WHEN m IS NULL THEN null ELSE {meeting: m { .*, labels: labels(m) }, bodyId: b.id} END) WHERE y IS NOT NULL] AS meetings
}
// Positions the records say were present at a meeting without naming their holder.
CALL (p) {
  OPTIONAL MATCH (m:Meeting)-[pp:POSITION_PRESENT]->(t:Entity)
  WHERE t = p OR (t)-[:BODY_OF]->(p)
  RETURN [y IN collect(CASE WHEN pp IS NULL THEN null ELSE {meetingId: m.id, heldIn: t.id, rel: properties(pp)} END) WHERE y IS NOT NULL] AS positionsPresent
}
// Attendance names its meeting and person by id, each sent once: a partnership's records repeat
// the same few meetings and people hundreds of times.
CALL (p) {
  OPTIONAL MATCH (x:Person)-[a:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(b:Body)-[:BODY_OF]->(p)
  RETURN [y IN collect(CASE WHEN a IS NULL THEN null ELSE {meetingId: m.id, bodyId: b.id, personId: x.id, rel: properties(a)} END) WHERE y IS NOT NULL] AS attendance,
         collect(DISTINCT x { .*, labels: labels(x) }) AS people
}
CALL (p) {
  OPTIONAL MATCH (x:Person)-[:ATTENDED]->(:Meeting)-[:MEETING_OF]->(:Body)-[:BODY_OF]->(p)
  WITH DISTINCT x
  OPTIONAL MATCH (x)-[f:AFFILIATED_WITH]->(o:Entity)
  RETURN [y IN collect(CASE WHEN f IS NULL THEN null ELSE {personId: x.id, organisationId: o.id, rel: properties(f)} END) WHERE y IS NOT NULL] AS affiliations,
         collect(DISTINCT o { .*, labels: labels(o) }) AS affiliated
}
CALL (p) {
  OPTIONAL MATCH (e:Entity)-[mo:MEMBER_OF]->(b:Body)-[:BODY_OF]->(p)
  WHERE e:Organisation OR e:Sector
  RETURN [y IN collect(CASE WHEN e IS NULL THEN null ELSE {entity: e { .*, labels: labels(e) }, bodyId: b.id, rel: properties(mo)} END) WHERE y IS NOT NULL] AS partners
}
CALL (p) {
  MATCH (:Person)-[a:ATTENDED]->(:Meeting)-[:MEETING_OF]->(:Body)-[:BODY_OF]->(p)
  WITH DISTINCT a.representing AS oid WHERE oid IS NOT NULL
  MATCH (o:Organisation {id: oid})
  RETURN collect(o { .*, labels: labels(o) }) AS organisations
}
RETURN p { .*, labels: labels(p) } AS partnership, bodies, terms, founders, positions, positionsPresent, meetings, attendance, people, affiliations, affiliated, partners, organisations
