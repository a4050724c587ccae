import { indexText, locate, type IndexedText } from "../../dataset/citations.js";
import type { CiteSpec, DataFile } from "../../dataset/format.js";
import { nameKey } from "../names.js";

/**
 * The facts a scorer compares, read from a data file (a curated one, a gold label or a draft) and
 * the text it cites. Ids play no part: meetings are known by their date, people by their name,
 * decisions and actions by where their quote stands in the text.
 */
export interface MetadataFact {
  date: string;
  field: "date" | "body" | "time" | "venue" | "kind";
  value: string;
}
export interface AttendanceFact {
  date: string;
  name: string;
  status: string;
}
export interface ItemFact {
  date: string;
  number: string | null;
  title: string;
}
export interface DecisionFact {
  kind: "resolution" | "action";
  start: number;
  end: number;
}
export interface Facts {
  metadata: MetadataFact[];
  attendance: AttendanceFact[];
  items: ItemFact[];
  decisions: DecisionFact[];
}

export const norm = (s: unknown): string =>
  String(s ?? "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

type Loose = Record<string, unknown> & { id: string; type: string };

/**
 * Where a fact stands in its text. A fact cited by several quotes ("RESOLVED –" and "a) That the
 * drivers … be noted") stands where its longest quote does: the label it shares with its
 * neighbours says nothing of where it is.
 */
export function citedSpan(doc: IndexedText, cite: CiteSpec | CiteSpec[]): { start: number; end: number } | null {
  const one = (c: CiteSpec) => (typeof c === "string" ? locate(doc, c) : locate(doc, c.quote, c.after, c.occurrence ?? 1));
  return (Array.isArray(cite) ? cite : [cite])
    .map(one)
    .filter((x): x is { start: number; end: number } => !!x)
    .reduce<{ start: number; end: number } | null>((best, x) => (!best || x.end - x.start > best.end - best.start ? x : best), null);
}

export function factsOf(data: DataFile, text: string): Facts {
  const doc = indexText(text);
  const span = (cite: CiteSpec | CiteSpec[]) => citedSpan(doc, cite);
  const byId = new Map(data.entities.map((e) => [e.id, e as unknown as Loose]));
  const dateOf = (id: string) => String(byId.get(id)?.date ?? byId.get(id)?.dateText ?? "");
  const recorded = new Set(data.relationships.filter((r) => r.type === "RECORDS").map((r) => r.to));
  const facts: Facts = { metadata: [], attendance: [], items: [], decisions: [] };

  for (const e of data.entities as unknown as Loose[]) {
    if (e.type === "Meeting" && recorded.has(e.id)) {
      const date = dateOf(e.id);
      facts.metadata.push({ date, field: "date", value: date });
      for (const field of ["time", "venue", "kind"] as const) if (e[field]) facts.metadata.push({ date, field, value: String(e[field]) });
    }
    if (e.type === "Resolution" || e.type === "Action") {
      const s = span(e.cite as CiteSpec);
      if (s) facts.decisions.push({ kind: e.type === "Resolution" ? "resolution" : "action", ...s });
    }
  }
  for (const r of data.relationships) {
    if (r.type === "MEETING_OF" && recorded.has(r.from)) {
      const body = byId.get(r.to);
      if (body?.name) facts.metadata.push({ date: dateOf(r.from), field: "body", value: String(body.name) });
    }
    if (r.type === "ATTENDED") {
      const person = byId.get(r.from);
      facts.attendance.push({ date: dateOf(r.to), name: String(person?.name ?? r.from), status: r.status });
    }
    if (r.type === "HAS_ITEM") {
      const item = byId.get(r.to);
      facts.items.push({ date: dateOf(r.from), number: item?.number ? String(item.number).replace(/\.$/, "") : null, title: String(item?.title ?? "") });
    }
  }
  return facts;
}

/** Same person as written in two lists: the same name, or the same surname with one side giving only an initial. */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  const ta = ka.split(" ");
  const tb = kb.split(" ");
  if (ta.at(-1) !== tb.at(-1) || ta.length < 2 || tb.length < 2) return false;
  const fa = ta[0]!;
  const fb = tb[0]!;
  return (fa.length === 1 || fb.length === 1) && fa[0] === fb[0];
}

export function sameMetadata(a: MetadataFact, b: MetadataFact): boolean {
  if (a.date !== b.date || a.field !== b.field) return false;
  if (a.field === "body" || a.field === "venue") {
    const x = norm(a.value);
    const y = norm(b.value);
    return x === y || (Math.min(x.length, y.length) >= 8 && (x.includes(y) || y.includes(x)));
  }
  return a.value === b.value;
}

export function sameItem(a: ItemFact, b: ItemFact): boolean {
  if (a.date !== b.date) return false;
  if (a.number && b.number) return a.number === b.number;
  const x = norm(a.title);
  const y = norm(b.title);
  return x === y || (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x)));
}

/** Two quoted passages are one decision when they overlap by half of the shorter. */
export function samePassage(a: DecisionFact, b: DecisionFact): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}
