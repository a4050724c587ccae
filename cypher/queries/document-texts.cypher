// Documents' texts as their current version keeps them (every write keeps its version's text):
// every API instance reads the same text from the graph, none from its own disk.
// $ids: document ids.
UNWIND $ids AS id
MATCH (d:SourceDocument {id: id})
MATCH (v:DocumentVersion {doc: id, version: d.version})
RETURN id, v.text AS text
