import { cypher, cypherNames, statements } from "./cypher-files.js";
import type { Neo4jGateway } from "./gateway.js";

/**
 * Applies every statement in cypher/schema/*.cypher. Each one says IF NOT EXISTS, so this is safe
 * at every start-up; we then wait for the indexes to come online so the first query can use them.
 */
export async function applySchema(gateway: Neo4jGateway): Promise<number> {
  let n = 0;
  for (const name of cypherNames("schema")) {
    for (const stmt of statements(cypher(name))) {
      await gateway.runAutoCommit(stmt);
      n++;
    }
  }
  await gateway.runAutoCommit(cypher("admin/await-indexes"));
  return n;
}
