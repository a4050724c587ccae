// Moves the graph's write version on, inside the transaction of a write that changed the graph:
// a cache keyed by the version (in any API instance) never serves an answer older than the write.
// The epoch is new whenever the node is (a wiped and reloaded graph counts from 1 again).
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID()
SET g.version = coalesce(g.version, 0) + 1, g.at = datetime()
RETURN g.version AS version
