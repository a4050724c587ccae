import { loadBatch } from "../../src/dataset/load.js";
import { curatedFiles, readBatch } from "../../src/dataset/read.js";
import type { Neo4jGateway } from "../../src/neo4j/gateway.js";

/** Loads the five seed documents, as `npm start` does on an empty graph. */
export async function loadSeed(gateway: Neo4jGateway): Promise<void> {
  await loadBatch(gateway, readBatch(curatedFiles()));
}
