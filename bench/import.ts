import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { neo4jClasspath } from "../src/neo4j/local-server.js";
import { SCHEMA, stream, type Kind, type SynProbes } from "./synthetic.js";

/**
 * The fastest bulk load Community Edition has: `neo4j-admin database import full`, which writes
 * the store files directly from CSV, with no transactions. It needs an empty, stopped database,
 * so it runs into a fresh local Neo4j home before the server starts. The tool ships in the same
 * Maven artifacts as the server (neo4j-import-tool), so no separate download.
 */

export interface ImportFigures {
  nodes: number;
  relationships: number;
  /** Generating the graph and writing it as CSV, one streamed pass (before December 2026 generation came first, untimed). */
  csvSeconds: number;
  /** The bench process's peak resident memory (VmHWM) once the CSVs were written: what generating cost. */
  csvPeakRssMb: number;
  /** The import tool, nodes and relationships in one run, JVM start included. */
  importSeconds: number;
  /** The tool's own phases, from the times it prints: node import; relationship import, linking and post-processing. */
  nodePhaseSeconds: number;
  relationshipPhaseSeconds: number;
  /** Node properties whose value is an empty list: CSV cannot say "empty list", so they are set afterwards. */
  emptyLists: { label: string; props: string[] }[];
  /** Set when a run measured again on a store imported earlier (npm run bench -- --reuse). */
  reused?: true;
}

const ARRAY_DELIMITER = ";";

/** A cell of a column of `kind`; an empty list is an empty cell (CSV cannot say "empty list": the property is set afterwards). */
function cell(v: unknown, kind: Kind): string {
  if (v === null || v === undefined) return "";
  if (kind.endsWith("[]")) {
    const list = v as unknown[];
    if (list.length === 0) return "";
    for (const x of list) if (String(x).includes(ARRAY_DELIMITER)) throw new Error(`bench import: a list element contains "${ARRAY_DELIMITER}": ${String(x)}`);
    return quote(list.join(ARRAY_DELIMITER));
  }
  return kind === "string" ? quote(String(v)) : String(v);
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * One CSV file, written through a 1 MB buffer with synchronous writes: the generator waits while
 * the disk takes a chunk, so memory stays flat however large the graph (back-pressure without
 * promises; nothing else runs while the CSVs are written).
 */
class CsvFile {
  private readonly fd: number;
  private chunk: string;
  rows = 0;
  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = fs.openSync(file, "w");
    this.chunk = `${header}\n`;
  }
  line(s: string): void {
    this.chunk += `${s}\n`;
    this.rows++;
    if (this.chunk.length > 1 << 20) this.flush();
  }
  private flush(): void {
    fs.writeSync(this.fd, this.chunk);
    this.chunk = "";
  }
  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** The columns of a label or type, from the generator's schema; a property it does not declare stops the run, naming it. */
function declared(schema: Record<string, Record<string, Kind>>, name: string, skip: string[]) {
  const kinds = schema[name];
  if (!kinds) throw new Error(`bench import: ${name} is not in the synthetic schema (bench/synthetic.ts SCHEMA)`);
  const check = (props: Record<string, unknown>) => {
    for (const k in props) if (!(k in kinds)) throw new Error(`bench import: ${name}.${k} is not in the synthetic schema (bench/synthetic.ts SCHEMA)`);
  };
  return { columns: Object.entries(kinds).filter(([k]) => !skip.includes(k)), check };
}

/**
 * Streams the SYNTHETIC graph of `size` nodes into one CSV per label and relationship type under
 * `csvDir`, with columns declared up front from the generator's schema. Returns the import tool's
 * --nodes and --relationships arguments: node files, then relationship files, each in the order
 * its labels or types first appear (as the tool was always given them).
 */
export function writeSyntheticCsv(csvDir: string, size: number, seed = 42) {
  type File = { out: CsvFile; columns: [string, Kind][]; check: (p: Record<string, unknown>) => void };
  const nodeFiles = new Map<string, File & { empty: Set<string> }>();
  const relFiles = new Map<string, File>();
  const args = { nodes: [] as string[], relationships: [] as string[] };
  // A label's or type's file, opened the first time it appears, its columns from the schema.
  const open = (schema: Record<string, Record<string, Kind>>, name: string, kind: "nodes" | "relationships", key: string[], skip: string[]): File => {
    const { columns, check } = declared(schema, name, skip);
    const file = path.join(csvDir, `${kind === "nodes" ? "nodes" : "rels"}-${name}.csv`);
    args[kind].push(kind === "nodes" ? `--nodes=Entity:${name}=${file}` : `--relationships=${name}=${file}`);
    return { out: new CsvFile(file, [...key, ...columns.map(([k, kind]) => `${k}:${kind}`)].join(",")), columns, check };
  };
  // A row: its key cells, then one cell a column; `empty` is told of each empty list (CSV cannot carry one).
  const row = (f: File, lead: string, props: Record<string, unknown>, empty: (k: string) => void) => {
    f.check(props);
    let line = lead;
    for (const [k, kind] of f.columns) {
      const v = props[k];
      if (Array.isArray(v) && v.length === 0) empty(k);
      line += `,${cell(v, kind)}`;
    }
    f.out.line(line);
  };
  try {
    const summary = stream(
      size,
      {
        node(label, props) {
          let f = nodeFiles.get(label);
          if (!f) nodeFiles.set(label, (f = { ...open(SCHEMA.nodes, label, "nodes", ["id:ID"], ["id"]), empty: new Set() }));
          row(f, quote(props.id as string), props, (k) => f.empty.add(k));
        },
        rel(type, from, to, props) {
          let f = relFiles.get(type);
          if (!f) relFiles.set(type, (f = open(SCHEMA.rels, type, "relationships", [":START_ID", ":END_ID"], [])));
          row(f, `${quote(from)},${quote(to)}`, props, (k) => {
            throw new Error(`bench import: ${type}.${k} is an empty list; CSV cannot carry it`);
          });
        },
      },
      seed,
    );
    const emptyLists = [...nodeFiles].filter(([, f]) => f.empty.size).map(([label, f]) => ({ label, props: [...f.empty] }));
    return { summary, args: [...args.nodes, ...args.relationships], emptyLists };
  } finally {
    for (const f of [...nodeFiles.values(), ...relFiles.values()]) f.out.close();
  }
}

/** The bench process's own peak resident memory so far (VmHWM), in MB. */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * Generates the SYNTHETIC graph of `size` nodes straight into CSV (nothing of it kept but the
 * probes and counts) and imports it into a fresh store under `home`.
 */
export async function importSynthetic(
  size: number,
  home: string,
  log: (line: string) => void = () => {},
  seed = 42,
): Promise<{ probes: SynProbes; figures: ImportFigures }> {
  const csvDir = path.join(home, "import");
  fs.mkdirSync(csvDir, { recursive: true });
  fs.mkdirSync(path.join(home, "conf"), { recursive: true });
  fs.writeFileSync(path.join(home, "conf", "neo4j.conf"), "");

  const t0 = performance.now();
  const { summary, args, emptyLists } = writeSyntheticCsv(csvDir, size, seed);
  const { nodes, relationships } = summary;
  const csvPeakRssMb = peakRssMb();
  const t1 = performance.now();
  log(
    `  generated and written as CSV in ${((t1 - t0) / 1000).toFixed(1)} s (${nodes} nodes, ${relationships} relationships; peak RSS so far ${csvPeakRssMb} MB)`,
  );

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
  return {
    probes: summary.probes,
    figures: { nodes, relationships, csvSeconds: (t1 - t0) / 1000, csvPeakRssMb, importSeconds: (t2 - t1) / 1000, ...phases(output), emptyLists },
  };
}

/** Reads the phase times from the tool's report: "(1/4) Node import <time>", "(2/4) Relationship import <time>", "IMPORT DONE in 29s 123ms." (hours and minutes when it takes them) */
export function phases(output: string): { nodePhaseSeconds: number; relationshipPhaseSeconds: number } {
  const at = (name: string) => {
    const m = output.match(new RegExp(`\\(\\d/\\d\\) ${name} (\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d+)([+-]\\d\\d)(\\d\\d)`));
    if (!m) throw new Error(`neo4j-admin import: no "${name}" phase in its report`);
    return Date.parse(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
  };
  const start = output.match(/Import starting (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d+)([+-]\d\d)(\d\d)/);
  const done = output.match(/IMPORT DONE in (?:(\d+)h )?(?:(\d+)m )?(?:(\d+)s )?(\d+)ms/);
  if (!start || !done) throw new Error("neo4j-admin import: no start or end time in its report");
  const end =
    Date.parse(`${start[1]}T${start[2]}${start[3]}:${start[4]}`) +
    (Number(done[1] ?? 0) * 3600 + Number(done[2] ?? 0) * 60 + Number(done[3] ?? 0)) * 1000 +
    Number(done[4]);
  const nodesAt = at("Node import");
  const relsAt = at("Relationship import");
  return { nodePhaseSeconds: (relsAt - nodesAt) / 1000, relationshipPhaseSeconds: (end - relsAt) / 1000 };
}
