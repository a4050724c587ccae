import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/env.js";
import { FORMAT_NAMES } from "../src/export/options.js";
import { importedServer } from "./imported-server.js";
import { parseSize } from "./run.js";

/**
 * npm run bench:export -- [--size 100k|1m|<n>] [--formats popolo,graphml,gexf,jsonld]
 *
 * Builds a SYNTHETIC graph (bench/synthetic.ts) with neo4j-admin import into a Neo4j of its own
 * (.neo4j/bench-export), then runs `npm run export` for each format as its own process, so each
 * figure is one export's: wall time (process start and Neo4j connection included) and the peak
 * resident memory the CLI reports (getrusage's maxRSS). Prints a table; writes
 * bench/results/export-<size>-<time>.md.
 */

interface Figure {
  format: string;
  seconds: number;
  peakRssMb: number;
  megabytes: number;
  nodes: number;
  edges: number;
}

function runExport(uri: string, format: string, out: string): Promise<Figure> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/export.ts"), "--format", format, "--out", out], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: "warn" },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const m = stderr.match(/Wrote (\d+) entities and (\d+) relationships \(([\d.]+) MB\) .* peak RSS (\d+) MB/);
      if (code !== 0 || !m) return reject(new Error(`export ${format} failed (exit ${code}): ${stderr}`));
      resolve({
        format,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: Number(m[4]),
        megabytes: Number(m[3]),
        nodes: Number(m[1]),
        edges: Number(m[2]),
      });
    });
  });
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: "string", default: "100k" }, formats: { type: "string", default: FORMAT_NAMES.join(",") } } });
  const size = parseSize(values.size!);
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const server = await importedServer("bench-export", size, log, { heap: "2g", pageCacheMb: 2048 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-bench-export-"));
  try {
    const results: Figure[] = [];
    for (const format of values.formats!.split(",")) {
      log(`Exporting ${format}…`);
      const figure = await runExport(server.local.uri, format, path.join(dir, `export.${format}`));
      log(`  ${figure.seconds.toFixed(1)} s, peak RSS ${figure.peakRssMb} MB, ${figure.megabytes} MB written`);
      results.push(figure);
      fs.rmSync(path.join(dir, `export.${format}`), { force: true });
    }
    const c = server.counts;
    const md = [
      `Export of a SYNTHETIC graph of ${c.nodes} nodes and ${c.relationships} relationships (${os.cpus().length} cores, Node ${process.version}); each export its own process.`,
      "",
      "| format | time | peak RSS | file | entities | relationships |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...results.map((r) => `| ${r.format} | ${r.seconds.toFixed(1)} s | ${r.peakRssMb} MB | ${r.megabytes} MB | ${r.nodes} | ${r.edges} |`),
    ].join("\n");
    const out = path.join(PROJECT_ROOT, "bench", "results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `export-${values.size}-${new Date().toISOString().replace(/[:.]/g, "-")}.md`), `${md}\n`);
    process.stdout.write(`${md}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
