// The partnership whose body held a meeting. $id: meeting id.
MATCH (m:Meeting {id: $id})-[:MEETING_OF]->(b:Body)
OPTIONAL MATCH (b)-[:BODY_OF]->(p:Partnership)
RETURN m { .*, labels: labels(m) } AS meeting, b.id AS bodyId, p.id AS partnershipId
