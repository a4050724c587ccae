import type { AttendanceStatus } from "../../dataset/format.js";
import { readEntry, type AttendanceFact, type Skipped } from "./attendance.js";
import { trimSpan, type Line, type Span } from "./lines.js";
import { spotNames, type SpottedName } from "./name-spotter.js";
import { looksLikeName } from "../names.js";

/**
 * Attendance lists found by what they are rather than by the label above them. Three rounds of
 * labelled-list rules reached unseen layouts only in part: the label was missing, misspelt, a
 * heading ("1. Welcome and introductions") or lost in a flattened table. A roster is a run of
 * lines that each name one person, with at most a title, initials or a role beside the name, or a
 * stretch of a line that is mostly people's names. Its status still comes from the words just
 * before it; a run of names with no word saying who was there is reported, never recorded.
 */

/** The words before a roster that say what it lists, nearest first. */
const CUES: { re: RegExp; status: AttendanceStatus | "absent" | null }[] = [
  { re: /\b(?:apologies|apologies\s+for\s+absence|apologies\s+received)\b/i, status: "apologies" },
  // "New appointments to the Board — For the Board to note and welcome:": an item's business, saying
  // nothing of who was there (null: the run is reported, never recorded). The whole phrase is one
  // match, so it ends where "welcome" does and, being longer, wins over it.
  { re: /\b(?:for\s+the\s+\w+\s+to\s+(?:note\s+and\s+welcome|note|welcome)|(?:to\s+)?note\s+and\s+welcome)\b/i, status: null },
  { re: /\b(?:absent|not\s+present|did\s+not\s+attend|distribution|circulation|copy\s+to)\b|\bcc\s*:/i, status: "absent" },
  { re: /\b(?:in\s+attendance|also\s+present|also\s+attending|also\s+attended|others\s+present|board\s+support|secretariat)\b/i, status: "in_attendance" },
  { re: /\bofficers?\b/i, status: "officer" },
  { re: /\bobservers?\b/i, status: "observer" },
  {
    re: /\b(?:present|attended|attendees|attendance|attending|members|membership|welcome|introductions|who\s+was\s+there|participants|chaired\s+by)\b/i,
    status: "present",
  },
];

/** Column headings a flattened table leaves among its names. */
const COLUMN_WORDS = /\b(?:Names?|Member|Initials?|Roles?|Organisations?|Representing|Title|Position)\b:?/g;
const COLUMN_WORD = new RegExp(`^${COLUMN_WORDS.source}$`);

/** Lower-case words a role or an organisation beside a name may hold; more than these is prose. */
const ROLE_LOWER = /^(?:of|and|for|the|in|to|&|at|on|with|de|van|von|la|le|da)$/;

export interface RosterLine {
  /** The entry: the name and what stands beside it on its line. */
  span: Span;
  name: Span;
}

/**
 * A line naming one person: the name within its first words (after a title such as "PFCC" or
 * "DCC"), and beside it only initials, a role or an organisation, not a sentence.
 */
export function rosterLine(text: string, line: Line, names: SpottedName[] = spotNames(text, line.at, line.end)): RosterLine | null {
  const t = line.text;
  if (!t || t.length > 140 || /[.!?]\s+\S/.test(t) || /[.!?]$/.test(t.replace(/\b[A-Z]\.$/, ""))) return null;
  if (names.length > 1) return null;
  // "Nicci Marzec (NM)": a first name no lexicon knows, vouched for by initials that fit it.
  const withInitials = names.length ? null : readEntry(t.replace(/^[A-Z]{1,5}\.?\s+(?=[A-Z][a-z])/, ""));
  if (!names.length && !withInitials?.initials) return null;
  const at = names.length ? names[0]!.span.start : line.at + t.indexOf(withInitials!.person.name.split(" ")[0]!);
  const n = names[0] ?? { span: { start: at, end: at + withInitials!.person.name.length }, name: { start: at, end: at + withInitials!.person.name.length } };
  if (text.slice(n.name.start, n.name.end) !== withInitials?.person.name && !names.length) return null;
  const lead = text.slice(line.at, n.span.start).trim();
  // "PFCC Stephen Mold (SM)", "DCC Simon Nickless", "• Jane Doe": a title or a bullet before the name.
  if (lead && !/^(?:[•·*▪◦–-]|[A-Z]{1,5}\.?|\(?\d{1,2}[.)])$/.test(lead)) return null;
  const rest = text
    .slice(n.span.end, line.end)
    .replace(/\([^)]*\)/g, " ")
    .trim();
  const lower = rest.split(/[\s,/]+/).filter((w) => /^[a-z]/.test(w) && !ROLE_LOWER.test(w));
  if (lower.length > 2) return null;
  return { span: { start: n.span.start, end: line.end }, name: n.name };
}

/**
 * A line that holds nothing but names, the row of a grid of names ("David Soans Allan Matthews
 * Terry James Belinda Humfrey" under "Name Name Name Name"): one entry a name.
 */
export function namesLine(text: string, line: Line, spotted: SpottedName[] = spotNames(text, line.at, line.end)): RosterLine[] | null {
  if (!line.text || line.text.length > 200) return null;
  const names = [...spotted];
  // "Briony Ladbury (Croydon PCT)": a first name no lexicon knows, vouched for by the organisation in
  // brackets after it, as the names beside it have theirs.
  const bracketed = /(?<![A-Za-z'’-])([A-Z][a-z'’-]+\s(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+)\s*\(/g;
  for (let m = bracketed.exec(line.text); m; m = bracketed.exec(line.text)) {
    const start = line.at + m.index;
    const end = start + m[1]!.length;
    if (!looksLikeName(m[1]!) || names.some((n) => n.span.start < end && start < n.span.end)) continue;
    names.push({ span: { start, end }, name: { start, end } });
  }
  names.sort((a, b) => a.span.start - b.span.start);
  if (names.length < 2) return null;
  let rest = text.slice(line.at, line.end);
  for (const n of [...names].reverse()) rest = rest.slice(0, n.span.start - line.at) + rest.slice(n.span.end - line.at);
  // Beside the names only organisations in brackets, which two columns side by side may have broken
  // over lines ("Derek Myers (RB Kensington Alastair Jeffrey (Met Police) … and Chelsea)").
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(/\([^()]*\)/g, " ");
  }
  rest = rest.replace(ORG_IN_BRACKETS, " ").replace(TRAILING_LABEL, "");
  if (rest.replace(COLUMN_WORDS, "").replace(/[\s,;&]|\band\b/g, "")) return null;
  return names.map((n, i) => {
    // The entry runs to the next name, so that its organisation stays with it.
    const end = trimSpan(text, n.span.start, names[i + 1]?.span.start ?? line.end)?.end ?? n.span.end;
    return { span: { start: n.span.start, end: Math.max(n.span.end, end) }, name: n.name };
  });
}

/** What is left of organisations in brackets a column break split: an opening or a closing half. */
const ORG_IN_BRACKETS = /\([^()]*|[^()]*\)/g;
/** A label the next lines' list answers to, at the end of a line of names ("… Vivienne Bartlett (GOL) Apologies:"). */
const TRAILING_LABEL = /\s(?:Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present|Absent)\s*:\s*$/i;
/** A line that is only the tail of brackets a column break left ("Board) Councils)"). */
const BRACKET_TAILS = /^(?:[^()]*\)\s*)+$/;

interface Run {
  entries: RosterLine[];
  /** Where the words that may say what the run lists are: the two lines before it, or the line's start. */
  cue: Span;
}

function lineRuns(text: string, lines: Line[]): Run[] {
  const runs: Run[] = [];
  let cur: RosterLine[] = [];
  let startIdx = -1;
  // A short heading straight above that says what follows ("3. Apologies") vouches for a run of any length.
  const headed = (idx: number) => {
    const above = lines
      .slice(0, idx)
      .filter((l) => l.text && l.text.replace(COLUMN_WORDS, "").trim())
      .at(-1);
    return !!above && above.text.length <= 40 && CUES.some((c) => c.status !== null && c.re.test(above.text));
  };
  let runCue: Span | null = null;
  const close = (endIdx: number) => {
    if (cur.length >= 3 || (cur.length && (runCue || headed(startIdx)))) {
      const before = lines.slice(0, startIdx).filter((l) => l.text);
      const cueLines = before.slice(-2);
      const first = lines[startIdx]!;
      runs.push({ entries: cur, cue: runCue ?? { start: cueLines[0]?.at ?? first.at, end: first.at } });
    }
    runCue = null;
    cur = [];
    startIdx = endIdx;
  };
  let nextCue: Span | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    // "Board) Councils)": what a column break left of the organisations above.
    if (cur.length && BRACKET_TAILS.test(l.text)) continue;
    // Spotted once, for both readings of the line.
    const spotted = spotNames(text, l.at, l.end);
    const r = rosterLine(text, l, spotted);
    const several = r ? null : namesLine(text, l, spotted);
    const trailing = several ? TRAILING_LABEL.exec(l.text) : null;
    if (trailing && several) {
      if (!cur.length) startIdx = i;
      cur.push(...several);
      close(i + 1);
      // The next lines are the list the label at this line's end opens.
      const at = l.at + trailing.index;
      nextCue = { start: at, end: at + trailing[0].length };
      continue;
    }
    // A heading row of column names ("Name Name Name Name") inside the run is skipped.
    if (!r && !several && cur.length && !l.text.replace(COLUMN_WORDS, "").trim()) continue;
    if (r || several) {
      if (!cur.length) {
        startIdx = i;
        runCue = nextCue;
        nextCue = null;
      }
      cur.push(...(r ? [r] : several!));
    } else if (!cur.length && !l.text.replace(COLUMN_WORDS, "").trim()) {
      // Column headings above the run are no cue: the label is above them.
      continue;
    } else close(i + 1);
  }
  close(lines.length);
  return runs;
}

/** A stretch of one line that is mostly names (a table that lost its columns): the names, where at least four stand close together. */
function denseRuns(text: string, line: Line): Run[] {
  if (line.text.length < 80) return [];
  const names = spotNames(text, line.at, line.end);
  const runs: Run[] = [];
  let cur: typeof names = [];
  const close = () => {
    if (cur.length >= 4) {
      const start = cur[0]!.span.start;
      // The label stands right before a flattened list: the last three words before it that are not column headings.
      const words = [...text.slice(line.at, start).matchAll(/\S+/g)].filter((w) => !COLUMN_WORD.test(w[0]));
      const cueFrom = words.length >= 3 ? line.at + words.at(-3)!.index : line.at;
      runs.push({
        entries: cur.map((n, i) => ({ span: { start: n.span.start, end: Math.min(n.name.end, cur[i + 1]?.span.start ?? n.name.end) }, name: n.name })),
        cue: { start: cueFrom, end: start },
      });
    }
    cur = [];
  };
  for (const n of names) {
    // "Role Independent": a column heading the spotter took for a first name.
    if (COLUMN_WORD.test(text.slice(n.name.start, n.name.end).split(/\s+/)[0]!)) {
      close();
      continue;
    }
    const prev = cur.at(-1);
    const gap = prev ? text.slice(prev.span.end, n.span.start).replace(COLUMN_WORDS, "").trim() : "";
    // Between two names of a flattened column stands nothing, a comma, or initials.
    if (prev && !/^(?:[,;&]|and|\(?[A-Z]{2,4}\)?)?$/.test(gap)) close();
    cur.push(n);
  }
  close();
  return runs;
}

function statusOf(text: string, cue: Span): AttendanceStatus | "absent" | null {
  const words = text.slice(cue.start, cue.end);
  // The cue nearest the list wins; of two ending together ("Not Present") the longer.
  let best: { at: number; end: number; status: AttendanceStatus | "absent" | null } | null = null;
  for (const c of CUES) {
    const re = new RegExp(c.re.source, "gi");
    for (let m = re.exec(words); m; m = re.exec(words)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.at)) best = { at: m.index, end, status: c.status };
    }
  }
  return best?.status ?? null;
}

export function rosters(text: string, lines: Line[], from: number, to: number, covered: Span[]): { facts: AttendanceFact[]; skipped: Skipped[] } {
  const facts: AttendanceFact[] = [];
  const skipped: Skipped[] = [];
  // Attendance is recorded before the business: the meeting's opening only.
  const end = Math.min(to, from + 5000);
  const region = lines.filter((l) => l.end > from && l.start < end);
  const overlaps = (s: Span) => covered.some((c) => c.start < s.end && s.start < c.end);
  const runs = [...lineRuns(text, region), ...region.flatMap((l) => denseRuns(text, l))];
  // The same names listed again under another heading ("Alec Brown, Leader …" under "Welcome and
  // introductions" and again under "Declarations of Interest"): a web page's presenters of each
  // item, not a list of those there. A name counts as listed again where a later line opens with it.
  const opensLaterLine = (name: string, after: number) =>
    lines.some((l) => l.start >= after && l.start < to && l.text.startsWith(name) && /^[\s,(–-]/.test(l.text.slice(name.length) || " "));
  const repeated = (entries: RosterLine[]) => {
    const last = entries.at(-1)!.span.end;
    return entries.filter((e) => opensLaterLine(text.slice(e.name.start, e.name.end), last)).length >= Math.min(2, entries.length);
  };
  for (const run of runs) {
    const entries = run.entries.filter((e) => !overlaps(e.span));
    if (entries.length < Math.min(3, run.entries.length)) continue;
    const status = statusOf(text, run.cue);
    const whole = trimSpan(text, entries[0]!.span.start, entries.at(-1)!.span.end)!;
    const presenters = !!status && status !== "absent" && repeated(entries);
    if (!status || status === "absent" || presenters) {
      skipped.push({
        section: "attendance",
        ...whole,
        text: text.slice(whole.start, whole.end),
        why: presenters
          ? "the same names listed under another item too: an item's presenters, not attendance"
          : status === "absent"
            ? "names listed as absent or circulated to: not attendance"
            : `a list of ${entries.length} names with no word saying who was there: not recorded`,
      });
      continue;
    }
    for (const e of entries) {
      const read = readEntry(text.slice(e.name.start, e.span.end)) ?? readEntry(text.slice(e.name.start, e.name.end));
      if (!read) continue;
      facts.push({
        person: read.person,
        status,
        span: e.span,
        initials: read.initials,
        confidence: 0.7,
        section: `a list of names under "${text.slice(run.cue.start, run.cue.end).trim().slice(-60)}"`,
      });
    }
  }
  return { facts, skipped };
}
