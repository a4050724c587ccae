import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { createDriver, Neo4jGateway } from "../../src/neo4j/gateway.js";
import { applySchema } from "../../src/neo4j/schema-setup.js";

const MARKER = "PartnershipGraphTestRun";

/**
 * Connects to the run's Neo4j (started by test/setup/global-neo4j.ts), applies the schema and
 * empties the graph, so each test file starts clean. Against a server given by NEO4J_URI it refuses
 * to delete data it did not create: a database is ours once it was empty when the tests first ran.
 */
export async function openTestDatabase(): Promise<{ gateway: Neo4jGateway; driver: Driver; close(): Promise<void> }> {
  const uri = inject("neo4jUri");
  const driver = createDriver(uri, inject("neo4jUser"), inject("neo4jPassword"));
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close();
    throw new Error(
      `Cannot reach the test Neo4j at ${uri}: ${(err as Error).message}. ` +
        `Run the tests with \`npm test\` (it starts a local Neo4j), or set NEO4J_URI to a running, empty Neo4j 5.`,
      { cause: err },
    );
  }
  const gateway = new Neo4jGateway(driver, inject("neo4jDatabase"));
  await claimDatabase(gateway);
  await clearGraph(gateway);
  await applySchema(gateway);
  return { gateway, driver, close: () => driver.close() };
}

async function claimDatabase(gateway: Neo4jGateway): Promise<void> {
  const [row] = await gateway.read(`MATCH (n) WITH count(n) AS all OPTIONAL MATCH (m:${MARKER}) RETURN all, count(m) AS marked`);
  if ((row?.all as number) > 0 && (row?.marked as number) === 0) {
    throw new Error(
      `Refusing to run the tests: the database at ${inject("neo4jUri")} holds data the tests did not create. Point NEO4J_URI at an empty database.`,
    );
  }
  await gateway.write((tx) => tx.run(`MERGE (:${MARKER})`));
}

export async function clearGraph(gateway: Neo4jGateway): Promise<void> {
  // Auto-commit, so a large synthetic graph is removed in batches rather than one huge transaction.
  await gateway.runAutoCommit(`MATCH (n) WHERE NOT n:${MARKER} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
}
