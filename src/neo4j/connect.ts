import path from "node:path";
import type { Config } from "../config/env.js";
import { createDriver, Neo4jGateway } from "./gateway.js";
import { portInUse, startLocalNeo4j, type LocalNeo4j } from "./local-server.js";

export interface Database {
  gateway: Neo4jGateway;
  /** The local server we started, or null when NEO4J_URI points elsewhere. */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI set, uses that server as it is (bolt://, or neo4j+s:// for a cluster or Aura: the
 * driver routes). Without it, starts the local Neo4j in .neo4j/data and connects to it.
 */
export async function connectDatabase(config: Config, log: (line: string) => void, opts: { reuseRunningLocal?: boolean } = {}): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let uri = config.NEO4J_URI;
  // A command-line tool run beside `npm start` uses the server that is already up: the data folder
  // can only be opened by one Neo4j at a time.
  if (!uri && opts.reuseRunningLocal && (await portInUse(config.NEO4J_LOCAL_BOLT_PORT))) {
    uri = `bolt://127.0.0.1:${config.NEO4J_LOCAL_BOLT_PORT}`;
    log(`Using the local Neo4j already running on ${uri}`);
  }
  if (!uri) {
    local = await startLocalNeo4j({
      home: path.join(config.neo4jLocalDir, "data"),
      boltPort: config.NEO4J_LOCAL_BOLT_PORT,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCacheMb: config.NEO4J_LOCAL_PAGECACHE_MB,
      startTimeoutMs: config.NEO4J_LOCAL_START_TIMEOUT_S * 1000,
      log,
    });
    uri = local.uri;
  }
  const driver = createDriver(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, config.NEO4J_MAX_CONNECTION_POOL_SIZE);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri} (database "${config.NEO4J_DATABASE}"): ${(err as Error).message}`, { cause: err });
  }
  const gateway = new Neo4jGateway(driver, config.NEO4J_DATABASE, config.NEO4J_STATEMENT_TIMEOUT_MS);
  if (config.OTEL_TRACING) gateway.traceStatements();
  return {
    gateway,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
