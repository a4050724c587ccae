// A meeting ($id), its body, and the body's partnership if it has one: `meeting` (whole),
// `bodyId`, `partnershipId` (null for none), beside whatever was in scope. No row for no such
// meeting. A fragment: meeting-partnership.cypher and meeting-context-since.cypher include it.
MATCH (m:Meeting {id: $id})-[:MEETING_OF]->(b:Body)
OPTIONAL MATCH (b)-[:BODY_OF]->(owner:Partnership)
WITH *, m { .*, labels: labels(m) } AS meeting, b.id AS bodyId, owner.id AS partnershipId
