import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/env.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { parseSize, queryMix, spawnServer, type BoltTarget } from "./run.js";
import type { SynProbes } from "./synthetic.js";

/**
 * npm run bench:cpu -- --size 100k [--requests 2000] [--rounds 2] [--only lookup,nested] [--switch GRAPHQL_DIRECT]
 *
 * The API's own CPU time per request, with a switch off and on (GRAPHQL_JIT unless `--switch`
 * names another: false, then true, alternately, `rounds` times): a fresh server, 300 requests to warm it, then `requests` sent one after another,
 * and the server process's CPU time over them (from /proc). Unlike latency, this figure hardly
 * moves when other work shares the machine's cores, so a small difference in execution cost shows.
 * Runs on the store the last `npm run bench -- --size <same>` import left in .neo4j/bench.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100k" },
      requests: { type: "string", default: "2000" },
      rounds: { type: "string", default: "2" },
      only: { type: "string", default: "lookup,nested" },
      switch: { type: "string", default: "GRAPHQL_JIT" },
    },
  });
  const size = parseSize(values.size!);
  const home = path.join(PROJECT_ROOT, ".neo4j", "bench");
  const kept = path.join(home, "bench-import.json");
  if (!fs.existsSync(kept)) throw new Error(`No benchmark store in ${home}: run \`npm run bench -- --size ${values.size}\` first.`);
  const previous = JSON.parse(fs.readFileSync(kept, "utf8")) as { size: number; probes: SynProbes; figures: { nodes: number } };
  if (previous.size !== size) throw new Error(`.neo4j/bench holds an import of size ${previous.size}, not ${size}`);
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const local = await startLocalNeo4j({ home, boltPort: 0, heap: "6g", pageCacheMb: 6144, startTimeoutMs: 300_000, log });
  const bolt: BoltTarget = { uri: local.uri, user: "neo4j", password: "", database: "neo4j" };
  const parts = values.only!.split(",").filter(Boolean);
  const mix = queryMix(previous.probes).filter((q) => parts.some((p) => q.name.includes(p)));
  const n = Number(values.requests);
  const rows: string[] = [];
  try {
    for (let round = 1; round <= Number(values.rounds); round++) {
      for (const on of ["false", "true"]) {
        // spawnServer hands its environment to the server: the switch is read there.
        process.env[values.switch!] = on;
        const server = await spawnServer("ours", bolt);
        try {
          for (const spec of mix) {
            const body = JSON.stringify({ query: spec.graphql, variables: spec.variables });
            const send = async () => {
              const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body });
              const answer = (await res.json()) as { errors?: unknown };
              if (answer.errors) throw new Error(`${spec.name}: ${JSON.stringify(answer.errors)}`);
            };
            for (let i = 0; i < 300; i++) await send();
            const cpu0 = server.cpuMs()!;
            const lat: number[] = [];
            for (let i = 0; i < n; i++) {
              const t = performance.now();
              await send();
              lat.push(performance.now() - t);
            }
            const cpu = (server.cpuMs()! - cpu0) / n;
            lat.sort((a, b) => a - b);
            const row = `| ${spec.name} | ${on === "true" ? "on" : "off"} | ${round} | ${cpu.toFixed(2)} | ${lat[Math.floor(n / 2)]!.toFixed(2)} | ${lat[Math.floor(n * 0.99)]!.toFixed(2)} |`;
            log(row);
            rows.push(row);
          }
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await local.stop();
  }
  process.stdout.write(
    [
      `API CPU per request, ${n} requests one after another (${previous.figures.nodes.toLocaleString("en-GB")} nodes):`,
      "",
      `| query | ${values.switch} | round | API CPU ms/request | p50 ms | p99 ms |`,
      "| --- | --- | ---: | ---: | ---: | ---: |",
      ...rows,
      "",
    ].join("\n"),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
