import { parseArgs } from "node:util";
import { readBatch } from "../dataset/read.js";
import { KnownEntities } from "../ingest/known.js";
import { corpusDocuments, HELD_BACK_PREFIX, splitFiles, splitOf, SPLITS, type Split } from "../ingest/score/corpus.js";
import { explain } from "../ingest/score/explain.js";
import { scoreSplit } from "../ingest/score/run.js";
import { documentTable, scoreTable, variantTable } from "../ingest/score/score.js";
import { VARIATIONS, type Variation } from "../ingest/score/variants.js";

const USAGE = `Usage: npm run score-extractor -- [--split dev|held-back|seeds] [--only <id prefix>] [--documents] [--rules-only]
       npm run score-extractor -- --split dev --vary dates|labels [--only <id prefix>]
       npm run score-extractor -- --explain <corpus id>   (development documents only)

Extracts every document of the split afresh and compares the draft with its labels: precision and
recall per kind of fact, then (with --documents, always for dev) one row a document.
--only keeps the documents of the split whose id starts with the prefix (e.g. corpus-r2-).
--rules-only scores the extractor without its learned models (item headings, attendee words).
--vary scores the split again with its texts rewritten in each common way of writing a thing the
labels do not depend on: dates ("16/02/2016", "February 16, 2016", "2016-02-16", …) or the headings
of attendance lists ("Members present", "Apologies received from", "Also in attendance", …); one row
a way, the text as written first.
The held-back split is scored once at the end of a round of work; never tune on what it shows.`;

const { values } = parseArgs({
  options: {
    split: { type: "string", default: "seeds" },
    only: { type: "string" },
    documents: { type: "boolean" },
    explain: { type: "string" },
    "rules-only": { type: "boolean" },
    vary: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.explain) {
  const seeds = splitFiles("seeds").map((file) => ({
    id: file
      .split("/")
      .at(-1)!
      .replace(/\.yaml$/, ""),
    file,
  }));
  const doc = [...corpusDocuments(), ...seeds].find((d) => d.id === values.explain);
  if (!doc) {
    process.stderr.write(`no corpus document ${values.explain} in test/fixtures/corpus\n`);
    process.exit(2);
  }
  // Looking at a held-back document's failures is how tuning on it starts: refused.
  if (!seeds.some((x) => x.id === doc.id) && splitOf(doc.id) === "held-back") {
    process.stderr.write(`${doc.id} is held back: its failures are not shown (docs/EXTRACTION.md)\n`);
    process.exit(2);
  }
  process.stdout.write(`${explain(doc.file, KnownEntities.fromBatch(readBatch(splitFiles("seeds").filter((f) => f !== doc.file))))}\n`);
  process.exit(0);
}
if (!SPLITS.includes(values.split as Split)) {
  process.stderr.write(`--split must be one of ${SPLITS.join(", ")}, not "${values.split}"\n\n${USAGE}\n`);
  process.exit(2);
}
const split = values.split as Split;
const only = values.only;
const rulesOnly = values["rules-only"] ?? false;
if (values.vary !== undefined) {
  const forms = VARIATIONS[values.vary as Variation];
  if (!forms) {
    process.stderr.write(`--vary takes ${Object.keys(VARIATIONS).join(" or ")}, not "${values.vary}"\n\n${USAGE}\n`);
    process.exit(2);
  }
  const rows = [{ variant: "as written", scores: scoreSplit(split, only, { rulesOnly }).total }];
  for (const [form, rewrite] of Object.entries(forms)) rows.push({ variant: form, scores: scoreSplit(split, only, { rulesOnly, rewrite }).total });
  process.stdout.write(`## Split: ${split}${only ? `, ids starting ${only}` : ""}, ${values.vary} rewritten\n\n${variantTable(rows)}\n`);
  process.exit(0);
}
const { total, documents } = scoreSplit(split, only, { rulesOnly });
// An empty split (the held-back one before its round's documents arrive) has nothing to score:
// a table of zeros would read as a perfect score.
if (documents.length === 0) {
  const where = split === "held-back" ? ` (ids starting ${HELD_BACK_PREFIX})` : "";
  process.stderr.write(`no documents in the ${split} split${where}${only ? ` with ids starting ${only}` : ""}: nothing to score\n`);
  process.exit(1);
}
process.stdout.write(
  `## Split: ${split}${only ? `, ids starting ${only}` : ""}${rulesOnly ? ", rules only" : ""} (${documents.length} documents)\n\n${scoreTable(total)}\n`,
);
if (values.documents || split !== "held-back") process.stdout.write(`\n${documentTable(documents)}\n`);
