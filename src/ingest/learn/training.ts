import fs from "node:fs";
import path from "node:path";
import { indexText } from "../../dataset/citations.js";
import type { CiteSpec } from "../../dataset/format.js";
import { readBatch, readDataFile } from "../../dataset/read.js";
import { extract, LEARNED_ITEM_REASON } from "../extract.js";
import { KnownEntities } from "../known.js";
import { splitFiles } from "../score/corpus.js";
import { citedSpan, factsOf } from "../score/facts.js";
import { addScores, compare, type Scores } from "../score/score.js";
import { linesOf } from "../stages/lines.js";
import { ITEM_MODEL_FILE, trainItemLines, type LabelledText } from "./item-lines.js";
import type { Model } from "./softmax.js";

/**
 * Training and testing the learned parts of the extractor on the labelled corpus. Only the
 * development split trains: the held-back round is read by nothing but its one scoring.
 */

interface Labelled extends LabelledText {
  id: string;
  file: string;
}

/** The development documents with their labelled item headings located in their text. */
export function developmentTexts(): Labelled[] {
  return splitFiles("dev").map((file) => {
    const { data, text } = readDataFile(file);
    const doc = indexText(text);
    const items = data.relationships
      .filter((r) => r.type === "HAS_ITEM")
      .map((r) => citedSpan(doc, (r as { cite: CiteSpec | CiteSpec[] }).cite))
      .filter((s): s is { start: number; end: number } => !!s);
    return { id: path.basename(file, ".yaml"), file, lines: linesOf(text), textLength: text.length, items };
  });
}

export const trainOnDevelopment = (): Model => trainItemLines(developmentTexts());

/** The model as the checked-in file holds it: one feature a line, so a retraining's diff is readable. */
export function serialise(model: Model): string {
  const rows = Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `{\n  "classes": ${JSON.stringify(model.classes)},\n  "weights": {\n${rows.join(",\n")}\n  }\n}\n`;
}

export const writeModel = (model: Model): void => fs.writeFileSync(ITEM_MODEL_FILE, serialise(model));

/** A round of the corpus: the documents gathered together ("corpus-r4-…", "corpus-b-…"). */
export const roundOf = (id: string): string => id.split("-").slice(0, 2).join("-");

export interface RoundResult {
  round: string;
  documents: number;
  rules: Scores;
  withModel: Scores;
  /** Headings only the model found, and how many of them were labelled items. */
  added: number;
  addedRight: number;
}

/**
 * Leave one round out: for each round, a model trained on the others, and the round's items
 * scored with the rules alone and with that model. Rules were written on every development round,
 * so the rules' column flatters them; the model's gain is the honest part.
 */
export function byRound(): RoundResult[] {
  const texts = developmentTexts();
  const known = KnownEntities.fromBatch(readBatch(splitFiles("seeds")));
  const rounds = [...new Set(texts.map((t) => roundOf(t.id)))];
  return rounds.map((round) => {
    const model = trainItemLines(texts.filter((t) => roundOf(t.id) !== round));
    const result: RoundResult = { round, documents: 0, rules: {}, withModel: {}, added: 0, addedRight: 0 };
    for (const t of texts.filter((x) => roundOf(x.id) === round)) {
      const { data, text } = readDataFile(t.file);
      const want = factsOf(data, text);
      const file = path.join(path.dirname(t.file), data.document.file);
      const rules = compare(want, factsOf(extract(text, { file, known, itemModel: null }).draft, text));
      const withModel = extract(text, { file, known, itemModel: model });
      const learned = compare(want, factsOf(withModel.draft, text));
      result.documents++;
      addScores(result.rules, rules);
      addScores(result.withModel, learned);
      result.added += withModel.confidence.filter((c) => c.why.startsWith(LEARNED_ITEM_REASON)).length;
      // Right additions: how far the model's column gained on the rules' in correct items.
      result.addedRight += (learned["agenda items"]?.tp ?? 0) - (rules["agenda items"]?.tp ?? 0);
    }
    return result;
  });
}
