import fs from "node:fs";
import { parseArgs } from "node:util";
import { ITEM_MODEL_FILE } from "../ingest/learn/item-lines.js";
import { byRound, serialise, trainOnDevelopment, writeModel } from "../ingest/learn/training.js";
import { precision, recall, type Score } from "../ingest/score/score.js";

const USAGE = `Usage: npm run train-extractor [-- --check | --by-round]

Trains the extractor's learned item-heading model on the development split of the labelled corpus
(test/fixtures/corpus) and writes src/ingest/learn/item-lines.model.json.
--check     retrain and fail if the checked-in model differs (the labels changed since it was trained)
--by-round  leave each round of the corpus out in turn: items scored with the rules alone and with
            a model trained without that round`;

const { values } = parseArgs({ options: { check: { type: "boolean" }, "by-round": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values["by-round"]) {
  const cell = (s: Score | undefined) => (s ? `${precision(s).toFixed(2)} / ${recall(s).toFixed(2)} (${s.tp}/${s.tp + s.fn}, +${s.fp})` : "–");
  const rows = byRound();
  const sum = (pick: (r: (typeof rows)[number]) => Score | undefined): Score =>
    rows.reduce((t, r) => ({ tp: t.tp + (pick(r)?.tp ?? 0), fp: t.fp + (pick(r)?.fp ?? 0), fn: t.fn + (pick(r)?.fn ?? 0) }), { tp: 0, fp: 0, fn: 0 });
  const lines = [
    "| round left out | documents | items, rules alone (P / R) | items, rules + model | headings the model added | of them items |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) => `| ${r.round} | ${r.documents} | ${cell(r.rules["agenda items"])} | ${cell(r.withModel["agenda items"])} | ${r.added} | ${r.addedRight} |`,
    ),
    `| **all** | ${rows.reduce((n, r) => n + r.documents, 0)} | ${cell(sum((r) => r.rules["agenda items"]))} | ${cell(sum((r) => r.withModel["agenda items"]))} | ${rows.reduce((n, r) => n + r.added, 0)} | ${rows.reduce((n, r) => n + r.addedRight, 0)} |`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exit(0);
}
const model = trainOnDevelopment();
if (values.check) {
  const current = fs.existsSync(ITEM_MODEL_FILE) ? fs.readFileSync(ITEM_MODEL_FILE, "utf8") : "";
  if (current !== serialise(model)) {
    process.stderr.write(`${ITEM_MODEL_FILE.pathname} is not what the labels train: run npm run train-extractor\n`);
    process.exit(1);
  }
  process.stdout.write(`the model matches the labels (${Object.keys(model.weights).length} features)\n`);
  process.exit(0);
}
writeModel(model);
process.stdout.write(`wrote ${ITEM_MODEL_FILE.pathname}: ${Object.keys(model.weights).length} features\n`);
