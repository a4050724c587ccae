import { parse, stringify } from "yaml";

/**
 * A draft data file (the format of data/*.yaml) as the review works on it: every entity and
 * relationship is a fact with its quotes located in the source text, a decision, and its fields.
 * Loaded only by the ingest view (the YAML parser is its chunk's, not the first view's).
 */
export type Decision = "pending" | "accepted" | "rejected";
export type Value = string | number | boolean | null | Value[] | { [k: string]: Value };
export type Record_ = { [k: string]: Value };

export interface Fact {
  key: string;
  group: "entities" | "relationships";
  index: number;
  data: Record_;
  quotes: string[];
  spans: { start: number; end: number }[];
  decision: Decision;
  /** Why a rejection was made for it: an entity it names was rejected. */
  cascade?: string;
  confidence?: { confidence: number; why: string };
  edited: boolean;
}

export interface Draft {
  header: Record_;
  facts: Fact[];
}

function quotesOf(cite: Value | undefined): string[] {
  if (typeof cite === "string") return [cite];
  if (Array.isArray(cite)) return cite.filter((c): c is string => typeof c === "string");
  return [];
}

/** Where a quote stands in the text, white space folded (as the loader finds it: PDF text breaks lines mid-sentence). */
export function locate(text: string, quote: string): { start: number; end: number } | null {
  const exact = text.indexOf(quote);
  if (exact !== -1) return { start: exact, end: exact + quote.length };
  const parts = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!parts.length || !parts[0]) return null;
  const m = new RegExp(parts.join("\\s+")).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** A fact's name in the extractor's confidence list: an entity id, or '<person> <status> at <meeting>'. */
function confidenceKey(group: Fact["group"], d: Record_): string {
  if (group === "entities") return String(d.id);
  if (d.type === "ATTENDED") return `${d.from} ${d.status} at ${d.to}`;
  return `${d.type} ${d.from} ${d.to}`;
}

export function readDraft(yamlText: string, sourceText: string, confidence: readonly { fact: string; confidence: number; why: string }[]): Draft {
  const doc = parse(yamlText) as { document?: Record_; entities?: Record_[]; relationships?: Record_[] } & Record_;
  const byKey = new Map(confidence.map((c) => [c.fact, c]));
  const facts: Fact[] = [];
  for (const group of ["entities", "relationships"] as const) {
    (doc[group] ?? []).forEach((data, index) => {
      const quotes = quotesOf(data.cite);
      const c = byKey.get(confidenceKey(group, data));
      facts.push({
        key: `${group}-${index}`,
        group,
        index,
        data,
        quotes,
        spans: quotes.flatMap((q) => locate(sourceText, q) ?? []),
        decision: "pending",
        ...(c ? { confidence: { confidence: c.confidence, why: c.why } } : {}),
        edited: false,
      });
    });
  }
  const header: Record_ = {};
  for (const [k, v] of Object.entries(doc)) if (k !== "entities" && k !== "relationships") header[k] = v as Value;
  return { header, facts };
}

/**
 * Applies a decision, and follows it through: rejecting an entity rejects the relationships that
 * name it (the loader would refuse them), and accepting such a relationship again needs its
 * entities back.
 */
export function decide(draft: Draft, key: string, decision: Decision): Draft {
  const target = draft.facts.find((f) => f.key === key);
  if (!target) return draft;
  const facts = draft.facts.map((f) => (f.key === key ? { ...f, decision, cascade: undefined } : f));
  const rejectedIds = new Set(facts.filter((f) => f.group === "entities" && f.decision === "rejected").map((f) => String(f.data.id)));
  return {
    ...draft,
    facts: facts.map((f) => {
      if (f.group !== "relationships") return f;
      const blocked = [f.data.from, f.data.to].find((id) => rejectedIds.has(String(id)));
      if (blocked) return { ...f, decision: "rejected", cascade: String(blocked) };
      if (f.cascade) return { ...f, decision: "pending", cascade: undefined };
      return f;
    }),
  };
}

export function edit(draft: Draft, key: string, field: string, value: string): Draft {
  return {
    ...draft,
    facts: draft.facts.map((f) =>
      f.key === key ? { ...f, data: { ...f.data, [field]: value }, edited: true, decision: f.decision === "rejected" ? "pending" : f.decision } : f,
    ),
  };
}

/** The reviewed draft to commit: the document and every accepted fact, in the draft's order. */
export function writeDraft(draft: Draft): string {
  const keep = (group: Fact["group"]) => draft.facts.filter((f) => f.group === group && f.decision === "accepted").map((f) => f.data);
  return stringify({ ...draft.header, entities: keep("entities"), relationships: keep("relationships") }, { lineWidth: 0 });
}

/** The fields a reviewer may change: every scalar but the id, the type, the endpoints and the quotes. */
export function editableFields(f: Fact): string[] {
  const fixed = new Set(["id", "type", "from", "to", "cite"]);
  return Object.entries(f.data)
    .filter(([k, v]) => !fixed.has(k) && (typeof v === "string" || typeof v === "number"))
    .map(([k]) => k);
}

export function describeFact(f: Fact): string {
  const d = f.data;
  if (f.group === "entities") return `${d.type}: ${d.name ?? d.title ?? d.text ?? d.id}`;
  const extra = [d.status, d.role].filter(Boolean).join(", ");
  return `${d.from} ${String(d.type).toLowerCase().replace(/_/g, " ")} ${d.to}${extra ? ` (${extra})` : ""}`;
}
