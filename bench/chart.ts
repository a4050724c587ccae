import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config/env.js";
import type { QueryResult } from "./run.js";

/**
 * npm run bench:chart -- [--connections 10] [--out docs/benchmarks-latency.svg]
 *
 * Draws p50 and p99 against graph size for each query of the mix — our API, raw Cypher through the
 * driver, @neo4j/graphql where it can express the query — from the newest result file of each size
 * in bench/results/ (written by `npm run bench`). One SVG, small multiples, log scales; no library:
 * the chart is a few dozen lines and paths.
 */

interface RunFile {
  size: number;
  graph: { nodes: number };
  results: QueryResult[];
}

const SERIES = [
  { key: "api", label: "our API", colour: "#1b6ca8" },
  { key: "raw", label: "raw Cypher", colour: "#2e8540" },
  { key: "neo4jGraphql", label: "@neo4j/graphql", colour: "#c0392b" },
] as const;

/** Per size, the newest run of the whole mix (a run with --only measures part of it and is passed over). */
function newestPerSize(dir: string): RunFile[] {
  const bySize = new Map<string, RunFile>();
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => /^\d+[km]?-.*\.json$/.test(x))
    .sort()) {
    const run = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as RunFile;
    if (!Array.isArray(run.results)) continue;
    const size = f.split("-")[0]!;
    if (run.results.length >= (bySize.get(size)?.results.length ?? 0)) bySize.set(size, run);
  }
  return [...bySize.values()].sort((a, b) => a.graph.nodes - b.graph.nodes);
}

/** 998,808 → "1M", 99,888 → "100k": sizes as the bench's --size names them. */
const nodesLabel = (n: number) => (n >= 5e5 ? `${Math.round(n / 1e5) / 10}M` : `${Math.round(n / 1e3)}k`);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function chart(runs: RunFile[], connections: number): string {
  const queries = [...new Set(runs.flatMap((r) => r.results.map((x) => x.name)))];
  const W = 300;
  const H = 190;
  const pad = { l: 46, r: 22, t: 30, b: 30 };
  const cols = 3;
  const rows = Math.ceil(queries.length / cols);
  const sizes = runs.map((r) => r.graph.nodes);
  const [x0, x1] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))];
  const panels: string[] = [];
  queries.forEach((q, i) => {
    const ox = (i % cols) * W;
    const oy = Math.floor(i / cols) * H + 30;
    const points = (key: (typeof SERIES)[number]["key"], p: "p50" | "p99") =>
      runs
        .map((r) => {
          const m = r.results.find((x) => x.name === q && x.connections === connections)?.[key];
          return m && Number.isFinite(m[p]) ? { n: r.graph.nodes, ms: m[p] } : null;
        })
        .filter((v): v is { n: number; ms: number } => v !== null);
    const all = SERIES.flatMap((s) => [...points(s.key, "p50"), ...points(s.key, "p99")]).map((v) => v.ms);
    if (!all.length) return;
    const [y0, y1] = [Math.floor(Math.log10(Math.max(0.1, Math.min(...all)))), Math.ceil(Math.log10(Math.max(...all)))];
    const sx = (n: number) => ox + pad.l + ((Math.log10(n) - x0) / Math.max(1e-9, x1 - x0)) * (W - pad.l - pad.r);
    const sy = (ms: number) => oy + H - pad.b - ((Math.log10(Math.max(ms, 0.1)) - y0) / Math.max(1e-9, y1 - y0)) * (H - pad.t - pad.b);
    const grid: string[] = [];
    for (let e = y0; e <= y1; e++) {
      const y = sy(10 ** e);
      grid.push(`<line x1="${ox + pad.l}" x2="${ox + W - pad.r}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
      grid.push(`<text x="${ox + pad.l - 4}" y="${y + 3}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(1)}</text>`);
    }
    for (const n of sizes) grid.push(`<text x="${sx(n)}" y="${oy + H - pad.b + 14}" text-anchor="middle">${nodesLabel(n)}</text>`);
    const lines = SERIES.flatMap((s) =>
      (["p50", "p99"] as const).map((p) => {
        const pts = points(s.key, p);
        if (!pts.length) return "";
        const d = pts.map((v, j) => `${j ? "L" : "M"}${sx(v.n).toFixed(1)},${sy(v.ms).toFixed(1)}`).join(" ");
        const dots = pts.map((v) => `<circle cx="${sx(v.n).toFixed(1)}" cy="${sy(v.ms).toFixed(1)}" r="2" fill="${s.colour}"/>`).join("");
        return `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="1.6"${p === "p99" ? ' stroke-dasharray="4 3"' : ""}/>${dots}`;
      }),
    );
    panels.push(
      `<g><text x="${ox + pad.l}" y="${oy + 14}" font-weight="bold">${esc(q)}</text>${grid.join("")}${lines.join("")}<text x="${ox + pad.l - 4}" y="${oy + pad.t - 8}" text-anchor="end">ms</text></g>`,
    );
  });
  const legend = SERIES.map(
    (s, i) =>
      `<g transform="translate(${10 + i * 150},12)"><line x1="0" x2="22" y1="0" y2="0" stroke="${s.colour}" stroke-width="2"/><text x="28" y="4">${s.label}</text></g>`,
  ).join("");
  const width = cols * W;
  const height = rows * H + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="10">
<rect width="100%" height="100%" fill="white"/>
${legend}<text x="${width - 10}" y="16" text-anchor="end">p50 solid, p99 dashed; ${connections} connections; graph size (nodes) across, latency (ms, log) up</text>
${panels.join("\n")}
</svg>
`;
}

function main() {
  const { values } = parseArgs({
    options: { connections: { type: "string", default: "10" }, out: { type: "string", default: "docs/benchmarks-latency.svg" } },
  });
  const runs = newestPerSize(path.join(PROJECT_ROOT, "bench", "results"));
  if (runs.length < 2) throw new Error("bench:chart needs result files of at least two sizes in bench/results/ (run npm run bench -- --size …)");
  const out = path.resolve(PROJECT_ROOT, values.out!);
  fs.writeFileSync(out, chart(runs, Number(values.connections)));
  process.stdout.write(`Wrote ${path.relative(PROJECT_ROOT, out)} from ${runs.map((r) => r.graph.nodes).join(", ")}-node runs\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
