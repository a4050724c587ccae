import { cypher, cypherNames, statements } from "./cypher-files.js";
import { int } from "./convert.js";
import type { Neo4jGateway } from "./gateway.js";

/**
 * Applies every statement in cypher/schema/*.cypher. Each one says IF NOT EXISTS, so this is safe
 * at every start-up; we then wait for the indexes to come online so the first query can use them,
 * up to `awaitSeconds` (the benchmark, building them over a freshly imported 10M-node store, waits longer).
 */
export async function applySchema(gateway: Neo4jGateway, awaitSeconds = 300): Promise<number> {
  let n = 0;
  for (const name of cypherNames("schema")) {
    for (const stmt of statements(cypher(name))) {
      await gateway.runAutoCommit(stmt);
      n++;
    }
  }
  await gateway.runAutoCommit(cypher("admin/await-indexes"), { seconds: int(awaitSeconds) }, Math.max(600, awaitSeconds + 60) * 1000);
  return n;
}
