import { int } from "../neo4j/convert.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway, Row, Tx } from "../neo4j/gateway.js";
import { endpointProblem } from "./format.js";
import { DataFileError, type Batch, type Citation } from "./read.js";

// Read when the module loads: a missing file stops the start, not a request.
const DOCUMENTS_STATE = cypher("ingest/documents-state");
const MERGE_NODES = cypher("ingest/merge-nodes");
const MERGE_RELATIONSHIPS = cypher("ingest/merge-relationships");
const PRUNE_RELATIONSHIPS = cypher("ingest/prune-relationships");
const PRUNE_NODES = cypher("ingest/prune-nodes");
const STAMP_DOCUMENTS = cypher("ingest/stamp-documents");
const SAVE_VERSION = cypher("ingest/save-version");
const CHECK_REFERENCES = cypher("ingest/check-references");
const AUDIT_WRITE = cypher("queries/audit-write");
const BUMP_GRAPH_VERSION = cypher("ingest/bump-graph-version");

export type Outcome = "created" | "updated" | "unchanged" | "deleted";
/** curated: loaded from the repository's data files; ingested: committed through the API. */
export type Origin = "curated" | "ingested";

/**
 * A write that would change a document already in the graph without saying so (replace), or on
 * the strength of an older version than the graph holds. Nothing is written.
 */
export class ReplaceRefused extends Error {
  override name = "ReplaceRefused";
  constructor(
    message: string,
    readonly document: string,
    readonly currentVersion: number,
    readonly origin: Origin,
  ) {
    super(message);
  }
}

/** How a write may touch documents already in the graph; absent: freely (the curated data files). */
export interface ReplaceGuard {
  replace: boolean;
  expectedVersion: number | null;
}

/** Counts per label (nodes) or type (relationships) and outcome. */
export interface IngestSummary {
  files: string[];
  documents: string[];
  dryRun: boolean;
  /** Each document's version after the write (unchanged when nothing changed), and whether it was there before. */
  versions: Record<string, { version: number; origin: Origin; existed: boolean }>;
  nodes: Record<string, Record<Outcome, number>>;
  /** When the audit entry of this write was recorded (writes that name who made them). */
  recordedAt?: string;
  /** The graph's write version after this write (moved on only when something changed). */
  graphVersion?: number;
  relationships: Record<string, Record<Outcome, number>>;
}

const CHUNK = 1000;

/** Every outcome summed over labels and relationship types. */
export function totals(s: Pick<IngestSummary, "nodes" | "relationships">): Record<Outcome, number> {
  const t = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  for (const c of [...Object.values(s.nodes), ...Object.values(s.relationships)]) for (const k of Object.keys(t) as Outcome[]) t[k] += c[k];
  return t;
}

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
  opts: {
    dryRun?: boolean;
    progress?: (line: string) => void;
    origin?: Origin;
    guard?: ReplaceGuard;
    audit?: { who: string; role: string; action: string };
  } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { files: batch.files, documents: batch.documents, dryRun: !!opts.dryRun, versions: {}, nodes: {}, relationships: {} };
  const origin = opts.origin ?? "curated";
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
      const before = new Map(
        (await tx.run(DOCUMENTS_STATE, { docs })).map((r) => [r.id as string, { version: Number(r.version), origin: r.origin as Origin }]),
      );
      for (let i = 0; i < batch.nodes.length; i += CHUNK) {
        const rows = batch.nodes.slice(i, i + CHUNK).map((n) => ({ id: n.id, label: n.label, props: n.props, ...citeColumns(n.citations) }));
        count(summary.nodes, await tx.run(MERGE_NODES, { rows, docs }), "label");
        step(rows.length);
      }
      for (let i = 0; i < batch.rels.length; i += CHUNK) {
        const rows = batch.rels
          .slice(i, i + CHUNK)
          .map((r) => ({ key: r.key, type: r.type, from: r.from, to: r.to, props: r.props, ...citeColumns(r.citations) }));
        count(summary.relationships, await tx.run(MERGE_RELATIONSHIPS, { rows, docs }), "type");
        step(rows.length);
      }
      count(summary.relationships, await tx.run(PRUNE_RELATIONSHIPS, { docs, keys: batch.rels.map((r) => r.key) }), "type");
      count(summary.nodes, await tx.run(PRUNE_NODES, { docs, ids: batch.nodes.map((n) => n.id) }), "label");
      const sum = totals(summary);
      const changed = sum.created + sum.updated + sum.deleted > 0;
      for (const id of docs) {
        const was = before.get(id);
        summary.versions[id] = { version: (was?.version ?? 0) + (changed ? 1 : 0), origin: changed ? origin : (was?.origin ?? origin), existed: !!was };
      }
      // Replacing what is there must be asked for, against the version the caller saw; a write that
      // changes nothing is always allowed (committing the same draft twice). A dry run only reports.
      if (opts.guard && changed && !opts.dryRun) checkReplace(before, opts.guard, sum);
      if (opts.dryRun) throw new DryRunRollback(summary);
      if (changed) {
        const rows = docs.map((id) => ({
          id,
          version: int(summary.versions[id]!.version),
          draft: batch.sources[id]?.draft ?? "",
          text: batch.sources[id]?.text ?? "",
          file: batch.sources[id]?.file ?? "",
        }));
        await tx.run(STAMP_DOCUMENTS, { rows, origin });
        // Every version is kept, data file and text, so any earlier state can be restored.
        await tx.run(SAVE_VERSION, { rows, origin });
        const [bumped] = await tx.run(BUMP_GRAPH_VERSION);
        summary.graphVersion = Number(bumped!.version);
      }
      // Who wrote it is recorded in the same transaction: a write is never without its audit entry.
      if (opts.audit) {
        const [entry] = await tx.run(AUDIT_WRITE, { ...opts.audit, document: docs.join(", "), summary: formatSummary(summary) });
        summary.recordedAt = String(entry?.at);
      }
      return summary;
    });
  } catch (err) {
    if (err instanceof DryRunRollback) return err.summary;
    throw err;
  }
}

function checkReplace(before: Map<string, { version: number; origin: Origin }>, guard: ReplaceGuard, { updated, deleted }: Record<Outcome, number>): void {
  for (const [id, was] of before) {
    if (!guard.replace) {
      throw new ReplaceRefused(
        `document ${id} is already in the graph (${was.origin}, version ${was.version}); this draft would update ${updated} and delete ${deleted} of its facts. ` +
          `To replace it, send replace: true and expectedVersion: ${was.version}; dryRun: true shows what would change without writing.`,
        id,
        was.version,
        was.origin,
      );
    }
    if (guard.expectedVersion !== was.version) {
      throw new ReplaceRefused(
        `document ${id} is at version ${was.version}${guard.expectedVersion === null ? "" : `, not ${guard.expectedVersion}`}: replacing needs expectedVersion: ${was.version}, the version you reviewed (a dry run shows it).`,
        id,
        was.version,
        was.origin,
      );
    }
  }
}

async function checkReferences(tx: Tx, batch: Batch): Promise<void> {
  const labels = new Map(batch.nodes.map((n) => [n.id, n.label as string]));
  const referred = new Map<string, string>();
  for (const r of batch.rels) {
    for (const id of [r.from, r.to, r.props.representing as string | undefined]) {
      if (id && !labels.has(id) && !referred.has(id)) referred.set(id, r.key);
    }
  }
  if (referred.size === 0) return;
  const found = await tx.run(CHECK_REFERENCES, { ids: [...referred.keys()] });
  for (const row of found) labels.set(row.id as string, row.label as string);
  const problems: { file: string; path: string; message: string }[] = [];
  for (const id of referred.keys()) {
    if (!labels.has(id))
      problems.push({
        file: batch.files.join(", "),
        path: `relationship ${referred.get(id)}`,
        message: `refers to ${id}, which is neither in these files nor in the graph`,
      });
  }
  // Ends that live in the graph: their kinds come from it.
  for (const r of batch.rels) {
    if (labels.has(r.from) && labels.has(r.to) && (referred.has(r.from) || referred.has(r.to))) {
      const wrong = endpointProblem(r.type, labels.get(r.from)!, labels.get(r.to)!);
      if (wrong)
        problems.push({
          file: batch.files.join(", "),
          path: `relationship ${r.key}`,
          message: `${wrong}: ${r.from} is a ${labels.get(r.from)}, ${r.to} a ${labels.get(r.to)}`,
        });
    }
  }
  if (problems.length) throw new DataFileError(problems);
}

export function formatSummary(s: IngestSummary): string {
  const lines = [`${s.dryRun ? "Dry run (nothing written)" : "Ingested"}: ${s.files.length} file(s), documents ${s.documents.join(", ")}`];
  const table = (title: string, data: IngestSummary["nodes"]) => {
    lines.push(`${title.padEnd(22)} created updated unchanged deleted`);
    for (const [k, v] of Object.entries(data).sort()) {
      lines.push(
        `  ${k.padEnd(20)} ${String(v.created).padStart(7)} ${String(v.updated).padStart(7)} ${String(v.unchanged).padStart(9)} ${String(v.deleted).padStart(7)}`,
      );
    }
  };
  table("Nodes", s.nodes);
  table("Relationships", s.relationships);
  return lines.join("\n");
}
