import path from "node:path";
import { readBatch, readDataFile } from "../../dataset/read.js";
import { extract } from "../extract.js";
import { KnownEntities } from "../known.js";
import { splitFiles, type Split } from "./corpus.js";
import { factsOf } from "./facts.js";
import { addScores, compare, type Scores } from "./score.js";

/** Extracts a labelled document's text afresh and compares the draft with the labels. */
export function scoreDocument(file: string, known: KnownEntities, opts: { rulesOnly?: boolean } = {}): Scores {
  const { data, text } = readDataFile(file);
  const draft = extract(text, { file: path.join(path.dirname(file), data.document.file), known, ...(opts.rulesOnly ? { itemModel: null } : {}) }).draft;
  return compare(factsOf(data, text), factsOf(draft, text));
}

/**
 * Scores every document of a split. The graph the extractor resolves against is the seed data;
 * a seed document is scored against the other four, never against its own labels. With `only`,
 * just the documents whose id starts with it (one round's documents, say); with `rulesOnly`, the
 * extractor without its learned item model (what the model adds is the difference).
 */
export function scoreSplit(split: Split, only = "", opts: { rulesOnly?: boolean } = {}): { total: Scores; documents: { id: string; scores: Scores }[] } {
  const files = splitFiles(split).filter((f) => path.basename(f).startsWith(only));
  const seeds = splitFiles("seeds");
  const all = KnownEntities.fromBatch(readBatch(seeds));
  const total: Scores = {};
  const documents = files.map((file) => {
    const known = split === "seeds" ? KnownEntities.fromBatch(readBatch(seeds.filter((f) => f !== file))) : all;
    const scores = scoreDocument(file, known, opts);
    addScores(total, scores);
    return { id: path.basename(file, ".yaml"), scores };
  });
  return { total, documents };
}
