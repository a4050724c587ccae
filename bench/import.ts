import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { neo4jClasspath } from "../src/neo4j/local-server.js";
import type { SynGraph } from "./synthetic.js";

/**
 * The fastest bulk load Community Edition has: `neo4j-admin database import full`, which writes
 * the store files directly from CSV, with no transactions. It needs an empty, stopped database,
 * so it runs into a fresh local Neo4j home before the server starts. The tool ships in the same
 * Maven artifacts as the server (neo4j-import-tool), so no separate download.
 */

export interface ImportFigures {
  nodes: number;
  relationships: number;
  /** Writing the CSV files. */
  csvSeconds: number;
  /** The import tool, nodes and relationships in one run, JVM start included. */
  importSeconds: number;
  /** The tool's own phases, from the times it prints: node import; relationship import, linking and post-processing. */
  nodePhaseSeconds: number;
  relationshipPhaseSeconds: number;
  /** Node properties whose value is an empty list: CSV cannot say "empty list", so they are set afterwards. */
  emptyLists: { label: string; props: string[] }[];
}

type Kind = "string" | "long" | "double" | "boolean" | "string[]" | "long[]" | "double[]";

function kindOf(v: unknown): Kind | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "long" : "double";
  if (Array.isArray(v)) {
    const first = v.find((x) => x !== null && x !== undefined);
    if (first === undefined) return null;
    return `${kindOf(first) as "string" | "long" | "double"}[]`;
  }
  return "string";
}

const ARRAY_DELIMITER = ";";

function cell(v: unknown, kind: Kind): string {
  if (v === null || v === undefined) return "";
  if (kind.endsWith("[]")) {
    const list = v as unknown[];
    for (const x of list) if (String(x).includes(ARRAY_DELIMITER)) throw new Error(`bench import: a list element contains "${ARRAY_DELIMITER}": ${String(x)}`);
    return quote(list.join(ARRAY_DELIMITER));
  }
  return kind === "string" ? quote(String(v)) : String(v);
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Columns of a set of property maps: every key any of them has, typed by its first value. */
function columns(rows: Record<string, unknown>[], skip: Set<string>) {
  const kinds = new Map<string, Kind>();
  const emptyLists = new Set<string>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (skip.has(k)) continue;
      if (Array.isArray(v) && v.length === 0) emptyLists.add(k);
      const kind = kindOf(v);
      if (kind && !kinds.has(k)) kinds.set(k, kind);
    }
  }
  return { kinds: [...kinds], emptyLists: [...emptyLists] };
}

/** Writes a file line by line through a buffer; the files reach hundreds of MB at 1M nodes. */
async function writeLines(file: string, header: string, count: number, line: (i: number) => string) {
  const out = fs.createWriteStream(file);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = "";
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve, reject) => out.on("finish", () => resolve()).on("error", reject));
}

export async function importGraph(g: SynGraph, home: string, log: (line: string) => void = () => {}): Promise<ImportFigures> {
  const csvDir = path.join(home, "import");
  fs.mkdirSync(csvDir, { recursive: true });
  fs.mkdirSync(path.join(home, "conf"), { recursive: true });
  fs.writeFileSync(path.join(home, "conf", "neo4j.conf"), "");

  const t0 = performance.now();
  const args: string[] = [];
  const emptyLists: ImportFigures["emptyLists"] = [];
  let nodes = 0;
  let relationships = 0;
  for (const [label, list] of g.nodes) {
    const rows = list.map((n) => n.props);
    const { kinds, emptyLists: empty } = columns(rows, new Set(["id"]));
    if (empty.length) emptyLists.push({ label, props: empty });
    const file = path.join(csvDir, `nodes-${label}.csv`);
    await writeLines(file, ["id:ID", ...kinds.map(([k, kind]) => `${k}:${kind}`)].join(","), rows.length, (i) =>
      [quote(rows[i]!.id as string), ...kinds.map(([k, kind]) => cell(rows[i]![k], kind))].join(","),
    );
    args.push(`--nodes=Entity:${label}=${file}`);
    nodes += rows.length;
  }
  for (const [type, list] of g.rels) {
    const { kinds, emptyLists: empty } = columns(
      list.map((r) => r.props),
      new Set(),
    );
    if (empty.length) throw new Error(`bench import: ${type} has empty lists in ${empty.join(", ")}; CSV cannot carry them`);
    const file = path.join(csvDir, `rels-${type}.csv`);
    await writeLines(file, [":START_ID", ":END_ID", ...kinds.map(([k, kind]) => `${k}:${kind}`)].join(","), list.length, (i) => {
      const r = list[i]!;
      return [quote(r.from), quote(r.to), ...kinds.map(([k, kind]) => cell(r.props[k], kind))].join(",");
    });
    args.push(`--relationships=${type}=${file}`);
    relationships += list.length;
  }
  const t1 = performance.now();
  log(`  CSV written in ${((t1 - t0) / 1000).toFixed(1)} s`);

  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      "java",
      [
        "-Xmx2g",
        "-cp",
        neo4jClasspath(log),
        "org.neo4j.cli.AdminTool",
        "database",
        "import",
        "full",
        "neo4j",
        "--array-delimiter",
        ARRAY_DELIMITER,
        "--overwrite-destination=true",
        ...args,
      ],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`neo4j-admin database import failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
  const t2 = performance.now();
  fs.rmSync(csvDir, { recursive: true, force: true });
  log(`  neo4j-admin database import: ${nodes} nodes, ${relationships} relationships in ${((t2 - t1) / 1000).toFixed(1)} s`);
  return { nodes, relationships, csvSeconds: (t1 - t0) / 1000, importSeconds: (t2 - t1) / 1000, ...phases(output), emptyLists };
}

/** Reads the phase times from the tool's report: "(1/4) Node import <time>", "(2/4) Relationship import <time>", "IMPORT DONE in 29s 123ms." */
export function phases(output: string): { nodePhaseSeconds: number; relationshipPhaseSeconds: number } {
  const at = (name: string) => {
    const m = output.match(new RegExp(`\\(\\d/\\d\\) ${name} (\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d+)([+-]\\d\\d)(\\d\\d)`));
    if (!m) throw new Error(`neo4j-admin import: no "${name}" phase in its report`);
    return Date.parse(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
  };
  const start = output.match(/Import starting (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d+)([+-]\d\d)(\d\d)/);
  const done = output.match(/IMPORT DONE in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms/);
  if (!start || !done) throw new Error("neo4j-admin import: no start or end time in its report");
  const end = Date.parse(`${start[1]}T${start[2]}${start[3]}:${start[4]}`) + (Number(done[1] ?? 0) * 60 + Number(done[2] ?? 0)) * 1000 + Number(done[3]);
  const nodesAt = at("Node import");
  const relsAt = at("Relationship import");
  return { nodePhaseSeconds: (relsAt - nodesAt) / 1000, relationshipPhaseSeconds: (end - relsAt) / 1000 };
}
