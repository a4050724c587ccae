import "reflect-metadata";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../src/config/env.js";
import { encodeCursor } from "../src/graphql/common/connection.js";
import { cypher } from "../src/neo4j/cypher-files.js";
import { int } from "../src/neo4j/convert.js";
import { createDriver, Neo4jGateway, type Params } from "../src/neo4j/gateway.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-server.js";
import { applySchema } from "../src/neo4j/schema-setup.js";
import { importSynthetic, type ImportFigures } from "./import.js";
import { bulkLoad, type LoadFigures } from "./load.js";
import { counts, generate, type SynProbes } from "./synthetic.js";
import { NEO4J_GRAPHQL_QUERIES } from "./neo4j-graphql.js";
import { gcLine, type GcFigures } from "./gc.js";

/**
 * npm run bench -- --size 10k|100k|1m|<n> [--duration 5] [--connections 1,10,50] [--only <part of a query name>[,<another>…]] [--load import|unwind] [--reuse] [--request-timeout 10]
 *
 * Generates a SYNTHETIC graph, bulk-loads it into a Neo4j of its own (.neo4j/bench, never the
 * data of npm start), then for each query of a fixed mix measures, in the same run and one after
 * the other: our GraphQL API under autocannon, and the same work as raw Cypher through the driver
 * with the same concurrency. Writes bench/results/<size>-<time>.json and .md. --reuse measures
 * again on the store the last import of the same size left in .neo4j/bench, without generating
 * or importing (the load figures reported are that import's). --request-timeout: seconds before
 * autocannon abandons a request to an API (such a request is neither measured nor an error).
 */

export interface Measure {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export interface QueryResult {
  name: string;
  connections: number;
  api: Measure;
  raw: Measure;
  /** @neo4j/graphql on the same database, for the queries it can express. */
  neo4jGraphql: Measure | null;
  roundTrips: number;
}

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);
const measure = (lat: number[], seconds: number, errors: number): Measure => ({
  requests: lat.length,
  perSecond: lat.length / seconds,
  p50: pct(lat, 50),
  p95: pct(lat, 95),
  p99: pct(lat, 99),
  errors,
});

export function parseSize(s: string): number {
  const m = s.toLowerCase().match(/^(\d+(?:\.\d+)?)(k|m)?$/);
  if (!m) throw new Error(`--size must be a number such as 10k, 100k or 1m; got ${s}`);
  return Math.round(Number(m[1]) * (m[2] === "k" ? 1e3 : m[2] === "m" ? 1e6 : 1));
}

export interface QuerySpec {
  name: string;
  graphql: string;
  variables: Record<string, unknown>;
  raw: { cypher: string; params: Params }[];
}

export function queryMix(probes: SynProbes): QuerySpec[] {
  const after = encodeCursor(probes.middleCursorName, "");
  return [
    {
      name: "lookup by id",
      graphql: "query($id: ID!) { person(id: $id) { id name honorific aliases } }",
      variables: { id: probes.person },
      raw: [{ cypher: cypher("queries/entities-by-id"), params: { ids: [probes.person] } }],
    },
    {
      name: "nested 4 levels",
      graphql: "query($id: ID!) { partnership(id: $id) { meetings { id attendance { status person { name organisations { name } } } } } }",
      variables: { id: probes.partnership },
      raw: [{ cypher: cypher("bench/raw-nested"), params: { id: probes.partnership } }],
    },
    {
      name: "connection page deep in a large list",
      graphql: "query($after: String) { people(first: 20, after: $after) { totalCount edges { cursor node { id name } } } }",
      variables: { after },
      raw: [
        {
          cypher: cypher("queries/people-page"),
          params: { organisation: null, nameContains: null, afterKey: probes.middleCursorName, afterId: "", limit: int(21) },
        },
      ],
    },
    {
      name: "full-text search",
      graphql: "query($t: String!) { search(text: $t, first: 10) { score entity { id } } }",
      variables: { t: probes.searchText },
      raw: [{ cypher: cypher("queries/search"), params: { query: "Synthetic AND Organisation AND (0000042 OR 0000042*)", labels: null, limit: int(10) } }],
    },
    {
      name: "lineage",
      graphql: "query($id: ID!) { lineage(id: $id) { steps { position date relation event { id } body { id } } } }",
      variables: { id: probes.priority },
      raw: [{ cypher: cypher("queries/lineage"), params: { id: probes.priority } }],
    },
    {
      name: "paths (maxHops 6)",
      graphql: "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 6, first: 3) { length nodes { id } } }",
      variables: { a: probes.pathFrom, b: probes.pathTo },
      raw: [{ cypher: cypher("queries/paths"), params: { from: probes.pathFrom, to: probes.pathTo, maxHops: int(6), first: int(3) } }],
    },
    {
      name: "membershipGaps",
      graphql: 'query($p: ID!) { membershipGaps(partnershipId: $p, asOf: "2024-12-31") { seats { status holder { id } } } }',
      variables: { p: probes.partnership },
      // What a cold call sends: the graph's version and the context, held at no version.
      raw: [{ cypher: cypher("queries/membership-context-since"), params: { partnership: probes.partnership, known: {} } }],
    },
    {
      name: "quorum",
      graphql: "query($m: ID!) { quorum(meetingId: $m) { outcome clauses { outcome } } }",
      variables: { m: probes.meeting },
      // Cold: the meeting, the graph's version and its partnership's context, held at no version.
      raw: [{ cypher: cypher("queries/meeting-context-since"), params: { id: probes.meeting, known: {} } }],
    },
  ];
}

export async function runApi(
  url: string,
  spec: { graphql: string; variables: Record<string, unknown> },
  connections: number,
  seconds: number,
  /** autocannon's per-request timeout; a request that takes longer is abandoned and neither measured nor counted as an error. */
  timeoutSeconds = 10,
): Promise<Measure> {
  const lat: number[] = [];
  let errors = 0;
  const body = JSON.stringify({ query: spec.graphql, variables: spec.variables });
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      { url, method: "POST", connections, duration: seconds, timeout: timeoutSeconds, headers: { "content-type": "application/json" }, body },
      (err) => (err ? reject(err) : resolve()),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status === 200) lat.push(ms);
      else errors++;
    });
  });
  return measure(lat, seconds, errors);
}

export async function runRaw(gateway: Neo4jGateway, spec: QuerySpec, connections: number, seconds: number): Promise<Measure> {
  const lat: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          for (const step of spec.raw) await gateway.read(step.cypher, step.params);
          // Counted as autocannon counts: only what is answered within the window, so that a query
          // slower than the window is not credited with requests the API side never gets to finish.
          if (performance.now() <= until) lat.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return measure(lat, seconds, errors);
}

/** Sends a query once before measuring it; an answer with errors stops the benchmark, naming what. */
async function answerOnce(url: string, spec: { graphql: string; variables: Record<string, unknown> }, what: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: spec.graphql, variables: spec.variables }),
  });
  const body = (await res.json()) as { errors?: unknown; extensions?: { roundTrips?: number } };
  if (body.errors) throw new Error(`${what}: ${JSON.stringify(body.errors)}`);
  return body;
}

/** Where the servers under test connect. */
export interface BoltTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface ServerProcess {
  url: string;
  /** The most resident memory the process has held so far (VmHWM), in MB; null where /proc is not there. */
  peakRssMb(): number | null;
  /** The CPU time, user and system, the process has used so far, in ms (10 ms steps); null where /proc is not there. */
  cpuMs(): number | null;
  /** What garbage collection cost the process over its life, as it reported when stopped; null before. */
  gc(): GcFigures | null;
  stop(): Promise<void>;
}

/** Starts bench/serve.ts in a child process and waits for its URL. */
export async function spawnServer(which: "ours" | "neo4j-graphql", bolt: BoltTarget): Promise<ServerProcess> {
  // BENCH_NODE_FLAGS: V8 settings to weigh for our API (e.g. --max-semi-space-size=64), as npm start would pass them.
  const flags = which === "ours" ? (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean) : [];
  const child = spawn(process.execPath, ["--max-old-space-size=4096", ...flags, "--import", "tsx", path.join(PROJECT_ROOT, "bench", "serve.ts"), which], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BENCH_BOLT_URI: bolt.uri, BENCH_BOLT_USER: bolt.user, BENCH_BOLT_PASSWORD: bolt.password, BENCH_BOLT_DATABASE: bolt.database },
    stdio: ["pipe", "pipe", "inherit"],
  });
  // "close", not "exit": its last words on stdout (the GC figures) have been read by then.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  let gc: GcFigures | null = null;
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split("\n").filter((l) => l.startsWith("{") && l.endsWith("}"));
      for (const line of lines) {
        const said = JSON.parse(line) as { url?: string; gc?: GcFigures };
        if (said.url) resolve(said.url);
        if (said.gc) gc = said.gc;
      }
    });
    child.once("exit", (code) => reject(new Error(`bench/serve.ts ${which} exited with code ${code} before listening`)));
  });
  return {
    url,
    peakRssMb() {
      try {
        const kb = fs.readFileSync(`/proc/${child.pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m)?.[1];
        return kb ? Math.round(Number(kb) / 1024) : null;
      } catch {
        return null;
      }
    },
    cpuMs() {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: utime and stime in clock ticks (100 a second).
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        return null;
      }
    },
    gc: () => gc,
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Figures of a load by neo4j-admin import, finished here: empty lists set, constraints and indexes built. */
export interface ImportLoad extends ImportFigures {
  method: "neo4j-admin database import";
  /** Setting the list properties CSV could not carry empty. */
  emptyListSeconds: number;
  /** Creating constraints and indexes, and waiting for them online. */
  indexSeconds: number;
  /** Over the tool's node phase and relationship phases, as the UNWIND figures are over theirs. */
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** CSV + import (JVM included) + empty lists + indexes. */
  endToEndSeconds: number;
}

export async function finishImport(gateway: Neo4jGateway, imported: ImportFigures, log: (l: string) => void): Promise<ImportLoad> {
  const t0 = performance.now();
  for (const { label, props } of imported.emptyLists) {
    for (const prop of props) await gateway.runAutoCommit(cypher("bench/set-empty-list"), { label, prop, set: { [prop]: [] } });
  }
  const t1 = performance.now();
  // The constraints build their indexes as they are created; the full-text and relationship indexes
  // populate afterwards, which over a freshly imported 10M-node store takes longer than start-up's 300 s.
  await applySchema(gateway, 3600);
  const t2 = performance.now();
  const emptyListSeconds = (t1 - t0) / 1000;
  const indexSeconds = (t2 - t1) / 1000;
  log(`  empty lists in ${emptyListSeconds.toFixed(1)} s, constraints and indexes in ${indexSeconds.toFixed(1)} s`);
  return {
    ...imported,
    method: "neo4j-admin database import",
    emptyListSeconds,
    indexSeconds,
    nodesPerSecond: imported.nodes / imported.nodePhaseSeconds,
    relationshipsPerSecond: imported.relationships / imported.relationshipPhaseSeconds,
    endToEndSeconds: imported.csvSeconds + imported.importSeconds + emptyListSeconds + indexSeconds,
  };
}

export async function runBench(opts: {
  size: number;
  seconds: number;
  connections: number[];
  /** autocannon's per-request timeout in seconds (its default, 10, unless said). */
  requestTimeout?: number;
  gateway: Neo4jGateway;
  bolt: BoltTarget;
  log: (l: string) => void;
  only?: string;
  compare?: boolean;
  /** A graph already imported into the database (see bench/import.ts); otherwise one is generated and loaded with UNWIND. */
  imported?: { probes: SynProbes; figures: ImportFigures };
}) {
  const { gateway, log } = opts;
  let probes: SynProbes;
  let c: { nodes: number; relationships: number };
  let load: LoadFigures | ImportLoad;
  if (opts.imported) {
    probes = opts.imported.probes;
    c = { nodes: opts.imported.figures.nodes, relationships: opts.imported.figures.relationships };
    load = await finishImport(gateway, opts.imported.figures, log);
  } else {
    log(`Generating a SYNTHETIC graph of about ${opts.size} nodes…`);
    const g = generate(opts.size);
    probes = g.probes;
    c = counts(g);
    // Only entities: a test run's marker node (test/helpers/db.ts) must survive.
    await gateway.runAutoCommit("MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    await applySchema(gateway);
    load = await bulkLoad(gateway, g, log);
    await gateway.runAutoCommit("CALL db.awaitIndexes(600)");
    log(
      `Loaded ${load.nodes} nodes at ${Math.round(load.nodesPerSecond)}/s, ${load.relationships} relationships at ${Math.round(load.relationshipsPerSecond)}/s`,
    );
  }
  const warming = performance.now();
  // Past the gateway's 30 s statement deadline at 10M nodes (it reads every property once): an hour.
  await gateway.runAutoCommit(cypher("bench/warm-page-cache"), {}, 3_600_000);
  log(`  page cache warmed in ${((performance.now() - warming) / 1000).toFixed(1)} s`);

  // Each GraphQL server runs in its own process, as deployed; the load generator and the raw
  // Cypher loop run here.
  const ours = await spawnServer("ours", opts.bolt);
  const url = ours.url;
  const other = opts.compare === false ? null : await spawnServer("neo4j-graphql", opts.bolt);
  const results: QueryResult[] = [];
  const failures: { name: string; error: string }[] = [];
  let peakRssMb: number | null;
  let apiGc: GcFigures | null;
  // What our HTTP + GraphQL stack costs with no database work at all: the part of every API figure raw Cypher does not pay.
  const floor: { connections: number; api: Measure }[] = [];
  try {
    for (const connections of opts.connections) {
      floor.push({ connections, api: await runApi(url, { graphql: "{ __typename }", variables: {} }, connections, Math.min(opts.seconds, 3)) });
    }
    const mix = queryMix(probes);
    const [before] = await gateway.read(cypher("bench/people-before"), { name: probes.middleCursorName });
    // The same Lucene query as our raw search sends, for @neo4j/graphql's @fulltext.
    const search = mix.find((q) => q.name === "full-text search")!;
    const comparison = { ...probes, middleOffset: Number(before?.n ?? 0), luceneQuery: String(search.raw[0]!.params.query) };
    // --only lookup,nested: the queries whose names contain any of the parts.
    const parts = opts.only?.split(",").filter(Boolean) ?? [];
    for (const spec of mix.filter((q) => !parts.length || parts.some((p) => q.name.includes(p)))) {
      const probe = await answerOnce(url, spec, spec.name);
      const query = other && NEO4J_GRAPHQL_QUERIES[spec.name]?.(comparison);
      const expressed = other && query ? { url: other.url, spec: { graphql: query.query, variables: query.variables } } : null;
      let theirs = expressed;
      if (theirs) {
        // A query @neo4j/graphql can express but not answer is a finding, not the end of the run.
        try {
          await answerOnce(theirs.url, theirs.spec, `@neo4j/graphql ${spec.name}`);
        } catch (err) {
          failures.push({ name: spec.name, error: (err as Error).message });
          log(`  ${(err as Error).message}: @neo4j/graphql is not measured for it`);
          theirs = null;
        }
      }
      // Warm-up, discarded: JIT, plan caches and the page cache of a freshly imported store.
      const warm = Math.min(2, opts.seconds);
      await runApi(url, spec, 10, warm);
      await runRaw(gateway, spec, 10, warm);
      if (theirs) await runApi(theirs.url, theirs.spec, 10, warm);
      for (const connections of opts.connections) {
        // Alternate: our API, the same work as raw Cypher, then @neo4j/graphql, for each concurrency.
        const api = await runApi(url, spec, connections, opts.seconds, opts.requestTimeout);
        const raw = await runRaw(gateway, spec, connections, opts.seconds);
        const neo4jGraphql = theirs ? await runApi(theirs.url, theirs.spec, connections, opts.seconds, opts.requestTimeout) : null;
        results.push({ name: spec.name, connections, api, raw, neo4jGraphql, roundTrips: probe.extensions?.roundTrips ?? -1 });
        log(
          `  ${spec.name} ×${connections}: API ${api.perSecond.toFixed(0)}/s p50 ${api.p50.toFixed(1)} ms; raw ${raw.perSecond.toFixed(0)}/s p50 ${raw.p50.toFixed(1)} ms` +
            (neo4jGraphql ? `; @neo4j/graphql ${neo4jGraphql.perSecond.toFixed(0)}/s p50 ${neo4jGraphql.p50.toFixed(1)} ms` : ""),
        );
      }
    }
  } finally {
    peakRssMb = ours.peakRssMb();
    await ours.stop();
    apiGc = ours.gc();
    await other?.stop();
  }
  log(`  our API's peak RSS over the run: ${peakRssMb ?? "unknown"} MB`);
  if (apiGc) log(`  our API's ${gcLine(apiGc)}`);
  // What the API process ran with, for an A/B's tables to say which side they are.
  const apiSettings = {
    GRAPHQL_JIT: process.env.GRAPHQL_JIT || "default",
    GRAPHQL_DIRECT: process.env.GRAPHQL_DIRECT || "default",
    nodeFlags: process.env.BENCH_NODE_FLAGS || "",
  };
  return { size: opts.size, graph: c, load, floor, results, neo4jGraphqlFailures: failures, apiPeakRssMb: peakRssMb, apiGc, apiSettings };
}

const n0 = (x: number) => Math.round(x).toLocaleString("en-GB");

function loadLine(l: LoadFigures | ImportLoad): string {
  if (l.method === "unwind") {
    return `Bulk load (batched UNWIND, 20,000 rows a transaction, constraints in place): ${n0(l.nodesPerSecond)} nodes/s, ${n0(l.relationshipsPerSecond)} relationships/s.`;
  }
  const i = l as ImportLoad;
  const s = (x: number) => `${x.toFixed(1)} s`;
  return (
    `Bulk load (neo4j-admin database import): ${n0(i.nodesPerSecond)} nodes/s (node phase ${s(i.nodePhaseSeconds)}), ` +
    `${n0(i.relationshipsPerSecond)} relationships/s (relationship phases ${s(i.relationshipPhaseSeconds)}); the tool's run ${s(i.importSeconds)} with its JVM. ` +
    `Around it: graph generated straight into CSV ${s(i.csvSeconds)} (the generating process's peak RSS ${n0(i.csvPeakRssMb)} MB), empty lists set ${s(i.emptyListSeconds)}, constraints and indexes built ${s(i.indexSeconds)}; ` +
    `end to end ${s(i.endToEndSeconds)}, ${n0(i.nodes / i.endToEndSeconds)} nodes/s.` +
    (i.reused
      ? " (Store reused from an earlier import (--reuse): the CSV and import figures are that run's, empty lists and indexes were only checked again.)"
      : "")
  );
}

export function markdown(r: Awaited<ReturnType<typeof runBench>>): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
  return [
    `### ${r.graph.nodes.toLocaleString("en-GB")} nodes, ${r.graph.relationships.toLocaleString("en-GB")} relationships`,
    "",
    loadLine(r.load),
    "",
    `Our API ran with GRAPHQL_JIT ${r.apiSettings.GRAPHQL_JIT}, GRAPHQL_DIRECT ${r.apiSettings.GRAPHQL_DIRECT ?? "default"} and Node flags ${r.apiSettings.nodeFlags ? `\`${r.apiSettings.nodeFlags}\`` : "none beyond the defaults"}.`,
    "",
    `HTTP + GraphQL alone (\`{ __typename }\`, no database): ${r.floor.map((x) => `${x.api.perSecond.toFixed(0)} req/s, p50 ${x.api.p50.toFixed(1)} ms at ${x.connections}`).join("; ")} connection(s).`,
    "",
    "| query | conns | API req/s | API p50 | API p95 | API p99 | raw req/s | raw p50 | raw p95 | raw p99 | API/raw p50 | @neo4j/graphql req/s | its p50 | its p99 | round trips |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.results.map(
      (x) =>
        `| ${x.name} | ${x.connections} | ${x.api.perSecond.toFixed(0)} | ${f(x.api.p50)} | ${f(x.api.p95)} | ${f(x.api.p99)} | ${x.raw.perSecond.toFixed(0)} | ${f(x.raw.p50)} | ${f(x.raw.p95)} | ${f(x.raw.p99)} | ${(x.api.p50 / x.raw.p50).toFixed(2)} | ${x.neo4jGraphql ? x.neo4jGraphql.perSecond.toFixed(0) : "–"} | ${x.neo4jGraphql ? f(x.neo4jGraphql.p50) : "–"} | ${x.neo4jGraphql ? f(x.neo4jGraphql.p99) : "–"} | ${x.roundTrips} |`,
    ),
    "",
    "Latencies in milliseconds. API: our GraphQL server under autocannon; raw: the same Cypher through the driver at the same concurrency; @neo4j/graphql: serving the same database under autocannon (only the queries it can express).",
    ...(r.neo4jGraphqlFailures.length ? ["", ...r.neo4jGraphqlFailures.map((x) => `@neo4j/graphql could not answer "${x.name}": ${x.error}`)] : []),
    "",
    `Our API's peak resident memory over the whole run (VmHWM): ${r.apiPeakRssMb ?? "unknown"} MB.`,
    ...(r.apiGc ? ["", `Our API's garbage collection over the whole run: ${gcLine(r.apiGc)}.`] : []),
  ].join("\n");
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "10k" },
      duration: { type: "string", default: "5" },
      connections: { type: "string", default: "1,10,50" },
      only: { type: "string" },
      load: { type: "string", default: "import" },
      reuse: { type: "boolean", default: false },
      "request-timeout": { type: "string", default: "10" },
    },
  });
  if (values.load !== "import" && values.load !== "unwind") throw new Error(`--load must be import or unwind; got ${values.load}`);
  const size = parseSize(values.size!);
  const log = (l: string) => process.stderr.write(`${l}\n`);
  let local: LocalNeo4j | null = null;
  let uri = process.env.BENCH_NEO4J_URI;
  let imported: { probes: SynProbes; figures: ImportFigures } | undefined;
  if (!uri) {
    const home = path.join(PROJECT_ROOT, ".neo4j", "bench");
    // What an import left for --reuse: its size, probes and figures.
    const kept = path.join(home, "bench-import.json");
    const previous =
      values.reuse && values.load === "import" && fs.existsSync(kept)
        ? (JSON.parse(fs.readFileSync(kept, "utf8")) as { size: number; probes: SynProbes; figures: ImportFigures })
        : null;
    if (previous && previous.size !== size) throw new Error(`--reuse: .neo4j/bench holds an import of size ${previous.size}, not ${size}`);
    if (previous) {
      log(`Reusing the store imported earlier in .neo4j/bench (${previous.figures.nodes} nodes); its load figures are that run's.`);
      imported = { probes: previous.probes, figures: { ...previous.figures, reused: true } };
    } else {
      fs.rmSync(home, { recursive: true, force: true });
      // neo4j-admin import writes the store of a database that does not exist yet: before the server starts.
      if (values.load === "import") {
        log(`Generating a SYNTHETIC graph of about ${size} nodes straight into CSV…`);
        imported = await importSynthetic(size, home, log);
        fs.writeFileSync(kept, JSON.stringify({ size, ...imported }));
      }
    }
    local = await startLocalNeo4j({
      home,
      boltPort: 0,
      heap: process.env.BENCH_HEAP ?? "6g",
      pageCacheMb: Number(process.env.BENCH_PAGECACHE_MB ?? 6144),
      startTimeoutMs: 300_000,
      log,
    });
    uri = local.uri;
  }
  const driver = createDriver(uri, process.env.NEO4J_USERNAME || "neo4j", process.env.NEO4J_PASSWORD || "");
  try {
    const bolt = { uri, user: process.env.NEO4J_USERNAME || "neo4j", password: process.env.NEO4J_PASSWORD || "", database: "neo4j" };
    const result = await runBench({
      size,
      seconds: Number(values.duration),
      connections: values.connections!.split(",").map(Number),
      requestTimeout: Number(values["request-timeout"]),
      gateway: new Neo4jGateway(driver, "neo4j"),
      bolt,
      log,
      ...(values.only ? { only: values.only } : {}),
      ...(imported ? { imported } : {}),
    });
    const dir = path.join(PROJECT_ROOT, "bench", "results");
    fs.mkdirSync(dir, { recursive: true });
    const stamp = `${values.size}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.writeFileSync(
      path.join(dir, `${stamp}.json`),
      JSON.stringify({ ...result, machine: { cpus: (await import("node:os")).cpus().length, node: process.version } }, null, 2),
    );
    const md = markdown(result);
    fs.writeFileSync(path.join(dir, `${stamp}.md`), md);
    process.stdout.write(`${md}\n`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
