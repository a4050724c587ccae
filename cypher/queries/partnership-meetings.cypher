// Meetings and events of each partnership's bodies, oldest first, undated last. $ids: partnership ids.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
OPTIONAL MATCH (p)<-[:BODY_OF]-(:Body)<-[:MEETING_OF]-(m:Meeting)
WITH id, m ORDER BY coalesce(m.date, m.month + '-32', '9999-12-31'), m.id
RETURN id, collect(m { .*, labels: labels(m) }) AS meetings
