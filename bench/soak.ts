import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/env.js";
import { freePort } from "../src/neo4j/local-server.js";

/**
 * A soak run (npm run soak -- --minutes 10 [--connections 10]): the API as production runs it, in
 * a process of its own over a local Neo4j of its own (.neo4j/soak), under a mixed read load from
 * this process — look-ups, nested queries, pages, search, lineage, paths, membership — for the
 * given minutes. Prints, per minute, requests, p50 and p99 latency, errors and the API's RSS.
 */
const { values } = parseArgs({ options: { minutes: { type: "string", default: "10" }, connections: { type: "string", default: "10" } } });
const minutes = Number(values.minutes);
const connections = Number(values.connections);
const port = await freePort();
const bolt = await freePort();
const api = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: PROJECT_ROOT,
  env: {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    PORT: String(port),
    NEO4J_LOCAL_DIR: ".neo4j/soak",
    NEO4J_LOCAL_BOLT_PORT: String(bolt),
    NEO4J_LOCAL_PAGECACHE_MB: "256",
    NEO4J_LOCAL_HEAP: "1g",
  },
  stdio: ["pipe", "inherit", "inherit"],
});
const url = `http://127.0.0.1:${port}/graphql`;
for (let i = 0; ; i++) {
  if (i > 600) throw new Error("the API did not start within 5 minutes");
  const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 500));
}

const QUERIES = [
  `{ person(id: "person:alistair-bradley") { name attendance { status meeting { title date } } } }`,
  `{ partnership(id: "partnership:lsc-icp") { name meetings { id attendance { status person { name organisations { name } } } } } }`,
  `{ meetings(first: 20) { totalCount edges { node { title date body { name } } } } }`,
  `{ search(text: "reform") { score } }`,
  `{ lineage(id: "priority:transforming-community-services") { steps { position date dateText } } }`,
  `{ paths(from: "org:chorley-council", to: "partnership:lsc-icp", maxHops: 4) { length } }`,
  `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-07-15") { seats { status } } }`,
  `{ quorum(meetingId: "meeting:lsc-icp-2024-03-25") { outcome } }`,
];

const rssOf = (pid: number) => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)![1]) / 1024;
  } catch {
    return NaN;
  }
};
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);

let latencies: number[] = [];
let errors = 0;
let total = 0;
let totalErrors = 0;
const end = Date.now() + minutes * 60_000;
const worker = async (w: number) => {
  for (let n = w; Date.now() < end; n++) {
    const t0 = performance.now();
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERIES[n % QUERIES.length] }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (!res.ok || body.errors) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
};
process.stdout.write(
  `Soak: ${minutes} min, ${connections} connections, API pid ${api.pid}\n| minute | requests | p50 ms | p99 ms | errors | API RSS MB |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n`,
);
const report = setInterval(() => {
  const minute = Math.round((Date.now() - (end - minutes * 60_000)) / 60_000);
  process.stdout.write(
    `| ${minute} | ${latencies.length} | ${pct(latencies, 50).toFixed(1)} | ${pct(latencies, 99).toFixed(1)} | ${errors} | ${rssOf(api.pid!).toFixed(0)} |\n`,
  );
  total += latencies.length;
  totalErrors += errors;
  latencies = [];
  errors = 0;
}, 60_000);
await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
clearInterval(report);
total += latencies.length;
totalErrors += errors;
process.stdout.write(`Total: ${total} requests, ${totalErrors} errors.\n`);
api.kill("SIGTERM");
await new Promise((r) => api.once("exit", r));
fs.rmSync(path.join(PROJECT_ROOT, ".neo4j", "soak", "data"), { recursive: true, force: true });
