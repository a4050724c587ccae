// Ids referred to by an ingest that are neither in the ingest nor in the graph. $ids: list of ids.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n WHERE n IS NULL
RETURN collect(id) AS missing
