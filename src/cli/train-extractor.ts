import fs from "node:fs";
import { parseArgs } from "node:util";
import { byRound, MODELS, serialise } from "../ingest/learn/training.js";
import { overall, precision, recall, type Score } from "../ingest/score/score.js";

const USAGE = `Usage: npm run train-extractor [-- --check | --by-round]

Trains the extractor's learned models on the development split of the labelled corpus
(test/fixtures/corpus) and writes them to src/ingest/learn/: which lines head agenda items
(item-lines.model.json) and which words name attendees (attendee-tokens.model.json).
--check     retrain and fail if a checked-in model differs (the labels changed since it was trained)
--by-round  leave each round of the corpus out in turn: items and attendance scored with the rules
            alone and with models trained without that round`;

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
  const attendance = (r: (typeof rows)[number], pick: "rules" | "withModel") => overall(r[pick], "attendance:");
  const lines = [
    "| round left out | documents | items, rules alone (P / R) | items, rules + models | headings the model added | of them items | attendance, rules alone | attendance, rules + models | names the model added | of them right |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.round} | ${r.documents} | ${cell(r.rules["agenda items"])} | ${cell(r.withModel["agenda items"])} | ${r.added} | ${r.addedRight} | ${cell(attendance(r, "rules"))} | ${cell(attendance(r, "withModel"))} | ${r.attendeesAdded} | ${r.attendeesAddedRight} |`,
    ),
    `| **all** | ${rows.reduce((n, r) => n + r.documents, 0)} | ${cell(sum((r) => r.rules["agenda items"]))} | ${cell(sum((r) => r.withModel["agenda items"]))} | ${rows.reduce((n, r) => n + r.added, 0)} | ${rows.reduce((n, r) => n + r.addedRight, 0)} | ${cell(sum((r) => attendance(r, "rules")))} | ${cell(sum((r) => attendance(r, "withModel")))} | ${rows.reduce((n, r) => n + r.attendeesAdded, 0)} | ${rows.reduce((n, r) => n + r.attendeesAddedRight, 0)} |`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exit(0);
}
let stale = false;
for (const m of MODELS) {
  const model = m.train();
  const features = Object.keys(model.weights).length;
  if (values.check) {
    const current = fs.existsSync(m.file) ? fs.readFileSync(m.file, "utf8") : "";
    if (current !== serialise(model)) {
      process.stderr.write(`${m.file.pathname} (${m.name}) is not what the labels train: run npm run train-extractor\n`);
      stale = true;
    } else process.stdout.write(`the ${m.name} model matches the labels (${features} features)\n`);
  } else {
    fs.writeFileSync(m.file, serialise(model));
    process.stdout.write(`wrote ${m.file.pathname}: ${features} features\n`);
  }
}
process.exit(stale ? 1 : 0);
