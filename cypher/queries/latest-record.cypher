// How recent the record of each entity is: the latest day of the meetings the documents citing it
// record, or of those documents themselves. Orders entities that share a name or alias, newest first.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (d:SourceDocument) WHERE d.id IN coalesce(e.citeDoc, [])
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
RETURN id, max(coalesce(m.date, d.date)) AS latest
