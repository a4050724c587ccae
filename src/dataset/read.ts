import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { PROJECT_ROOT } from "../config/env.js";
import { indexText, locate } from "./citations.js";
import { monthOf } from "./date-text.js";
import { slug } from "../ingest/names.js";
import { dataFileSchema, endpointProblem, type CiteSpec, type DataFile, type EntityType, type RelationshipType } from "./format.js";

/** "September 2024" is stored with its machine-readable month beside it, so it can be ordered by. */
function withMonth(props: object): void {
  const p = props as Record<string, unknown>;
  const month = typeof p.dateText === "string" ? monthOf(p.dateText) : null;
  if (month) p.month = month;
}

export const DATA_DIR = path.join(PROJECT_ROOT, "data");
export const MAX_DATA_FILE_BYTES = 5_000_000;

/** A citation resolved against its document: what the graph stores for every fact. */
export interface Citation {
  doc: string;
  quote: string;
  start: number;
  end: number;
}

export interface NodeRecord {
  id: string;
  label: EntityType | "SourceDocument";
  props: Record<string, unknown>;
  citations: Citation[];
}

export interface RelRecord {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
  citations: Citation[];
}

/** Everything one ingest writes, merged across its files. */
export interface Batch {
  files: string[];
  documents: string[];
  /** Each document's data file and source text as read, kept with every version a write makes. */
  sources: Record<string, { draft: string; text: string; file: string }>;
  nodes: NodeRecord[];
  rels: RelRecord[];
}

/** One problem in one file, located by the path inside the file (e.g. entities[3].cite). */
export class DataFileError extends Error {
  override name = "DataFileError";
  constructor(readonly problems: { file: string; path: string; message: string }[]) {
    super(problems.map((p) => `${p.file}: ${p.path || "(file)"}: ${p.message}`).join("\n"));
  }
}

function pathOf(p: ReadonlyArray<PropertyKey>): string {
  return p.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), "");
}

/** Reads and validates one data file; resolves each quote to offsets in the document's text. */
export function readDataFile(file: string): { data: DataFile; text: string; citations: Map<object, Citation[]>; source: string } {
  const rel = path.relative(PROJECT_ROOT, file);
  const problems: { file: string; path: string; message: string }[] = [];
  let raw: unknown;
  let source: string;
  // A data file holds one document's facts: the largest seed is 0.1 MB. A file past the limit is
  // refused by name before parsing, rather than exhausting the stack or memory on the way.
  const size = fs.statSync(file).size;
  if (size > MAX_DATA_FILE_BYTES) {
    throw new DataFileError([
      {
        file: rel,
        path: "",
        message: `is ${(size / 1e6).toFixed(1)} MB; a data file may be at most ${MAX_DATA_FILE_BYTES / 1e6} MB (one file per source document)`,
      },
    ]);
  }
  try {
    source = fs.readFileSync(file, "utf8");
    const doc = parseDocument(source, { uniqueKeys: true });
    if (doc.errors.length) {
      throw new DataFileError(doc.errors.map((e) => ({ file: rel, path: `line ${e.linePos?.[0]?.line ?? "?"}`, message: e.message.split("\n")[0]! })));
    }
    raw = doc.toJS();
  } catch (err) {
    if (err instanceof DataFileError) throw err;
    throw new DataFileError([{ file: rel, path: "", message: (err as Error).message }]);
  }
  const parsed = dataFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DataFileError(parsed.error.issues.map((i: z.core.$ZodIssue) => ({ file: rel, path: pathOf(i.path), message: i.message })));
  }
  const data = parsed.data;
  const sourcePath = path.join(path.dirname(file), data.document.file);
  if (!fs.existsSync(sourcePath)) {
    throw new DataFileError([{ file: rel, path: "document.file", message: `source text ${data.document.file} not found next to the data file` }]);
  }
  const text = fs.readFileSync(sourcePath, "utf8");
  const indexed = indexText(text);
  const citations = new Map<object, Citation[]>();

  const resolve = (owner: object, spec: CiteSpec | CiteSpec[], at: string) => {
    const list = Array.isArray(spec) ? spec : [spec];
    const out: Citation[] = [];
    list.forEach((c, i) => {
      const quote = typeof c === "string" ? c : c.quote;
      const after = typeof c === "string" ? undefined : c.after;
      const occurrence = typeof c === "string" ? 1 : (c.occurrence ?? 1);
      const found = locate(indexed, quote, after, occurrence);
      const where = Array.isArray(spec) ? `${at}.cite[${i}]` : `${at}.cite`;
      if (!found) {
        problems.push({
          file: rel,
          path: where,
          message: `quote not found in ${data.document.file}${after ? ` after "${after}"` : ""}${occurrence > 1 ? ` (occurrence ${occurrence})` : ""}: "${quote}"`,
        });
        return;
      }
      out.push({ doc: data.document.id, quote: text.slice(found.start, found.end), start: found.start, end: found.end });
    });
    citations.set(owner, out);
  };
  resolve(data.document, data.document.cite, "document");
  data.entities.forEach((e, i) => resolve(e, e.cite, `entities[${i}]`));
  data.relationships.forEach((r, i) => resolve(r, r.cite, `relationships[${i}]`));
  if (problems.length) throw new DataFileError(problems);
  return { data, text, citations, source };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Lists the curated data files: data/*.yaml, in name order. */
/**
 * The name the graph gives the text of a document committed through the API (SourceDocument.file):
 * where it would sit beside the curated data, though only the graph keeps it.
 */
export function ingestedFile(docId: string, file: string): string {
  return ["ingested", slug(docId.replace(/^doc:/, "")), ...file.split(/[\\/]/)].join("/");
}

export function curatedFiles(): string[] {
  return fs
    .readdirSync(DATA_DIR)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => path.join(DATA_DIR, f));
}

/**
 * Reads, validates and merges files into one batch. An entity named in several files is one node:
 * its scalar properties must agree (a disagreement is an error naming both files), aliases are
 * united and citations gathered from all. References are checked here; ones to entities outside
 * the batch are checked again against the graph inside the write transaction.
 */
export function readBatch(files: string[]): Batch {
  const problems: { file: string; path: string; message: string }[] = [];
  const nodes = new Map<string, NodeRecord & { file: string }>();
  const rels = new Map<string, RelRecord & { file: string }>();
  const documents: string[] = [];
  const sources: Batch["sources"] = {};

  for (const file of files) {
    let read: ReturnType<typeof readDataFile>;
    try {
      read = readDataFile(file);
    } catch (err) {
      if (err instanceof DataFileError) {
        problems.push(...err.problems);
        continue;
      }
      throw err;
    }
    const rel = path.relative(PROJECT_ROOT, file);
    const { data, text, citations, source } = read;
    if (documents.includes(data.document.id)) {
      problems.push({ file: rel, path: "document.id", message: `document ${data.document.id} is already given by another file in this ingest` });
      continue;
    }
    documents.push(data.document.id);
    sources[data.document.id] = { draft: source, text, file: data.document.file };
    const { cite: _dc, ...docProps } = data.document;
    // Stored relative to data/, so the API can read the text of a draft loaded from anywhere.
    docProps.file = path
      .relative(DATA_DIR, path.join(path.dirname(file), data.document.file))
      .split(path.sep)
      .join("/");
    addNode(
      {
        id: data.document.id,
        label: "SourceDocument",
        props: { ...docProps, sha256: sha256(text), length: text.length },
        citations: citations.get(data.document)!,
      },
      rel,
      "document",
    );

    data.entities.forEach((e, i) => {
      const { id, type, cite: _c, ...props } = e;
      // Neo4j has no map properties: a rule's spec is stored as JSON and parsed again by src/membership.
      if ("spec" in props) (props as Record<string, unknown>).spec = JSON.stringify(props.spec);
      withMonth(props);
      addNode({ id, label: type, props, citations: citations.get(e)! }, rel, `entities[${i}]`);
    });
    data.relationships.forEach((r, i) => {
      const { type, from, to, cite: _c, key, ...props } = r;
      withMonth(props);
      const k = `${from}|${type}|${to}${key ? `|${key}` : ""}`;
      const existing = rels.get(k);
      const cites = citations.get(r)!;
      if (existing) {
        const conflict = conflictingProps(existing.props, props);
        if (conflict) {
          problems.push({
            file: rel,
            path: `relationships[${i}].${conflict}`,
            message: `disagrees with the same relationship in ${existing.file}; give one of them a distinct key`,
          });
          return;
        }
        Object.assign(existing.props, props);
        existing.citations.push(...cites);
      } else {
        rels.set(k, { key: k, type, from, to, props: { ...props }, citations: [...cites], file: rel });
      }
    });
  }

  for (const [k, r] of rels) {
    if (r.from === r.to) problems.push({ file: r.file, path: k, message: "a relationship cannot point from an entity to itself" });
    // Both ends in this ingest: their kinds are known here; ends in the graph are checked on load.
    const from = nodes.get(r.from);
    const to = nodes.get(r.to);
    const wrong = from && to ? endpointProblem(r.type, from.label, to.label) : null;
    if (wrong) problems.push({ file: r.file, path: k, message: `${wrong}: ${r.from} is a ${from!.label}, ${r.to} a ${to!.label}` });
  }

  if (problems.length) throw new DataFileError(problems);
  return {
    files: files.map((f) => path.relative(PROJECT_ROOT, f)),
    documents,
    sources,
    nodes: [...nodes.values()].map(({ file: _f, ...n }) => n),
    rels: [...rels.values()].map(({ file: _f, ...r }) => r),
  };

  function addNode(n: NodeRecord, file: string, at: string) {
    const existing = nodes.get(n.id);
    if (!existing) {
      nodes.set(n.id, { ...n, props: { ...n.props }, citations: [...n.citations], file });
      return;
    }
    if (existing.label !== n.label) {
      problems.push({ file, path: `${at}.type`, message: `${n.id} is a ${n.label} here but a ${existing.label} in ${existing.file}` });
      return;
    }
    const conflict = conflictingProps(existing.props, n.props);
    if (conflict) {
      problems.push({
        file,
        path: `${at}.${conflict}`,
        message: `${n.id} has ${conflict} ${JSON.stringify(n.props[conflict])} here but ${JSON.stringify(existing.props[conflict])} in ${existing.file}`,
      });
      return;
    }
    for (const [k, v] of Object.entries(n.props)) {
      if (k === "aliases") existing.props.aliases = [...new Set([...((existing.props.aliases as string[]) ?? []), ...(v as string[])])];
      else existing.props[k] = v;
    }
    existing.citations.push(...n.citations);
  }
}

/** The first property both sides give with different values; aliases never conflict (they unite). */
function conflictingProps(a: Record<string, unknown>, b: Record<string, unknown>): string | null {
  for (const [k, v] of Object.entries(b)) {
    if (k === "aliases") continue;
    if (a[k] !== undefined && JSON.stringify(a[k]) !== JSON.stringify(v)) return k;
  }
  return null;
}
