import path from "node:path";
import { indexText } from "../../dataset/citations.js";
import type { CiteSpec, DataFile } from "../../dataset/format.js";
import type { AttendanceStatus } from "../../dataset/vocabulary.js";
import { readBatch, readDataFile, type Citation } from "../../dataset/read.js";
import { extract, LEARNED_ITEM_REASON } from "../extract.js";
import { KnownEntities } from "../known.js";
import { splitFiles } from "../score/corpus.js";
import { citedSpan, factsOf } from "../score/facts.js";
import { addScores, compare, overall, type Scores } from "../score/score.js";
import { linesOf } from "../stages/lines.js";
import { LEARNED_ATTENDEE_SECTION } from "../stages/learned-attendance.js";
import { ATTENDEE_MODEL_FILE, trainAttendees, type LabelledAttendance } from "./attendee-tokens.js";
import { ITEM_MODEL_FILE, trainItemLines, type LabelledText } from "./item-lines.js";
import type { Model } from "./softmax.js";

/**
 * Training and testing the learned parts of the extractor on the labelled corpus. Only the
 * development split trains: the held-back round is read by nothing but its one scoring.
 */

interface Labelled extends LabelledText, LabelledAttendance {
  id: string;
  file: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where the labels name each attendee: the person's name found in the quote the attendance is
 * cited from (the first quote that holds it, as the loader located it), so the model learns from
 * the list's words, not from a mention in the discussion. Names a quote does not hold as written
 * are left out.
 */
function attendeesOf(data: DataFile, text: string, citations: Map<object, Citation[]>): LabelledAttendance["attendees"] {
  const names = new Map(data.entities.filter((e) => e.type === "Person").map((e) => [e.id, String((e as { name?: unknown }).name ?? "")]));
  const out: LabelledAttendance["attendees"] = [];
  for (const r of data.relationships) {
    if (r.type !== "ATTENDED") continue;
    const name = names.get(r.from);
    if (!name) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${name.trim().split(/\s+/).map(escape).join("\\s+")}(?![\\p{L}])`, "u");
    for (const at of citations.get(r) ?? []) {
      const m = pattern.exec(text.slice(at.start, at.end));
      if (!m) continue;
      const start = at.start + m.index;
      if (!out.some((a) => a.start === start)) out.push({ start, end: start + m[0].length, status: (r as { status: AttendanceStatus }).status });
      break;
    }
  }
  return out;
}

/** The development documents with their labelled item headings located in their text. */
export function developmentTexts(): Labelled[] {
  return splitFiles("dev").map((file) => {
    const { data, text, citations } = readDataFile(file);
    const doc = indexText(text);
    const items = data.relationships
      .filter((r) => r.type === "HAS_ITEM")
      .map((r) => citedSpan(doc, (r as { cite: CiteSpec | CiteSpec[] }).cite))
      .filter((s): s is { start: number; end: number } => !!s);
    return { id: path.basename(file, ".yaml"), file, lines: linesOf(text), textLength: text.length, items, attendees: attendeesOf(data, text, citations) };
  });
}

export const trainOnDevelopment = (): Model => trainItemLines(developmentTexts());
export const trainAttendeesOnDevelopment = (): Model => trainAttendees(developmentTexts());

/** Every learned model: its file, and how the development labels train it. */
export const MODELS: { name: string; file: URL; train: () => Model }[] = [
  { name: "item headings", file: ITEM_MODEL_FILE, train: trainOnDevelopment },
  { name: "attendee words", file: ATTENDEE_MODEL_FILE, train: trainAttendeesOnDevelopment },
];

/** The model as the checked-in file holds it: one feature a line, so a retraining's diff is readable. */
export function serialise(model: Model): string {
  const rows = Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `{\n  "classes": ${JSON.stringify(model.classes)},\n  "weights": {\n${rows.join(",\n")}\n  }\n}\n`;
}

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
  /** Attendees only the attendee model found, and how far they moved the correct count. */
  attendeesAdded: number;
  attendeesAddedRight: number;
}

/**
 * Leave one round out: for each round, models trained on the others, and the round scored with
 * the rules alone and with those models. Rules were written on every development round, so the
 * rules' column flatters them; the models' gain is the honest part.
 */
export function byRound(): RoundResult[] {
  const texts = developmentTexts();
  const known = KnownEntities.fromBatch(readBatch(splitFiles("seeds")));
  const rounds = [...new Set(texts.map((t) => roundOf(t.id)))];
  return rounds.map((round) => {
    const others = texts.filter((t) => roundOf(t.id) !== round);
    const itemModel = trainItemLines(others);
    const attendeeModel = trainAttendees(others);
    const result: RoundResult = { round, documents: 0, rules: {}, withModel: {}, added: 0, addedRight: 0, attendeesAdded: 0, attendeesAddedRight: 0 };
    for (const t of texts.filter((x) => roundOf(x.id) === round)) {
      const { data, text } = readDataFile(t.file);
      const want = factsOf(data, text);
      const file = path.join(path.dirname(t.file), data.document.file);
      const rules = compare(want, factsOf(extract(text, { file, known, itemModel: null, attendeeModel: null }).draft, text));
      const withModel = extract(text, { file, known, itemModel, attendeeModel });
      const learned = compare(want, factsOf(withModel.draft, text));
      result.documents++;
      addScores(result.rules, rules);
      addScores(result.withModel, learned);
      result.added += withModel.confidence.filter((c) => c.why.startsWith(LEARNED_ITEM_REASON)).length;
      // Right additions: how far the model's column gained on the rules' in correct facts.
      result.addedRight += (learned["agenda items"]?.tp ?? 0) - (rules["agenda items"]?.tp ?? 0);
      result.attendeesAdded += withModel.confidence.filter((c) => c.why.includes(LEARNED_ATTENDEE_SECTION)).length;
      result.attendeesAddedRight += overall(learned, "attendance:").tp - overall(rules, "attendance:").tp;
    }
    return result;
  });
}
