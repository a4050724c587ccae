import path from "node:path";
import { readBatch, readDataFile } from "../../dataset/read.js";
import { extract } from "../extract.js";
import { KnownEntities } from "../known.js";
import { splitFiles, type Split } from "./corpus.js";
import { factsOf } from "./facts.js";
import { addScores, compare, type Scores } from "./score.js";
import type { Rewritten } from "./variants.js";

/** Extracts a labelled document's text afresh and compares the draft with the labels. */
export interface ScoreOptions {
  /** Without the learned item-heading model. */
  rulesOnly?: boolean;
  /** The text written another way before it is read (score/variants.ts); the labels hold for it. */
  rewrite?: (text: string) => Rewritten;
}

export function scoreDocument(file: string, known: KnownEntities, opts: ScoreOptions = {}): Scores {
  const { data, text } = readDataFile(file);
  const read = opts.rewrite ? opts.rewrite(text) : { text, original: (at: number) => at };
  const draft = extract(read.text, {
    file: path.join(path.dirname(file), data.document.file),
    known,
    ...(opts.rulesOnly ? { itemModel: null, attendeeModel: null } : {}),
  }).draft;
  const got = factsOf(draft, read.text);
  // Passages are compared where they stand in the text as labelled.
  got.decisions = got.decisions.map((d) => ({ ...d, start: read.original(d.start), end: read.original(d.end) }));
  return compare(factsOf(data, text), got);
}

/**
 * Scores every document of a split. The graph the extractor resolves against is the seed data;
 * a seed document is scored against the other four, never against its own labels. With `only`,
 * just the documents whose id starts with it (one round's documents, say); with `rulesOnly`, the
 * extractor without its learned models (what the models add is the difference).
 */
export function scoreSplit(split: Split, only = "", opts: ScoreOptions = {}): { total: Scores; documents: { id: string; scores: Scores }[] } {
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
