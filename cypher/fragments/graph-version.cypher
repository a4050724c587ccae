// The graph's write version, as "<epoch>:<number>" ("none:0" before the first write): what caches
// of derived answers are keyed by. A fragment, not a statement: each statement that reads the
// version includes it (`:include fragments/graph-version`, src/neo4j/cypher-files.ts) and goes on
// from `version`, so the expression is written here only. It comes first: what a statement reads
// after it is at least as new as the version, so nothing cached under a version is older than it.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
WITH coalesce(g.epoch, 'none') + ':' + toString(coalesce(g.version, 0)) AS version
