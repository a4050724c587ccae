// Keeps a document's state as written by this version: its data file and source text. Not an
// Entity: versions are history for restoring, not facts of the graph.
// $rows: list of {id, version, draft, text, file}; $origin: 'curated' or 'ingested'.
UNWIND $rows AS row
MERGE (v:DocumentVersion {doc: row.id, version: row.version})
SET v.origin = $origin, v.draft = row.draft, v.text = row.text, v.file = row.file, v.at = datetime()
RETURN count(v) AS saved
