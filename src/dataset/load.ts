import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway, Row, Tx } from "../neo4j/gateway.js";
import { DataFileError, type Batch, type Citation } from "./read.js";

export type Outcome = "created" | "updated" | "unchanged" | "deleted";

/** Counts per label (nodes) or type (relationships) and outcome. */
export interface IngestSummary {
  files: string[];
  documents: string[];
  dryRun: boolean;
  nodes: Record<string, Record<Outcome, number>>;
  relationships: Record<string, Record<Outcome, number>>;
}

const CHUNK = 1000;

/** Thrown inside the transaction to roll a dry run back after it has computed its summary. */
class DryRunRollback extends Error {
  constructor(readonly summary: IngestSummary) {
    super("dry run");
  }
}

function citeColumns(citations: Citation[]) {
  return { cites: citations.map((c) => ({ doc: c.doc, quote: c.quote, start: c.start, end: c.end })) };
}

/**
 * Writes a batch in one transaction: everything lands or nothing does. A dry run does the same
 * work and rolls back, so its summary is exactly what a real run would report.
 */
export async function loadBatch(
  gateway: Neo4jGateway,
  batch: Batch,
  opts: { dryRun?: boolean; progress?: (line: string) => void } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { files: batch.files, documents: batch.documents, dryRun: !!opts.dryRun, nodes: {}, relationships: {} };
  const count = (into: IngestSummary["nodes"], rows: Row[], key: string) => {
    for (const r of rows) {
      const k = r[key] as string;
      into[k] ??= { created: 0, updated: 0, unchanged: 0, deleted: 0 };
      into[k][r.outcome as Outcome]++;
    }
  };
  const total = batch.nodes.length + batch.rels.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    if (total > CHUNK) opts.progress?.(`  ${done}/${total} records written`);
  };

  try {
    return await gateway.write(async (tx: Tx) => {
      await checkReferences(tx, batch);
      const docs = batch.documents;
      for (let i = 0; i < batch.nodes.length; i += CHUNK) {
        const rows = batch.nodes.slice(i, i + CHUNK).map((n) => ({ id: n.id, label: n.label, props: n.props, ...citeColumns(n.citations) }));
        count(summary.nodes, await tx.run(cypher("ingest/merge-nodes"), { rows, docs }), "label");
        step(rows.length);
      }
      for (let i = 0; i < batch.rels.length; i += CHUNK) {
        const rows = batch.rels.slice(i, i + CHUNK).map((r) => ({ key: r.key, type: r.type, from: r.from, to: r.to, props: r.props, ...citeColumns(r.citations) }));
        count(summary.relationships, await tx.run(cypher("ingest/merge-relationships"), { rows, docs }), "type");
        step(rows.length);
      }
      count(summary.relationships, await tx.run(cypher("ingest/prune-relationships"), { docs, keys: batch.rels.map((r) => r.key) }), "type");
      count(summary.nodes, await tx.run(cypher("ingest/prune-nodes"), { docs, ids: batch.nodes.map((n) => n.id) }), "label");
      if (opts.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (err) {
    if (err instanceof DryRunRollback) return err.summary;
    throw err;
  }
}

async function checkReferences(tx: Tx, batch: Batch): Promise<void> {
  const inBatch = new Set(batch.nodes.map((n) => n.id));
  const referred = new Map<string, string>();
  for (const r of batch.rels) {
    for (const id of [r.from, r.to, r.props.representing as string | undefined]) {
      if (id && !inBatch.has(id) && !referred.has(id)) referred.set(id, r.key);
    }
  }
  if (referred.size === 0) return;
  const [row] = await tx.run(cypher("ingest/check-references"), { ids: [...referred.keys()] });
  const missing = (row?.missing as string[]) ?? [];
  if (missing.length) {
    throw new DataFileError(
      missing.map((id) => ({ file: batch.files.join(", "), path: `relationship ${referred.get(id)}`, message: `refers to ${id}, which is neither in these files nor in the graph` })),
    );
  }
}

export function formatSummary(s: IngestSummary): string {
  const lines = [`${s.dryRun ? "Dry run (nothing written)" : "Ingested"}: ${s.files.length} file(s), documents ${s.documents.join(", ")}`];
  const table = (title: string, data: IngestSummary["nodes"]) => {
    lines.push(`${title.padEnd(22)} created updated unchanged deleted`);
    for (const [k, v] of Object.entries(data).sort()) {
      lines.push(`  ${k.padEnd(20)} ${String(v.created).padStart(7)} ${String(v.updated).padStart(7)} ${String(v.unchanged).padStart(9)} ${String(v.deleted).padStart(7)}`);
    }
  };
  table("Nodes", s.nodes);
  table("Relationships", s.relationships);
  return lines.join("\n");
}
