import "reflect-metadata";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config/env.js";
import { cypher } from "../src/neo4j/cypher-files.js";
import { createDriver, Neo4jGateway } from "../src/neo4j/gateway.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { parseSize, queryMix, runRaw, spawnServer, type BoltTarget } from "./run.js";
import type { SynProbes } from "./synthetic.js";

/**
 * npm run bench:membership -- --size 100k [--reps 40] [--statement <file.cypher>] [--no-api]
 *
 * The cold membership analyses (issue 17): what the first membershipGaps or quorum after a write
 * costs, which the main benchmark cannot show, since its API figures are served from the caches.
 * On the store the last `npm run bench -- --size <same>` import left in .neo4j/bench:
 * - the statement a cold call sends (the graph's version and the context, membership-context-since)
 *   PROFILEd: its db hits and rows, and the operators that cost most;
 * - the statement run `reps` times one after another: the median as the client sees it (decoding
 *   included) and as the server reports it (resultAvailableAfter + resultConsumedAfter), the
 *   second hardly moved by other work on the machine's cores; then 10 at a time for 5 s;
 * - its answer's size on the wire: the bytes Neo4j sends for it, counted by a proxy in between;
 * - through the API, `reps` times each: a write that moves the graph's version on, then the query
 *   timed, so that every measured answer is a cold one (context loaded, report computed); then
 *   at 10 connections, `reps` rounds of a write and ten calls at once, each for another
 *   partnership (or a meeting of another), so that no call is served what another loaded.
 * --statement measures another text of the statement (e.g. an earlier version) in its place, for
 * an A/B on the same store; the API always runs the code as it is.
 */

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: ProfiledPlan[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The plan's operators, depth first, each with its own db hits. */
function operators(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

async function profile(driver: Driver, text: string, params: Record<string, unknown>, log: (l: string) => void) {
  const session = driver.session({ database: "neo4j", defaultAccessMode: "READ" });
  try {
    const { summary } = await session.run(`PROFILE ${text}`, params);
    const ops = operators(summary.profile as unknown as ProfiledPlan);
    const hits = ops.reduce((s, o) => s + Number(o.dbHits), 0);
    log(`  PROFILE: ${hits.toLocaleString("en-GB")} db hits over ${ops.length} operators`);
    for (const o of [...ops].sort((a, b) => Number(b.dbHits) - Number(a.dbHits)).slice(0, 12)) {
      const details = String(o.arguments.Details ?? "").slice(0, 110);
      log(`    ${String(o.dbHits).padStart(9)} hits ${String(o.rows).padStart(7)} rows  ${o.operatorType}  ${details}`);
    }
    return hits;
  } finally {
    await session.close();
  }
}

/**
 * The bytes Neo4j sends in answer to the statement (records and summary, Bolt framing included),
 * counted by a TCP proxy between a driver of its own and the server. The connection is opened and
 * greeted first, so that the handshake is not counted.
 */
async function answerBytes(uri: string, text: string, params: Record<string, unknown>): Promise<number> {
  const target = new URL(uri);
  let counting = false;
  let received = 0;
  const proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    upstream.on("data", (chunk: Buffer) => {
      if (counting) received += chunk.length;
    });
    client.pipe(upstream).on("error", () => client.destroy());
    upstream.pipe(client).on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const driver = createDriver(`bolt://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`, "neo4j", "", 1);
  const session = driver.session({ database: "neo4j", defaultAccessMode: "READ" });
  try {
    await session.run("RETURN 1");
    counting = true;
    await session.run(text, params);
    counting = false;
    return received;
  } finally {
    await session.close();
    await driver.close();
    await new Promise((resolve) => proxy.close(resolve));
  }
}

/** One run of the statement in a read transaction: client and server milliseconds. */
async function timed(driver: Driver, text: string, params: Record<string, unknown>) {
  const session = driver.session({ database: "neo4j", defaultAccessMode: "READ" });
  try {
    const t = performance.now();
    const result = await session.executeRead((tx) => tx.run(text, params));
    const client = performance.now() - t;
    const server = Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
    return { client, server };
  } finally {
    await session.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100k" },
      reps: { type: "string", default: "40" },
      statement: { type: "string" },
      "no-api": { type: "boolean", default: false },
    },
  });
  const size = parseSize(values.size!);
  const reps = Number(values.reps);
  const home = path.join(PROJECT_ROOT, ".neo4j", "bench");
  const kept = path.join(home, "bench-import.json");
  if (!fs.existsSync(kept)) throw new Error(`No benchmark store in ${home}: run \`npm run bench -- --size ${values.size}\` first.`);
  const previous = JSON.parse(fs.readFileSync(kept, "utf8")) as { size: number; probes: SynProbes };
  if (previous.size !== size) throw new Error(`.neo4j/bench holds an import of size ${previous.size}, not ${size}`);
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const local = await startLocalNeo4j({ home, boltPort: 0, heap: "6g", pageCacheMb: 6144, startTimeoutMs: 300_000, log });
  const driver = createDriver(local.uri, "neo4j", "");
  const gateway = new Neo4jGateway(driver, "neo4j");
  const bolt: BoltTarget = { uri: local.uri, user: "neo4j", password: "", database: "neo4j" };
  try {
    await gateway.runAutoCommit(cypher("bench/warm-page-cache"), {}, 3_600_000);
    // What a cold membershipGaps sends: the version, and the context, held at no version ($known empty).
    const text = values.statement ? fs.readFileSync(values.statement, "utf8") : cypher("queries/membership-context-since");
    const params = { partnership: previous.probes.partnership, known: {} };
    log(`Context statement (${values.statement ?? "cypher/queries/membership-context-since.cypher"}) for ${params.partnership}:`);
    // A row per part of the context, [name, values] (fragments/partnership-context.cypher, at its end).
    const rows = await gateway.read(text, params);
    const parts = new Map<string, { rows: number; entries: number }>();
    for (const { part } of rows) {
      const [name, values] = part as [string, unknown];
      const entries = name === "head" ? 1 : name === "attendance" ? (values as unknown[]).length : (values as [unknown, unknown[]])[1].length;
      const seen = parts.get(name) ?? { rows: 0, entries: 0 };
      parts.set(name, { rows: seen.rows + 1, entries: seen.entries + entries });
    }
    log(`  rows sent: ${rows.length} (${[...parts].map(([name, n]) => `${name}: ${n.rows} of ${n.entries}`).join(", ")})`);
    const hits = await profile(driver, text, params, log);
    const bytes = await answerBytes(local.uri, text, params);
    log(`  answer: ${bytes.toLocaleString("en-GB")} bytes on the wire`);
    for (let i = 0; i < 10; i++) await timed(driver, text, params);
    const runs = [];
    for (let i = 0; i < reps; i++) runs.push(await timed(driver, text, params));
    const client1 = median(runs.map((r) => r.client));
    const server1 = median(runs.map((r) => r.server));
    const raw10 = await runRaw(gateway, { name: "context", graphql: "", variables: {}, raw: [{ cypher: text, params }] }, 10, 5);
    log(
      `  one at a time, median of ${reps}: ${client1.toFixed(1)} ms at the client, ${server1.toFixed(0)} ms at the server; 10 at a time: p50 ${raw10.p50.toFixed(1)} ms`,
    );
    // As the API is asked at 10 below: ten partnerships at once, each statement timed at the client.
    const ten = await gateway.read(cypher("bench/membership-probes"), {
      partnerships: Array.from({ length: 10 }, (_, i) => `partnership:syn-${i}`),
    });
    const rounds10: number[] = [];
    for (let i = 0; i < reps; i++)
      rounds10.push(...(await Promise.all(ten.map((r) => timed(driver, text, { ...params, partnership: r.partnership }).then((t) => t.client)))));
    log(`  ${ten.length} partnerships at once, median of ${rounds10.length}: ${median(rounds10).toFixed(1)} ms at the client`);
    const figures: Record<string, unknown> = { size, hits, bytes, client1, server1, raw10p50: raw10.p50, raw10partnerships: median(rounds10) };

    if (!values["no-api"]) {
      const api = await spawnServer("ours", bolt);
      const bump = () => gateway.write((tx) => tx.run(cypher("ingest/bump-graph-version")));
      /** One call, timed; an answer with errors stops the benchmark. */
      const call = async (name: string, body: string) => {
        const t = performance.now();
        const res = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
        const answer = (await res.json()) as { errors?: unknown };
        if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
        return performance.now() - t;
      };
      try {
        const mix = queryMix(previous.probes).filter((q) => q.name === "membershipGaps" || q.name === "quorum");
        for (const spec of mix) {
          const body = JSON.stringify({ query: spec.graphql, variables: spec.variables });
          const once = async () => {
            await bump();
            return call(spec.name, body);
          };
          for (let i = 0; i < 10; i++) await once();
          const cold: number[] = [];
          for (let i = 0; i < reps; i++) cold.push(await once());
          log(`  API ${spec.name}, cold (first call after a write), median of ${reps}: ${median(cold).toFixed(1)} ms`);
          figures[`api ${spec.name} cold`] = median(cold);

          const bodies = ten.map((r) =>
            JSON.stringify({
              query: spec.graphql,
              variables: spec.name === "quorum" ? { ...spec.variables, m: r.meeting } : { ...spec.variables, p: r.partnership },
            }),
          );
          const round = async () => {
            await bump();
            return Promise.all(bodies.map((b) => call(spec.name, b)));
          };
          await round();
          const cold10: number[] = [];
          for (let i = 0; i < reps; i++) cold10.push(...(await round()));
          log(
            `  API ${spec.name}, cold at 10 connections (${ten.length} partnerships at once), median of ${reps * ten.length}: ${median(cold10).toFixed(1)} ms`,
          );
          figures[`api ${spec.name} cold 10`] = median(cold10);
        }
      } finally {
        await api.stop();
      }
    }
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await driver.close();
    await local.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
