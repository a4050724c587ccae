import fs from "node:fs";
import path from "node:path";
import { readDataFile } from "../dataset/read.js";
import type { DataFile } from "../dataset/format.js";
import { extract } from "./extract.js";
import type { KnownEntities } from "./known.js";
import { nameKey } from "./names.js";

/**
 * Scores the extractor against curated data files: for each, the extractor reads the same source
 * text and its draft is compared with what a person curated. Facts are compared as keys, so ids
 * may differ: attendance as (meeting day, name, status); meetings as their day (and venue and
 * time where both give one); agenda items as (day, number or title); resolutions and actions by
 * the start of their text.
 */

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<string, Score>;

const norm = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .replace(/^(that|resolved that) /, "");

function keys(data: DataFile): Record<string, Set<string>> {
  const byId = new Map(data.entities.map((e) => [e.id, e as Record<string, unknown>]));
  const dayOf = (id: string) => String(byId.get(id)?.date ?? "");
  const out: Record<string, Set<string>> = {};
  const add = (k: string, v: string) => (out[k] ??= new Set()).add(v);
  const recorded = new Set(data.relationships.filter((r) => r.type === "RECORDS").map((r) => r.to));
  for (const r of data.relationships) {
    if (r.type === "ATTENDED") {
      const person = byId.get(r.from);
      add(`attendance: ${r.status}`, `${dayOf(r.to)}|${nameKey(String(person?.name ?? r.from))}`);
    }
    if (r.type === "HAS_ITEM") {
      const item = byId.get(r.to);
      add("agenda items", `${dayOf(r.from)}|${item?.number ? `#${item.number}` : norm(item?.title)}`);
    }
  }
  for (const e of data.entities) {
    const x = e as Record<string, unknown>;
    if (e.type === "Meeting" && x.date) {
      // Every dated meeting a document names counts when found; one it records (its own) counts when missed.
      add(recorded.has(e.id) ? "meeting metadata" : "meeting metadata (named)", `date|${x.date}`);
      if (recorded.has(e.id) && x.venue) add("meeting metadata", `venue|${x.date}|${norm(x.venue)}`);
      if (recorded.has(e.id) && x.time) add("meeting metadata", `time|${x.date}|${x.time}`);
    }
    if (e.type === "Resolution") add("resolutions", norm(x.text).slice(0, 40));
    if (e.type === "Action") add("actions", norm(x.text).slice(0, 40));
  }
  return out;
}

export function scoreFile(curatedFile: string, known: KnownEntities): Scores {
  const curated = readDataFile(curatedFile).data;
  const sourceFile = path.join(path.dirname(curatedFile), curated.document.file);
  const draft = extract(fs.readFileSync(sourceFile, "utf8"), { file: sourceFile, known }).draft;
  const want = keys(curated);
  const got = keys(draft);
  // A meeting the extractor found that the document names (though it does not record it) is right, not a false positive.
  const named = want["meeting metadata (named)"] ?? new Set();
  for (const k of [...(got["meeting metadata"] ?? [])]) if (named.has(k)) (want["meeting metadata"] ??= new Set()).add(k);
  delete want["meeting metadata (named)"];
  delete got["meeting metadata (named)"];
  const scores: Scores = {};
  for (const k of new Set([...Object.keys(want), ...Object.keys(got)])) {
    const w = want[k] ?? new Set();
    const g = got[k] ?? new Set();
    scores[k] = { tp: [...g].filter((x) => w.has(x)).length, fp: [...g].filter((x) => !w.has(x)).length, fn: [...w].filter((x) => !g.has(x)).length };
  }
  return scores;
}

export function addScores(into: Scores, more: Scores): Scores {
  for (const [k, v] of Object.entries(more)) {
    const t = (into[k] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += v.tp;
    t.fp += v.fp;
    t.fn += v.fn;
  }
  return into;
}

export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

/** All attendance statuses together. */
export function attendanceOverall(scores: Scores): Score {
  return Object.entries(scores)
    .filter(([k]) => k.startsWith("attendance:"))
    .reduce((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
}

export function scoreTable(scores: Scores): string {
  const rows = [...Object.entries(scores), ["attendance (all statuses)", attendanceOverall(scores)] as [string, Score]].sort(([a], [b]) => a.localeCompare(b));
  return [
    "| facts | curated | found | correct | precision | recall |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(([k, s]) => `| ${k} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${precision(s).toFixed(2)} | ${recall(s).toFixed(2)} |`),
  ].join("\n");
}
