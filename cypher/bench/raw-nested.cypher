// The nested benchmark query as one hand-written statement: a partnership's meetings, their
// attendance, each person and their organisations.
MATCH (p:Partnership {id: $id})<-[:BODY_OF]-(:Body)<-[:MEETING_OF]-(m:Meeting)
CALL (m) {
  OPTIONAL MATCH (x:Person)-[a:ATTENDED]->(m)
  CALL (x) {
    OPTIONAL MATCH (x)-[:AFFILIATED_WITH]->(o:Organisation)
    RETURN collect(o.name) AS organisations
  }
  RETURN collect({status: a.status, name: x.name, organisations: organisations}) AS attendance
}
RETURN m.id AS id, attendance
