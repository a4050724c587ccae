import { sameItem, sameMetadata, sameName, samePassage, type Facts } from "./facts.js";

/** Counts for one kind of fact: found and right, found and wrong, missed. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<string, Score>;

/** Pairs each found fact with at most one wanted fact (first fit): what was missed, what is wrong. */
export function pair<T>(want: T[], got: T[], same: (a: T, b: T) => boolean): { missed: T[]; wrong: T[] } {
  const missed = [...want];
  const wrong: T[] = [];
  for (const g of got) {
    const i = missed.findIndex((w) => same(w, g));
    if (i >= 0) missed.splice(i, 1);
    else wrong.push(g);
  }
  return { missed, wrong };
}

function match<T>(want: T[], got: T[], same: (a: T, b: T) => boolean): Score {
  const { missed, wrong } = pair(want, got, same);
  return { tp: got.length - wrong.length, fp: wrong.length, fn: missed.length };
}

/** The kinds reported, in the order the tables show them. */
export const FACT_KINDS = [
  "metadata: date",
  "metadata: body",
  "metadata: time",
  "metadata: venue",
  "metadata: kind",
  "attendance: present",
  "attendance: apologies",
  "attendance: in_attendance",
  "attendance: officer",
  "attendance: observer",
  "attendance: participant",
  "agenda items",
  "decisions",
  "actions",
] as const;

export function compare(want: Facts, got: Facts): Scores {
  const scores: Scores = {};
  for (const field of ["date", "body", "time", "venue", "kind"] as const) {
    scores[`metadata: ${field}`] = match(
      want.metadata.filter((m) => m.field === field),
      got.metadata.filter((m) => m.field === field),
      sameMetadata,
    );
  }
  const statuses = new Set([...want.attendance, ...got.attendance].map((a) => a.status));
  for (const status of statuses) {
    scores[`attendance: ${status}`] = match(
      want.attendance.filter((a) => a.status === status),
      got.attendance.filter((a) => a.status === status),
      (a, b) => a.date === b.date && sameName(a.name, b.name),
    );
  }
  scores["agenda items"] = match(want.items, got.items, sameItem);
  scores.decisions = match(
    want.decisions.filter((d) => d.kind === "resolution"),
    got.decisions.filter((d) => d.kind === "resolution"),
    samePassage,
  );
  scores.actions = match(
    want.decisions.filter((d) => d.kind === "action"),
    got.decisions.filter((d) => d.kind === "action"),
    samePassage,
  );
  // The issue's target counts decisions and actions together, whichever the extractor called them.
  scores["decisions and actions"] = match(want.decisions, got.decisions, samePassage);
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

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

/** The sum of every kind whose name starts with the prefix ("attendance:", "metadata:"). */
export function overall(scores: Scores, prefix: string): Score {
  return Object.entries(scores)
    .filter(([k]) => k.startsWith(prefix))
    .reduce((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
}

const pct = (x: number) => x.toFixed(2);

export function scoreTable(scores: Scores): string {
  const rows: [string, Score][] = [
    ...FACT_KINDS.filter((k) => scores[k]).map((k) => [k, scores[k]!] as [string, Score]),
    ...Object.keys(scores)
      .filter((k) => !(FACT_KINDS as readonly string[]).includes(k) && k !== "decisions and actions")
      .map((k) => [k, scores[k]!] as [string, Score]),
    ["**metadata (all fields)**", overall(scores, "metadata:")],
    ["**attendance (all statuses)**", overall(scores, "attendance:")],
    ["**decisions and actions**", scores["decisions and actions"] ?? { tp: 0, fp: 0, fn: 0 }],
  ];
  return [
    "| facts | labelled | found | correct | precision | recall |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(([k, s]) => `| ${k} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${pct(precision(s))} | ${pct(recall(s))} |`),
  ].join("\n");
}

/** One row a document: recall (and attendance precision) of the main kinds, so the hard ones stand out. */
export function documentTable(rows: { id: string; scores: Scores }[]): string {
  const cell = (s: Score, p = false) => (s.tp + s.fn + (p ? s.fp : 0) === 0 ? "–" : `${s.tp}/${s.tp + s.fn}${p && s.fp ? ` (+${s.fp})` : ""}`);
  return [
    "| document | metadata | attendance (wrong) | items (wrong) | decisions and actions (wrong) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      ({ id, scores }) =>
        `| ${id} | ${cell(overall(scores, "metadata:"), true)} | ${cell(overall(scores, "attendance:"), true)} | ${cell(scores["agenda items"] ?? { tp: 0, fp: 0, fn: 0 }, true)} | ${cell(scores["decisions and actions"] ?? { tp: 0, fp: 0, fn: 0 }, true)} |`,
    ),
  ].join("\n");
}

/** One row a way of writing the text (score/variants.ts): what each kind of fact keeps of the plain text's score. */
export function variantTable(rows: { variant: string; scores: Scores }[]): string {
  const pr = (s: Score) => `${pct(precision(s))} / ${pct(recall(s))}`;
  const none: Score = { tp: 0, fp: 0, fn: 0 };
  return [
    "| written | meeting date (P / R) | attendance (P / R) | agenda items (P / R) | decisions and actions (P / R) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      ({ variant, scores }) =>
        `| ${variant} | ${pr(scores["metadata: date"] ?? none)} | ${pr(overall(scores, "attendance:"))} | ${pr(scores["agenda items"] ?? none)} | ${pr(scores["decisions and actions"] ?? none)} |`,
    ),
  ].join("\n");
}
