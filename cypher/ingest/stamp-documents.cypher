// Marks each document of a write that changed something with its origin and its new version.
// $rows: list of {id, version}; $origin: 'curated' or 'ingested'.
UNWIND $rows AS row
MATCH (d:SourceDocument {id: row.id})
SET d.version = row.version, d.origin = $origin
RETURN d.id AS id, d.version AS version
