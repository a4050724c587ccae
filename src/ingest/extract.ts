import path from "node:path";
import type { DataFile, EntitySpec, RelationshipSpec } from "../dataset/format.js";
import { findDates, parseTime, type FoundDate } from "./dates.js";
import type { KnownEntities } from "./known.js";
import { fold, indexText } from "../dataset/citations.js";
import { parsePerson, slug, type PersonMention } from "./names.js";

/**
 * Turns the text of minutes, key-decision notes or a report into a draft data file (the format of
 * data/*.yaml) with a quote for every fact, plus the spans it could not interpret. It recognises the
 * layouts of UK council and NHS minutes: dated headers, attendance blocks (PRESENT:, Present,
 * APOLOGIES:, Apologies were received from…, In Attendance, OBSERVER:, OFFICERS:, participant
 * tables), numbered agenda items, "Resolved: That i. … ii. …", "Action/Decision:" and "Action Point –".
 * It never guesses: a line it cannot read as a person is reported, not dropped.
 */

export type AttendanceStatus = "present" | "apologies" | "in_attendance" | "observer" | "officer" | "participant";

export interface Unresolved {
  section: string;
  start: number;
  end: number;
  text: string;
  why: string;
}

export interface Extraction {
  draft: DataFile;
  unresolved: Unresolved[];
  summary: { meetings: number; people: number; organisations: number; attendance: number; agendaItems: number; resolutions: number; actions: number; unresolved: number };
}

interface Span {
  start: number;
  end: number;
}

interface MeetingFound {
  id: string;
  title: string;
  date: FoundDate;
  time: string | null;
  venue: string | null;
  kind: "formal-meeting" | "workshop" | "development-session" | "virtual-meeting";
  status: "held" | "scheduled";
  header: Span;
  /** Where this meeting's part of the document ends. */
  end: number;
  minutes: boolean;
}

const LABELS: { re: RegExp; status: AttendanceStatus; mode: "list" | "lines" | "sentence" | "table" }[] = [
  { re: /^[ \t]*PRESENT:?[ \t]*$/m, status: "present", mode: "list" },
  { re: /^[ \t]*Present[ \t]*$/m, status: "present", mode: "lines" },
  { re: /^[ \t]*APOLOGIES:?[ \t]*$/m, status: "apologies", mode: "list" },
  { re: /^[ \t]*Apologies:[ \t]*$/m, status: "apologies", mode: "list" },
  { re: /^[ \t]*In Attendance:?[ \t]*$/im, status: "in_attendance", mode: "lines" },
  { re: /^[ \t]*OBSERVERS?:[ \t]*/m, status: "observer", mode: "list" },
  { re: /^[ \t]*OFFICERS?:[ \t]*/m, status: "officer", mode: "list" },
  { re: /Apologies were received from\s+/, status: "apologies", mode: "sentence" },
  { re: /^[ \t]*\d*\.?[ \t]*Participants[ \t]*$/m, status: "participant", mode: "table" },
];

/** Where a block of attendance ends: the next label, a numbered item, or a heading-like break. */
const BLOCK_END = /^[ \t]*(?:PRESENT|APOLOGIES|OBSERVERS?|OFFICERS?|In Attendance|Present|Apologies)\b|^[ \t]*\d{1,3}\.[ \t]*[A-Z]/m;

export function extract(text: string, opts: { file: string; known: KnownEntities }): Extraction {
  const docId = `doc:${slug(path.basename(opts.file).replace(/\.[a-z]+$/i, ""))}`;
  const unresolved: Unresolved[] = [];
  const entities = new Map<string, EntitySpec>();
  const rels: RelationshipSpec[] = [];
  const cite = quoter(text);
  const addEntity = (e: EntitySpec) => {
    if (!entities.has(e.id)) entities.set(e.id, e);
  };

  const meetings = findMeetings(text, docId);
  for (const m of meetings) {
    addEntity({
      id: m.id,
      type: "Meeting",
      title: m.title,
      date: m.date.iso,
      ...(m.time ? { time: m.time } : {}),
      ...(m.venue ? { venue: m.venue } : {}),
      kind: m.kind,
      status: m.status,
      cite: cite(m.header.start, m.header.end),
    } as EntitySpec);
    rels.push({ type: "RECORDS", from: docId, to: m.id, cite: cite(m.header.start, m.header.end) } as RelationshipSpec);
    const body = opts.known.bodyByName(m.title);
    if (body) rels.push({ type: "MEETING_OF", from: m.id, to: body, cite: cite(m.header.start, m.header.end) } as RelationshipSpec);
  }

  let people = 0;
  let attendance = 0;
  const personId = (p: PersonMention, at: Span): string => {
    const known = opts.known.personByName(p.name);
    if (known) {
      // Named again here: the draft cites this document for the person too (no honorific, which may differ).
      addEntity({ id: known, type: "Person", name: p.name, aliases: [], cite: cite(at.start, at.end) } as EntitySpec);
      return known;
    }
    const id = `person:${slug(p.name)}`;
    if (!entities.has(id)) {
      people++;
      addEntity({ id, type: "Person", name: p.name, ...(p.honorific ? { honorific: p.honorific } : {}), aliases: [], cite: cite(at.start, at.end) } as EntitySpec);
      for (const other of opts.known.lookAlikes(p.name)) {
        rels.push({
          type: "POSSIBLY_SAME_AS",
          from: id,
          to: other.id,
          evidence: `Same surname and compatible first name: "${p.name}" here, "${other.name}" in the graph. Not merged: no document states they are one person.`,
          cite: cite(at.start, at.end),
        } as RelationshipSpec);
      }
    }
    return id;
  };

  for (const m of meetings) {
    for (const block of attendanceBlocks(text, m.header.end, m.end)) {
      for (const entry of block.entries) {
        const p = parsePerson(text.slice(entry.start, entry.end));
        if (!p) {
          unresolved.push({ section: block.label, start: entry.start, end: entry.end, text: text.slice(entry.start, entry.end), why: "not read as a person" });
          continue;
        }
        const id = personId(p, entry);
        const org = p.qualifier ? opts.known.organisationIn(p.qualifier) : null;
        rels.push({
          type: "ATTENDED",
          from: id,
          to: m.id,
          status: block.status,
          ...(p.chair ? { role: "chair" } : {}),
          ...(org ? { representing: org.id, representingText: p.qualifier } : p.qualifier ? { capacity: p.qualifier } : {}),
          cite: cite(entry.start, entry.end),
        } as RelationshipSpec);
        attendance++;
      }
    }
  }

  // Key-decision notes list no attendance; people the text names as speaking took part.
  for (const m of meetings.filter((x) => !x.minutes && !attendanceBlocks(text, x.header.end, x.end).length)) {
    const region = text.slice(m.header.end, m.end);
    const re = /(?:^|[.!?]\s+|\n)((?:[A-Z]\.\s?|[A-Z][a-z]+\s)[A-Z][A-Za-z'’-]+)(?:,[^,.]{3,80},)?\s+(?:advised|delivered|presented|provided|introduced|explained|reported)\b|\bThe (?:Board|group|members) welcomed ([A-Z][a-z]+ [A-Z][A-Za-z'’-]+)/g;
    let x: RegExpExecArray | null;
    while ((x = re.exec(region))) {
      const name = (x[1] ?? x[2])!;
      const at = m.header.end + x.index + x[0].indexOf(name);
      const p = parsePerson(name.replace(/^([A-Z])\.\s?/, "$1. "));
      if (!p || /^(The|This|It|An|A)\b/.test(name)) continue;
      rels.push({ type: "ATTENDED", from: personId(p, { start: at, end: at + name.length }), to: m.id, status: "participant", cite: cite(at, m.header.end + x.index + x[0].length) } as RelationshipSpec);
      attendance++;
    }
  }

  const items = agendaItems(text, meetings);
  for (const it of items) {
    addEntity({ id: it.id, type: "AgendaItem", ...(it.number ? { number: it.number } : {}), title: it.title, cite: cite(it.start, it.end) } as EntitySpec);
    rels.push({ type: "HAS_ITEM", from: it.meeting, to: it.id, cite: cite(it.start, it.end) } as RelationshipSpec);
  }
  const decisions = resolutionsAndActions(text, meetings, items, unresolved);
  for (const d of decisions) {
    if (d.kind === "resolution") addEntity({ id: d.id, type: "Resolution", text: d.text, outcome: d.outcome, cite: cite(d.start, d.end) } as EntitySpec);
    else addEntity({ id: d.id, type: "Action", text: d.text, cite: cite(d.start, d.end) } as EntitySpec);
    if (d.item) rels.push({ type: d.kind === "resolution" ? "HAS_RESOLUTION" : "HAS_ACTION", from: d.item, to: d.id, cite: cite(d.start, d.end) } as RelationshipSpec);
  }

  // "Completed and signed off by Marie Burnham, Central Lancashire Partnership Independent Chair"
  const signed = text.match(/Completed and signed off by\s+([A-Z][a-z]+(?:\s[A-Z][A-Za-z'’-]+){1,2})(?=[,\s])/i);
  if (signed) {
    const at = signed.index! + signed[0].indexOf(signed[1]!);
    const p = parsePerson(signed[1]!);
    if (p) rels.push({ type: "AUTHORED", from: personId(p, { start: at, end: at + signed[1]!.length }), to: docId, note: "completed and signed off", cite: cite(signed.index!, at + signed[1]!.length) } as RelationshipSpec);
  }

  const first = text.search(/\S/);
  const firstLineEnd = text.indexOf("\n", first);
  const draft: DataFile = {
    document: {
      id: docId,
      title: text.slice(first, firstLineEnd < 0 ? undefined : firstLineEnd).trim() || path.basename(opts.file),
      kind: meetings.some((m) => m.minutes) ? "minutes" : /key (actions and )?decisions/i.test(text) ? "key-decisions" : "report",
      file: `sources/${path.basename(opts.file)}`,
      cite: cite(first, firstLineEnd < 0 ? text.length : firstLineEnd),
      ...(meetings[0] ? { date: meetings[0].date.iso } : {}),
    },
    entities: [...entities.values()],
    relationships: rels,
  } as DataFile;
  return {
    draft,
    unresolved,
    summary: {
      meetings: meetings.length,
      people,
      organisations: 0,
      attendance,
      agendaItems: items.length,
      resolutions: decisions.filter((d) => d.kind === "resolution").length,
      actions: decisions.filter((d) => d.kind === "action").length,
      unresolved: unresolved.length,
    },
  };
}

/**
 * Quotes for spans, as the data format takes them: the folded text plus which occurrence it is,
 * counted the way the loader's locate() counts, over one index of the text built once.
 */
function quoter(text: string): (start: number, end: number) => string | { quote: string; occurrence: number } {
  const doc = indexText(text);
  return (start, end) => {
    const quote = fold(text.slice(start, end));
    // First folded position at or after the span's start (map is increasing).
    let lo = 0;
    let hi = doc.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.map[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let at = doc.folded.indexOf(quote); at >= 0 && at < lo; at = doc.folded.indexOf(quote, at + 1)) n++;
    return n === 0 ? quote : { quote, occurrence: n + 1 };
  };
}

function findMeetings(text: string, docId: string): MeetingFound[] {
  const found: MeetingFound[] = [];
  const dates = findDates(text);
  const lineOf = (i: number) => {
    const s = text.lastIndexOf("\n", i - 1) + 1;
    const e = text.indexOf("\n", i);
    return { start: s, end: e < 0 ? text.length : e, text: text.slice(s, e < 0 ? text.length : e) };
  };
  const prevNonEmptyLine = (i: number) => {
    let j = text.lastIndexOf("\n", i - 1);
    while (j > 0) {
      const l = lineOf(j - 1);
      if (l.text.trim()) return l;
      j = l.start - 1;
    }
    return null;
  };
  for (const d of dates) {
    const line = lineOf(d.start);
    const before = text.slice(line.start, d.start);
    const folded = text.slice(Math.max(0, d.start - 60), d.start).replace(/\s+/g, " ");
    let title: string | null = null;
    let kind: MeetingFound["kind"] = "formal-meeting";
    let status: MeetingFound["status"] = "held";
    let minutes = false;
    let header: Span = { start: line.start, end: line.end };
    let time: string | null = null;
    let venue: string | null = null;
    if (/Minutes of the Meeting held on\s*$/i.test(folded)) {
      minutes = true;
      const start = text.lastIndexOf("Minutes of the Meeting", d.start);
      const tail = text.slice(d.end, d.end + 200).replace(/\s+/g, " ");
      const tm = tail.match(/^ at ([\d.:]+\s*(?:am|pm))(?: at (.+?)(?: (?=[A-Z][a-z]+ \d)|$| {2}))?/i);
      time = tm ? parseTime(tm[1]!) : null;
      const venueMatch = tail.match(/ at [\d.:]+\s*(?:am|pm) at (.*?)\s*(?:Present|$)/i);
      venue = venueMatch ? venueMatch[1]!.replace(/^the /i, "").trim() : null;
      const prev = prevNonEmptyLine(start);
      title = prev ? prev.text.trim() : "Meeting";
      const endOfHeader = venueMatch ? text.indexOf(venueMatch[1]!.split(" ").slice(-1)[0]!, d.end) + venueMatch[1]!.split(" ").slice(-1)[0]!.length : d.end;
      header = { start, end: Math.max(endOfHeader, d.end) };
    } else if (/(?:Meeting date|Meeting Date:|Date of Meeting)\s*$/i.test(before)) {
      title = /Date of Meeting/i.test(before) ? "Meeting" : "Meeting";
      status = /Date of Meeting/i.test(before) ? "scheduled" : "held";
      minutes = false;
    } else if (!before.trim() && /^\s*(?:\((?:am|pm|am & pm)\))?\s*$/.test(text.slice(d.end, line.end))) {
      // A line that is only a date: the heading of minutes; the body is the line above.
      const prev = prevNonEmptyLine(line.start);
      title = prev ? prev.text.trim() : "Meeting";
      header = { start: prev ? prev.start : line.start, end: line.end };
      minutes = true;
    } else if (/(Development Session|Workshop)\s*$/i.test(before)) {
      kind = /Workshop/i.test(before) ? "workshop" : "development-session";
      const prev = prevNonEmptyLine(line.start);
      title = `${prev ? `${prev.text.trim()} ` : ""}${before.trim()}`.trim();
      header = { start: prev ? prev.start : line.start, end: d.end };
    } else if (/\bat the\s*$/i.test(folded) && /^\s*meeting of (?:the )?([A-Z][^.\n]{3,80})/.test(text.slice(d.end, d.end + 100))) {
      const body = text.slice(d.end, d.end + 100).match(/^\s*meeting of (?:the )?([A-Z][^.\n]{3,80})/)![1]!.trim();
      title = body;
      header = { start: d.start, end: d.end + text.slice(d.end).indexOf(body) + body.length };
    } else {
      continue;
    }
    // Minutes have an attendance block soon after their heading; a date in a table does not.
    if (minutes && !/^[ \t]*(?:PRESENT|Present|APOLOGIES|Apologies)\b/m.test(text.slice(header.end, header.end + 1500))) minutes = false;
    found.push({ id: `meeting:${slug(`${docId.slice(4)}-${d.iso}`)}`, title, date: d, time, venue, kind, status, header, end: text.length, minutes });
  }
  found.sort((a, b) => a.header.start - b.header.start);
  for (let i = 0; i < found.length; i++) found[i]!.end = found[i + 1]?.header.start ?? text.length;
  return found;
}

interface Block {
  label: string;
  status: AttendanceStatus;
  entries: Span[];
}

function attendanceBlocks(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  const region = text.slice(from, to);
  for (const label of LABELS) {
    const re = new RegExp(label.re.source, label.re.flags.includes("g") ? label.re.flags : `${label.re.flags}g`);
    let m: RegExpExecArray | null;
    while ((m = re.exec(region))) {
      const start = from + m.index + m[0].length;
      const rest = text.slice(start, to);
      let end: number;
      if (label.mode === "sentence") {
        const stop = rest.search(/\.\s*(?:\n|$)/);
        end = start + (stop < 0 ? rest.length : stop);
      } else if (label.mode === "table") {
        const stop = rest.search(/^[ \t]*\d+\.\s+[A-Z]/m);
        end = start + (stop < 0 ? rest.length : stop);
      } else {
        const stop = rest.slice(1).search(BLOCK_END);
        end = start + (stop < 0 ? rest.length : stop + 1);
      }
      blocks.push({ label: m[0].trim(), status: label.status, entries: entriesOf(text, start, end, label.mode) });
      if (!label.re.flags.includes("m") && label.mode !== "sentence") break;
    }
  }
  return blocks;
}

/** The spans of the people a block lists. */
function entriesOf(text: string, start: number, end: number, mode: "list" | "lines" | "sentence" | "table"): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /[\s,.;]/.test(text[s]!)) s++;
    while (e > s && /[\s,.;]/.test(text[e - 1]!)) e--;
    if (e > s && !/^and$/i.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  if (mode === "lines") {
    let i = start;
    for (const line of text.slice(start, end).split("\n")) {
      if (line.trim()) push(i, i + line.length);
      i += line.length + 1;
    }
    return out;
  }
  if (mode === "table") {
    // Rows are paragraphs: a row starts on the first line after a blank one (or on a line a page
    // break indented) with a person's name; other lines and paragraphs continue the row above.
    let i = start;
    let afterBlank = true;
    for (const line of text.slice(start, end).split("\n")) {
      const m = line.match(/^\s*((?:Cllr|Councillor|Dr)\s+)?([A-Z][A-Za-z'’-]+\s[A-Z][A-Za-z'’-]+)(?=\s)/);
      const rowStart = afterBlank || /^ [A-Z]/.test(line);
      if (m && rowStart && !/^\s*(Name|Organisation|Role)\b/.test(line)) {
        const s0 = i + line.indexOf(m[0].trim());
        push(s0, s0 + m[0].trim().length);
      }
      afterBlank = line.trim() === "";
      i += line.length + 1;
    }
    return out;
  }
  // list and sentence: split on commas and a final "and", keeping brackets whole.
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && (ch === "," || (text.slice(i, i + 5) === " and " && depth === 0))) {
      push(s, i);
      s = ch === "," ? i + 1 : i + 5;
      if (ch !== ",") i += 4;
    }
  }
  push(s, end);
  return out;
}

interface Item {
  id: string;
  meeting: string;
  number: string | null;
  title: string;
  start: number;
  end: number;
}

function agendaItems(text: string, meetings: MeetingFound[]): Item[] {
  const items: Item[] = [];
  for (const m of meetings) {
    const region = text.slice(m.header.end, m.end);
    if (m.minutes) {
      const re = /^[ \t]*(\d{1,3})\.[ \t]*([A-Z][^\n]{2,110}?)[ \t]*$/gm;
      let x: RegExpExecArray | null;
      while ((x = re.exec(region))) {
        const title = x[2]!.trim();
        if (/\.$/.test(title) || /^\d/.test(title)) continue;
        const start = m.header.end + x.index + x[0].indexOf(x[1]!);
        items.push({ id: `item:${slug(`${m.id.slice(8)}-${x[1]}`)}`, meeting: m.id, number: x[1]!, title: titleCase(title), start, end: m.header.end + x.index + x[0].trimEnd().length });
      }
    } else if (/key (actions and )?decisions/i.test(text)) {
      // Key-decision notes: short unnumbered headings, each followed by a paragraph.
      const re = /\n\n([A-Z][^\n.]{2,70}?)[ \t]*\n\n/g;
      let x: RegExpExecArray | null;
      while ((x = re.exec(region))) {
        // "Matters for Escalation (and where to) N/A": the heading, without its empty answer.
        const title = x[1]!.trim().replace(/\s+N\/A$/, "");
        re.lastIndex -= 2;
        if (/^(Key |Meeting |Action|Completed|Accessibility|Return to)/i.test(title) || title.split(" ").length > 9) continue;
        const start = m.header.end + x.index + 2;
        items.push({ id: `item:${slug(`${m.id.slice(8)}-${title}`)}`, meeting: m.id, number: null, title, start, end: start + title.length });
      }
    }
  }
  return items;
}

const titleCase = (s: string) => (s === s.toUpperCase() ? s.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()) : s);

interface Decision {
  kind: "resolution" | "action";
  id: string;
  item: string | null;
  text: string;
  outcome: string;
  start: number;
  end: number;
}

function resolutionsAndActions(text: string, meetings: MeetingFound[], items: Item[], unresolved: Unresolved[]): Decision[] {
  const out: Decision[] = [];
  const itemAt = (i: number) => items.filter((it) => it.start <= i && meetings.some((m) => m.id === it.meeting && m.header.start <= i && i < m.end)).at(-1) ?? null;
  const paragraphEnd = (i: number) => {
    const e = text.slice(i).search(/\n[ \t]*\n[ \t]*(?:\n|\d{1,3}\.\s|[A-Z][^\n]{0,80}\n\n)/);
    return e < 0 ? text.length : i + e;
  };
  const outcomeOf = (s: string) => (s.match(/\b(agreed|approved|endorsed|supported|welcomed|elected|appointed|noted|agrees)\b/i)?.[1]?.toLowerCase().replace("agrees", "agreed") ?? "resolved");

  const resolved = /Resolved:\s*(?:That\s*)?/g;
  let m: RegExpExecArray | null;
  while ((m = resolved.exec(text))) {
    const start = m.index + m[0].length;
    const end = paragraphEnd(start);
    const body = text.slice(start, end);
    const item = itemAt(m.index);
    const parts = [...body.matchAll(/(?:^|\s)(i{1,3}|iv|v|vi{0,3})\.\s+/g)];
    const pieces: Span[] = parts.length
      ? parts.map((p, k) => ({ start: start + p.index! + p[0].length, end: k + 1 < parts.length ? start + parts[k + 1]!.index! : end }))
      : [{ start, end }];
    for (const [k, p] of pieces.entries()) {
      const t = text.slice(p.start, p.end).replace(/\s+/g, " ").trim();
      if (!t) {
        unresolved.push({ section: "Resolved", start: m.index, end, text: text.slice(m.index, end), why: "no resolution text" });
        continue;
      }
      const s = p.start + text.slice(p.start, p.end).search(/\S/);
      const e = p.start + text.slice(p.start, p.end).trimEnd().length;
      out.push({ kind: "resolution", id: `resolution:${slug(`${item?.id.slice(5) ?? "doc"}-${k + 1}-${t.slice(0, 30)}`)}`, item: item?.id ?? null, text: t, outcome: outcomeOf(t), start: s, end: e });
    }
  }
  const decision = /Action\/Decision:\s*/g;
  while ((m = decision.exec(text))) {
    const start = m.index + m[0].length;
    const end = paragraphEnd(start);
    const t = text.slice(start, end).replace(/\s+/g, " ").trim();
    const item = itemAt(m.index);
    out.push({ kind: "resolution", id: `resolution:${slug(`${item?.id.slice(5) ?? "doc"}-${t.slice(0, 30)}`)}`, item: item?.id ?? null, text: t, outcome: outcomeOf(t), start, end: start + text.slice(start, end).trimEnd().length });
  }
  const action = /Action Point\s*[–-]\s*/g;
  while ((m = action.exec(text))) {
    const start = m.index;
    const end = paragraphEnd(m.index + m[0].length);
    const t = text.slice(m.index + m[0].length, end).replace(/\s+/g, " ").replace(/^\*|\*$/g, "").trim();
    const item = itemAt(m.index);
    out.push({ kind: "action", id: `action:${slug(`${item?.id.slice(5) ?? "doc"}-${t.slice(0, 30)}`)}`, item: item?.id ?? null, text: t, outcome: "", start, end: start + text.slice(start, end).trimEnd().length });
  }
  return out;
}
