import fs from "node:fs";
import type { Line } from "../stages/lines.js";
import { predict, train, type Model } from "./softmax.js";

/**
 * Which lines head an agenda item, learned from the labelled corpus rather than written as rules.
 * Six rounds of unseen minutes showed the heading rules reach the layouts they were written from
 * and about half the items of layouts they were not; a line's shape (its number, length, case,
 * the blank lines and the text around it) says more than any one rule, and a model weighs it all.
 * The rules stay first: the model only adds lines they did not read, each marked for review.
 */

export const ITEM_MODEL_FILE = new URL("./item-lines.model.json", import.meta.url);

/** Below this probability a line is not offered as an item. */
export const ITEM_LINE_THRESHOLD = 0.8;

const NUMBER = /^(?:item\s+)?((?:\d+[./])*\d+[a-z]?|[A-Z]\d*|[ivx]+)([.):]?)\s+(.*)$/i;
const bucket = (x: number, cuts: number[]) => cuts.filter((c) => x >= c).length;
const word = (w: string | undefined) => (w ?? "").toLowerCase().replace(/[^a-z]/g, "");

/** The features of line k of a document's lines (blank lines included, so gaps are seen). */
export function lineFeatures(lines: Line[], k: number, textLength: number): string[] {
  const line = lines[k]!;
  const t = line.text;
  const prev = lines[k - 1]?.text ?? "";
  const next = lines[k + 1]?.text ?? "";
  const nextText = next || (lines[k + 2]?.text ?? "");
  const f = ["bias"];
  const m = t.match(NUMBER);
  // The number's shape, not its value: "9.", "9/9", "A9", "9.9".
  f.push(m ? `num:${m[1]!.replace(/\d+/g, "9").replace(/[a-z]/g, "a").replace(/[A-Z]/g, "A").slice(0, 8)}${m[2]}` : "num:none");
  const body = m ? m[3]! : t;
  const words = body.split(/\s+/).filter(Boolean);
  const letters = body.replace(/[^A-Za-z]/g, "");
  f.push(`words:${bucket(words.length, [2, 3, 5, 8, 12, 20])}`);
  f.push(`length:${bucket(t.length, [10, 20, 40, 70, 100, 150])}`);
  f.push(`capitals:${bucket(letters.replace(/[^A-Z]/g, "").length / Math.max(1, letters.length), [0.2, 0.5, 0.9])}`);
  f.push(`titlecase:${bucket(words.filter((w) => /^[A-Z]/.test(w)).length / Math.max(1, words.length), [0.3, 0.6, 0.9])}`);
  f.push(`ends:${/[.]$/.test(t) ? "stop" : /:$/.test(t) ? "colon" : /[,;]$/.test(t) ? "comma" : "other"}`);
  f.push(`blank-before:${!prev}`, `blank-after:${!next}`);
  f.push(`next-length:${bucket(next.length, [1, 40, 80])}`);
  f.push(`next-text-length:${bucket(nextText.length, [1, 40, 80, 160])}`);
  if (nextText) f.push(`next-lower:${/^[a-z]/.test(nextText)}`, `next-numbered:${NUMBER.test(nextText)}`);
  f.push(`before-ends:${/[.]$/.test(prev) ? "stop" : prev ? "other" : "blank"}`);
  for (const w of words.slice(0, 2)) f.push(`word:${word(w)}`);
  f.push(`first:${word(words[0])}`, `last:${word(words.at(-1))}`);
  f.push(`position:${bucket(line.start / Math.max(1, textLength), [0.03, 0.1, 0.3, 0.6])}`);
  if (/\b(?:19|20)\d\d\b/.test(t)) f.push("year");
  if (/\b(?:present|apologies|attendance)\b/i.test(t)) f.push("attendance-word");
  if (/^[a-z]/.test(words[0] ?? "")) f.push("lower-start");
  if (/^[•·*\-–]/.test(t)) f.push("bullet");
  return f;
}

let loaded: Model | null | undefined;
/** The model trained on the development corpus (`npm run train-extractor`), or null before any training. */
export function itemLineModel(): Model | null {
  if (loaded === undefined) loaded = fs.existsSync(ITEM_MODEL_FILE) ? (JSON.parse(fs.readFileSync(ITEM_MODEL_FILE, "utf8")) as Model) : null;
  return loaded;
}

/** The probability that each line heads an item (0 for blank lines). */
export function itemLineProbabilities(model: Model, lines: Line[], textLength: number): number[] {
  const item = model.classes.indexOf("item");
  return lines.map((l, k) => (l.text ? predict(model, lineFeatures(lines, k, textLength))[item]! : 0));
}

export interface LabelledText {
  lines: Line[];
  textLength: number;
  /** Where the labels cite the items' headings. */
  items: { start: number; end: number }[];
}

/** A line is an item's heading when a labelled item's quote overlaps it; every other line is not. */
export function trainItemLines(docs: LabelledText[]): Model {
  const xs: string[][] = [];
  const ys: number[] = [];
  for (const d of docs)
    d.lines.forEach((l, k) => {
      if (!l.text) return;
      xs.push(lineFeatures(d.lines, k, d.textLength));
      ys.push(d.items.some((i) => i.start < l.end && l.start < i.end) ? 1 : 0);
    });
  return train(xs, ys, ["no", "item"]);
}
