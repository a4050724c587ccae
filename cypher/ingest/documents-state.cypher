// The documents of an ingest already in the graph: their version and whether they are curated
// (loaded from the repository's data files) or ingested (committed through the API). A document
// loaded before versions were kept counts as version 1 and as curated. $docs: list of ids.
MATCH (d:SourceDocument)
WHERE d.id IN $docs
RETURN d.id AS id, coalesce(d.version, 1) AS version, coalesce(d.origin, 'curated') AS origin
