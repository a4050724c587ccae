import { performance } from "node:perf_hooks";
import { cypher } from "../src/neo4j/cypher-files.js";
import type { Neo4jGateway } from "../src/neo4j/gateway.js";
import type { SynGraph } from "./synthetic.js";

const BATCH = 20_000;

export interface LoadFigures {
  method: "unwind" | "neo4j-admin database import";
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/** Loads a synthetic graph in batches of UNWIND, one transaction a batch. The database must be empty. */
export async function bulkLoad(gateway: Neo4jGateway, g: SynGraph, progress: (line: string) => void = () => {}): Promise<LoadFigures> {
  let nodes = 0;
  const t0 = performance.now();
  for (const [label, list] of g.nodes) {
    for (let i = 0; i < list.length; i += BATCH) {
      const rows = list.slice(i, i + BATCH).map((n) => n.props);
      await gateway.write((tx) => tx.run(cypher("bench/create-nodes"), { rows, label }));
      nodes += rows.length;
    }
    progress(`  ${label}: ${list.length} nodes`);
  }
  const t1 = performance.now();
  let relationships = 0;
  for (const [type, list] of g.rels) {
    for (let i = 0; i < list.length; i += BATCH) {
      const rows = list.slice(i, i + BATCH).map((r) => ({ from: r.from, to: r.to, props: r.props }));
      await gateway.write((tx) => tx.run(cypher("bench/create-relationships"), { rows, type }));
      relationships += rows.length;
    }
    progress(`  ${type}: ${list.length} relationships`);
  }
  const t2 = performance.now();
  const nodeSeconds = (t1 - t0) / 1000;
  const relationshipSeconds = (t2 - t1) / 1000;
  return {
    method: "unwind",
    nodes,
    relationships,
    nodeSeconds,
    relationshipSeconds,
    nodesPerSecond: nodes / nodeSeconds,
    relationshipsPerSecond: relationships / relationshipSeconds,
  };
}
