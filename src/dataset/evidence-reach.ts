import { initialsOf } from "../ingest/names.js";
import type { Batch, Citation, NodeRecord, RelRecord } from "./read.js";

/*
 * Does a relationship's evidence reach both of its ends? A quote overreaches when it says
 * something about one end only and the other end is the curator's knowledge, not the text's
 * (issue 15: "the DHSC PRESENTED_TO the ICP" cited a sentence that names only the ICP).
 *
 * An end is reached by one of the relationship's quotes when the quote names it (its name, an
 * alias, its acronym, a person's surname), when it is the setting the document itself gives every
 * sentence (the document, the meetings and terms it records, the bodies those meetings are of),
 * when the quote is the end's own statement (a resolution's quote is that resolution), or when
 * the quote sits in the end's section of the text (an agenda item, from its heading to the next).
 * Anything else must say it is read, not stated: basis inferred, or a note beginning "inferred:"
 * (or basis uncertain, where the documents cannot tell and the link is reported as unknown).
 */

export type Reach = "named" | "setting" | "own" | "section";

export interface Overreach {
  type: string;
  from: string;
  to: string;
  /** The end no quote reaches. */
  end: string;
  quotes: string[];
}

/** Words too common in these bodies' names to identify one ("Lancashire Place", "Health Board"). */
const COMMON_WORDS = new Set([
  "with",
  "from",
  "that",
  "this",
  "lancashire",
  "partnership",
  "partnerships",
  "south",
  "cumbria",
  "health",
  "care",
  "council",
  "borough",
  "board",
  "group",
  "integrated",
  "central",
  "meeting",
  "place",
  "based",
]);

const fold = (s: string) =>
  ` ${s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;

function namesOf(n: NodeRecord): string[] {
  const p = n.props as { name?: unknown; title?: unknown; aliases?: unknown };
  const aliases = Array.isArray(p.aliases) ? p.aliases : [];
  return [p.name, p.title, ...aliases].filter((v): v is string => typeof v === "string" && v.length > 0);
}

function names(quote: string, n: NodeRecord): boolean {
  const q = fold(quote);
  for (const name of namesOf(n)) {
    const f = fold(name);
    if (f.trim() && q.includes(f)) return true;
    const initials = initialsOf(name).toLowerCase();
    if (initials.length >= 3 && q.includes(` ${initials} `)) return true;
    const words = f
      .trim()
      .split(" ")
      .filter((w) => w.length > 3 && !COMMON_WORDS.has(w));
    if (!words.length) continue;
    // A person is named by the surname ("Councillor Bradley"); anything else by two of its distinctive words.
    if (n.label === "Person") {
      if (q.includes(` ${words[words.length - 1]} `)) return true;
    } else if (words.filter((w) => q.includes(` ${w} `)).length >= Math.min(2, words.length)) return true;
  }
  return false;
}

const overlaps = (a: Citation, b: Citation) => a.doc === b.doc && a.start < b.end && b.start < a.end;

/** What each document sets as the scene of its sentences: itself, what it records, the bodies met. */
function settings(batch: Batch): Map<string, Set<string>> {
  const scene = new Map<string, Set<string>>();
  for (const r of batch.rels) {
    if (r.type !== "RECORDS") continue;
    const s = scene.get(r.from) ?? new Set([r.from]);
    s.add(r.to);
    scene.set(r.from, s);
  }
  for (const s of scene.values()) for (const r of batch.rels) if (r.type === "MEETING_OF" && s.has(r.from)) s.add(r.to);
  return scene;
}

/** Each agenda item's stretch of its document: from its heading to the next item's heading. */
function itemSections(batch: Batch): Map<string, { doc: string; start: number; end: number }[]> {
  const heads = batch.nodes
    .filter((n) => n.label === "AgendaItem")
    .flatMap((n) => n.citations.map((c) => ({ id: n.id, doc: c.doc, start: c.start })))
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
  const sections = new Map<string, { doc: string; start: number; end: number }[]>();
  heads.forEach((h, i) => {
    const next = heads[i + 1];
    const list = sections.get(h.id) ?? [];
    list.push({ doc: h.doc, start: h.start, end: next && next.doc === h.doc ? next.start : Number.POSITIVE_INFINITY });
    sections.set(h.id, list);
  });
  return sections;
}

/**
 * A link that does not claim the text states it: basis inferred or a note "inferred: …", or basis
 * uncertain, which says the documents cannot tell (the API reports it UNKNOWN, never as stated).
 */
const notClaimedStated = (r: RelRecord) => r.props.basis === "inferred" || r.props.basis === "uncertain" || /^inferred\b/i.test(String(r.props.note ?? ""));

/** The relationships of a batch whose quotes do not reach one of their ends, and are not marked inferred or uncertain. */
export function overreaching(batch: Batch): Overreach[] {
  const byId = new Map(batch.nodes.map((n) => [n.id, n]));
  const scene = settings(batch);
  const sections = itemSections(batch);
  const reach = (c: Citation, id: string): Reach | null => {
    const n = byId.get(id);
    if (n && names(c.quote, n)) return "named";
    if (scene.get(c.doc)?.has(id)) return "setting";
    if (n?.citations.some((own) => overlaps(own, c))) return "own";
    if (sections.get(id)?.some((s) => s.doc === c.doc && c.start >= s.start && c.start < s.end)) return "section";
    return null;
  };
  const found: Overreach[] = [];
  for (const r of batch.rels) {
    if (notClaimedStated(r)) continue;
    for (const end of [r.from, r.to]) {
      if (!r.citations.some((c) => reach(c, end))) {
        found.push({ type: r.type, from: r.from, to: r.to, end, quotes: r.citations.map((c) => c.quote) });
      }
    }
  }
  return found;
}
