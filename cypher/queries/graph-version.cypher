// The graph's write version alone (src/neo4j/graph-version.ts).
:include fragments/graph-version
RETURN version
