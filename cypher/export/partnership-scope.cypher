// What an export limited to one partnership holds: the partnership, its bodies, the terms that
// govern them with their seats and rules, the bodies' meetings with their items, decisions and
// actions, the people who attended those meetings or held positions in the partnership or its
// bodies, the organisations named as founders, members, seat holders or represented at its
// meetings, the places it covers, the sectors of its seats, and the documents that cite any of
// these. (OPTIONAL CALL: a partnership with no meetings, say, still has its bodies.) Returns no ids (the partnership itself is always among them) when $partnership is not a partnership.
// $partnership: a partnership id.
MATCH (p:Partnership {id: $partnership})
CALL (p) {
  OPTIONAL MATCH (b:Body)-[:BODY_OF]->(p)
  WITH p, collect(b) AS bodies
  RETURN [p] + bodies AS bodies
}
CALL (bodies) {
  UNWIND bodies AS b
  OPTIONAL MATCH (b)<-[:GOVERNS]-(t:TermsOfReference)
  OPTIONAL MATCH (t)-[:HAS_SEAT|HAS_RULE]->(part:Seat|Rule)
  RETURN collect(DISTINCT t) + collect(DISTINCT part) AS terms
}
CALL (bodies) {
  UNWIND bodies AS b
  MATCH (m:Meeting)-[:MEETING_OF]->(b)
  RETURN collect(DISTINCT m) AS meetings
}
CALL (meetings) {
  UNWIND meetings AS m
  MATCH (m)-[:HAS_ITEM|HAS_RESOLUTION|HAS_ACTION]->{1,2}(x:AgendaItem|Resolution|Action)
  RETURN collect(DISTINCT x) AS records
}
OPTIONAL CALL (bodies, meetings) {
  UNWIND meetings AS m
  MATCH (person:Person)-[:ATTENDED]->(m)
  RETURN person
  UNION
  UNWIND bodies AS b
  MATCH (person:Person)-[:HELD_POSITION|MEMBER_OF]->(b)
  RETURN person
}
WITH p, bodies, terms, meetings, records, collect(DISTINCT person) AS people
OPTIONAL CALL (bodies, terms, meetings) {
  UNWIND meetings AS m
  MATCH (:Person)-[a:ATTENDED]->(m)
  MATCH (o:Organisation {id: a.representing})
  RETURN o
  UNION
  UNWIND bodies AS b
  MATCH (b)-[:FOUNDED_BY]->(o:Organisation)
  RETURN o
  UNION
  UNWIND bodies AS b
  MATCH (o:Organisation)-[:MEMBER_OF]->(b)
  RETURN o
  UNION
  UNWIND terms AS seat
  MATCH (seat:Seat)-[:SEAT_ORGANISATION]->(o:Organisation)
  RETURN o
}
WITH p, bodies, terms, meetings, records, people, collect(DISTINCT o) AS organisations
OPTIONAL CALL (bodies, terms) {
  UNWIND bodies AS b
  MATCH (b)-[:COVERS]->(x:Place)
  RETURN x
  UNION
  UNWIND terms AS seat
  MATCH (seat:Seat)-[:SEAT_SECTOR]->(x:Sector)
  RETURN x
}
WITH bodies, terms, meetings, records, people, organisations, collect(DISTINCT x) AS placesAndSectors
WITH bodies + terms + meetings + records + people + organisations + placesAndSectors AS members
// Documents: those citing any member, and those recording its meetings or issued by its bodies.
OPTIONAL CALL (members) {
  UNWIND members AS n
  UNWIND coalesce(n.citeDoc, []) AS doc
  MATCH (d:SourceDocument {id: doc})
  RETURN d
  UNION
  UNWIND members AS n
  MATCH (d:SourceDocument)-[:RECORDS|ISSUED_BY]->(n)
  RETURN d
}
WITH members, collect(DISTINCT d) AS documents
UNWIND members + documents AS n
WITH DISTINCT n.id AS id ORDER BY id
RETURN collect(id) AS ids
