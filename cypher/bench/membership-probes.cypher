// For the cold membership benchmark at 10 connections: a meeting of each of these partnerships
// (the first by id), so that ten cold calls at once ask for ten histories, none cached by another.
UNWIND $partnerships AS pid
MATCH (m:Meeting)-[:MEETING_OF]->(:Body)-[:BODY_OF]->(:Partnership {id: pid})
WITH pid, min(m.id) AS meeting
RETURN pid AS partnership, meeting
ORDER BY partnership
