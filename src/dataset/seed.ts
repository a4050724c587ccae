import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { formatSummary, loadBatch, type IngestSummary } from "./load.js";
import { curatedFiles, readBatch } from "./read.js";

/** Loads the curated dataset (data/*.yaml) when the graph holds no entity yet; returns null otherwise. */
export async function seedIfEmpty(gateway: Neo4jGateway, log: (line: string) => void = () => {}): Promise<IngestSummary | null> {
  const [row] = await gateway.read(cypher("queries/graph-has-entities"));
  if (row?.any) return null;
  const summary = await loadBatch(gateway, readBatch(curatedFiles()), { progress: log });
  log(formatSummary(summary));
  return summary;
}
