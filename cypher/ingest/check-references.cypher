// The kind of each id an ingest refers to that is already in the graph; ids not returned are
// neither in the ingest nor in the graph. $ids: list of ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, head([l IN labels(n) WHERE l <> 'Entity']) AS label
