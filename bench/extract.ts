import fs from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { readBatch } from "../src/dataset/read.js";
import { extract } from "../src/ingest/extract.js";
import { KnownEntities } from "../src/ingest/known.js";
import { pdfToText } from "../src/ingest/pdf.js";
import { splitFiles } from "../src/ingest/score/corpus.js";

/**
 * How long extraction of a 20-page PDF takes (npm run bench:extract [-- --pages N]): a PDF made here
 * from the development corpus's texts, 48 lines a page, read with pdf.js and extracted against the
 * seed graph. Prints the median and slowest of five runs for text extraction and for the pipeline.
 */
const pages = Number(process.argv[process.argv.indexOf("--pages") + 1] ?? 20) || 20;
const lines: string[] = [];
for (const file of splitFiles("dev")) {
  const source = file.replace(/([^/]+)\.yaml$/, "sources/$1.txt");
  for (const l of fs.readFileSync(source, "utf8").split("\n")) {
    // Helvetica's WinAnsi encoding has no form feeds or exotic characters; wrap long lines at 100.
    const clean = l
      .replace(/[^\x20-\x7e£’‘“”–—•]/g, " ")
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, "-")
      .replace(/•/g, "*");
    for (let i = 0; i < Math.max(1, clean.length); i += 100) lines.push(clean.slice(i, i + 100));
  }
}
const pdf = await PDFDocument.create();
const font = await pdf.embedFont(StandardFonts.Helvetica);
for (let p = 0; p < pages; p++) {
  const page = pdf.addPage([595, 842]);
  for (let i = 0; i < 48; i++) page.drawText(lines[(p * 48 + i) % lines.length]!, { x: 36, y: 800 - i * 16, size: 9, font });
}
const bytes = await pdf.save();
const known = KnownEntities.fromBatch(readBatch(splitFiles("seeds")));
const runs: { text: number; pipeline: number; chars: number; facts: number }[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  const text = await pdfToText(new Uint8Array(bytes));
  const t1 = performance.now();
  const ex = extract(text, { file: "bench.txt", known });
  const t2 = performance.now();
  runs.push({ text: t1 - t0, pipeline: t2 - t1, chars: text.length, facts: ex.draft.entities.length + ex.draft.relationships.length });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(
  [
    `PDF: ${pages} pages, ${(bytes.length / 1024).toFixed(0)} KB, ${runs[0]!.chars.toLocaleString("en-GB")} characters of text, ${runs[0]!.facts} facts drafted`,
    `pdf.js text extraction: median ${fmt(median(runs.map((r) => r.text)))}, slowest ${fmt(Math.max(...runs.map((r) => r.text)))}`,
    `extraction pipeline:    median ${fmt(median(runs.map((r) => r.pipeline)))}, slowest ${fmt(Math.max(...runs.map((r) => r.pipeline)))}`,
    `end to end:             median ${fmt(median(runs.map((r) => r.text + r.pipeline)))} (target: under 5 s)`,
    "",
  ].join("\n"),
);
