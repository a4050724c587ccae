import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config/env.js";
import { createDriver, Neo4jGateway } from "../src/neo4j/gateway.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-server.js";
import { importSynthetic } from "./import.js";
import { finishImport, type BoltTarget } from "./run.js";
import type { SynProbes } from "./synthetic.js";

export interface ImportedServer {
  probes: SynProbes;
  /** Nodes and relationships imported. */
  counts: { nodes: number; relationships: number };
  local: LocalNeo4j;
  driver: Driver;
  gateway: Neo4jGateway;
  bolt: BoltTarget;
  close(): Promise<void>;
}

/**
 * A SYNTHETIC graph of about `size` nodes, imported with neo4j-admin into a fresh local Neo4j of its
 * own (.neo4j/<name>), started, with its indexes built: what the side benchmarks (exports,
 * instances) measure against. BENCH_HEAP and BENCH_PAGECACHE_MB override the memory given.
 */
export async function importedServer(
  name: string,
  size: number,
  log: (l: string) => void,
  memory = { heap: "4g", pageCacheMb: 4096 },
): Promise<ImportedServer> {
  const home = path.join(PROJECT_ROOT, ".neo4j", name);
  fs.rmSync(home, { recursive: true, force: true });
  log(`Generating a SYNTHETIC graph of about ${size} nodes straight into CSV…`);
  const { probes, figures } = await importSynthetic(size, home, log);
  const local = await startLocalNeo4j({
    home,
    boltPort: 0,
    heap: process.env.BENCH_HEAP ?? memory.heap,
    pageCacheMb: Number(process.env.BENCH_PAGECACHE_MB ?? memory.pageCacheMb),
    startTimeoutMs: 300_000,
    log,
  });
  const driver = createDriver(local.uri, "neo4j", "");
  const gateway = new Neo4jGateway(driver, "neo4j");
  try {
    await finishImport(gateway, figures, log);
  } catch (err) {
    await driver.close();
    await local.stop();
    throw err;
  }
  return {
    probes,
    counts: { nodes: figures.nodes, relationships: figures.relationships },
    local,
    driver,
    gateway,
    bolt: { uri: local.uri, user: "neo4j", password: "", database: "neo4j" },
    async close() {
      await driver.close();
      await local.stop();
    },
  };
}
