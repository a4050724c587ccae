import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { EXPLORER_DIST } from "../../src/http/explorer-build.js";

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(EXPLORER_DIST, file))).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe("the explorer's bundle (built by the global set-up)", () => {
  const html = fs.readFileSync(path.join(EXPLORER_DIST, "index.html"), "utf8");
  // What the first view loads: the entry script, and every chunk it imports statically (not the
  // views' chunks, which it imports with import() when a view is opened).
  const firstView: string[] = [];
  const visit = (file: string) => {
    if (firstView.includes(file)) return;
    firstView.push(file);
    const code = fs.readFileSync(path.join(EXPLORER_DIST, file), "utf8");
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(`assets/${m[1]}`);
  };
  for (const m of html.matchAll(/(?:src|href)="\/explore\/(assets\/[^"]+\.js)"/g)) visit(m[1]!);

  it("loads ≤ 300 KB of gzipped JavaScript for the first view, without the graph library (sizes printed)", () => {
    const all = fs.readdirSync(path.join(EXPLORER_DIST, "assets")).map((f) => `assets/${f}`);
    const rows = all.map((f) => ({ file: f, gzip: gz(f), first: firstView.includes(f) })).sort((a, b) => b.gzip - a.gzip);
    const firstTotal = rows.filter((r) => r.first).reduce((s, r) => s + r.gzip, 0);
    process.stdout.write(
      `[explorer] chunks, gzipped:\n${rows.map((r) => `  ${r.first ? "*" : " "} ${r.file.padEnd(44)} ${kb(r.gzip).padStart(9)}`).join("\n")}\n` +
        `[explorer] first view (*): ${kb(firstTotal)} of JavaScript gzipped\n`,
    );
    expect(firstView.length).toBeGreaterThan(0);
    expect(firstTotal).toBeLessThanOrEqual(300 * 1024);
    expect(firstView.some((f) => /cytoscape|yaml/.test(f))).toBe(false);
  });

  it("has no inline script, so the API's Content-Security-Policy (script-src 'self') holds", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
