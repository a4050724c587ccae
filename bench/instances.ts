import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../src/config/env.js";
import { cypher } from "../src/neo4j/cypher-files.js";
import { importedServer } from "./imported-server.js";
import { parseSize, queryMix, spawnServer, type ServerProcess } from "./run.js";

/**
 * The mixed read load across 1, 2 and 3 API instances against one Neo4j:
 *   npm run bench:instances -- [--size 100k] [--duration 10] [--connections 30] [--instances 1,2,3]
 * The connections are shared out over the instances, so each step offers the same load; what
 * changes is how many Node processes serve it. Prints the throughput and latency of each step.
 */

/** The read mix a dashboard and the explorer send: look-ups, nested pages, search, membership. */
const MIX = ["lookup by id", "nested 4 levels", "full-text search", "membershipGaps", "quorum", "lineage"];

interface Step {
  instances: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  peakRssMb: (number | null)[];
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function load(servers: ServerProcess[], requests: { body: string }[], connections: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const share = (i: number) => Math.floor(connections / servers.length) + (i < connections % servers.length ? 1 : 0);
  await Promise.all(
    servers.map(
      (s, i) =>
        new Promise<void>((resolve, reject) => {
          const run = autocannon(
            {
              url: s.url,
              connections: share(i),
              duration: seconds,
              requests: requests.map((r) => ({ method: "POST", headers: { "content-type": "application/json" }, body: r.body })),
            },
            (err) => (err ? reject(err) : resolve()),
          );
          run.on("response", (_c: unknown, status: number, _b: number, ms: number) => {
            if (status === 200) latencies.push(ms);
            else errors++;
          });
        }),
    ),
  );
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99), errors };
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100k" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "30" },
      instances: { type: "string", default: "1,2,3" },
    },
  });
  const size = parseSize(values.size!);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const server = await importedServer("bench-instances", size, log);
  const { probes, gateway, bolt } = server;
  try {
    await gateway.read(cypher("bench/warm-page-cache"));
    const requests = queryMix(probes)
      .filter((q) => MIX.includes(q.name))
      .map((q) => ({ body: JSON.stringify({ query: q.graphql, variables: q.variables }) }));
    const steps: Step[] = [];
    for (const n of values.instances!.split(",").map(Number)) {
      const servers = await Promise.all(Array.from({ length: n }, () => spawnServer("ours", bolt)));
      try {
        await load(servers, requests, connections, Math.min(5, seconds)); // warm-up, discarded
        const r = await load(servers, requests, connections, seconds);
        steps.push({ instances: n, ...r, peakRssMb: servers.map((s) => s.peakRssMb()) });
        log(`  ${n} instance(s): ${r.perSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.errors} errors`);
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    }
    const c = server.counts;
    const base = steps[0]?.perSecond ?? 1;
    const md = [
      `Mixed reads (${MIX.join(", ")}, in turn) over ${connections} connections shared out across the instances, ${seconds} s a step; SYNTHETIC graph of ${c.nodes} nodes and ${c.relationships} relationships; ${os.cpus().length} cores shared by Neo4j, the instances and the load generator; Node ${process.version}.`,
      "",
      "| instances | req/s | × one instance | p50 ms | p99 ms | errors | peak RSS per instance (MB) |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      ...steps.map(
        (s) =>
          `| ${s.instances} | ${s.perSecond.toFixed(0)} | ${(s.perSecond / base).toFixed(2)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.errors} | ${s.peakRssMb.join(", ")} |`,
      ),
    ].join("\n");
    const out = path.join(PROJECT_ROOT, "bench", "results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `instances-${values.size}-${new Date().toISOString().replace(/[:.]/g, "-")}.md`), `${md}\n`);
    process.stdout.write(`${md}\n`);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
