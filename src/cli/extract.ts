import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { curatedFiles, readBatch } from "../dataset/read.js";
import { writeDraft } from "../dataset/draft-files.js";
import { draftYaml, reportLines } from "../ingest/draft.js";
import { extract } from "../ingest/extract.js";
import { KnownEntities } from "../ingest/known.js";
import { isPdf, pdfToText } from "../ingest/pdf.js";

const USAGE = `Usage: npm run extract -- <minutes.txt|minutes.pdf> [--out draft.yaml]

Reads a document, prints what it found (people, organisations, items, resolutions, actions and the
spans it could not interpret) and writes a draft data file with a quote for every fact, and the
document's text beside it (sources/). Review the draft, then load it with npm run ingest -- draft.yaml.`;

const { values, positionals } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
if (values.help || positionals.length !== 1) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const input = path.resolve(positionals[0]!);
const bytes = new Uint8Array(fs.readFileSync(input));
const text = isPdf(bytes) ? await pdfToText(bytes) : Buffer.from(bytes).toString("utf8");
const file = isPdf(bytes) ? input.replace(/\.pdf$/i, ".txt") : input;
const ex = extract(text, { file, known: KnownEntities.fromBatch(readBatch(curatedFiles())) });
const s = ex.summary;
process.stdout.write(
  `${path.basename(input)}: ${s.meetings} meeting(s), ${s.people} new people, ${s.attendance} attendance records, ${s.agendaItems} agenda items, ${s.resolutions} resolutions, ${s.actions} actions, ${s.unresolved} unresolved span(s)\n`,
);
for (const line of reportLines(ex)) process.stdout.write(`  ${line}\n`);
if (values.out) {
  writeDraft(path.resolve(values.out), draftYaml(ex), ex.draft.document.file, text);
  process.stdout.write(`Wrote ${values.out} and ${path.join(path.dirname(values.out), ex.draft.document.file)}\n`);
} else {
  process.stdout.write(draftYaml(ex));
}
