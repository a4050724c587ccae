import type { AttendanceStatus } from "../../dataset/format.js";
import {
  initialsOf,
  isFirstName,
  isHonorificWord,
  looksLikeName,
  nameKey,
  parsePerson,
  GUARDED_ROLE_WORDS,
  ROLE_WORDS,
  splitHonorific,
  type PersonMention,
} from "../names.js";
import { trimSpan, type Line, type Span } from "./lines.js";
import { spotNames, type SpottedName } from "./name-spotter.js";

/**
 * Attendance: labelled blocks ("Present:", "Apologies for absence", "In attendance", "Officers",
 * a participants table), inline lists on the label's line, sentences ("Apologies for absence were
 * received from …", "X attended as substitute for Y"), and the entries of each: comma, semicolon
 * or line separated, tables of name / initials / organisation, flattened tables.
 */

export interface AttendanceFact {
  person: PersonMention;
  status: AttendanceStatus;
  /** Where the person is named (the whole entry, qualifiers included). */
  span: Span;
  /** Initials the table gives, or null. */
  initials: string | null;
  confidence: number;
  section: string;
}

export interface Skipped {
  section: string;
  start: number;
  end: number;
  text: string;
  why: string;
}

interface Label {
  re: RegExp;
  status: AttendanceStatus | "absent";
  substitute?: boolean;
}

// A label ends at a colon or dash, at the line's end, or before a space (then a list must follow: isLabel).
// "Present; R. Gore (Chair), C. Hunt": a semicolon for the colon, as some parish minutes print it.
const TAIL = String.raw`(?:\s*(?::|;|–|—|-)\s*|\s*$|(?=\s))`;
/** How those present took part, after the label: "Present in the room", "Members present via Teams". */
const MODE = String.raw`(?:\s+(?:in\s+(?:the\s+)?(?:room|person|chamber)|via\s+(?:MS\s+)?(?:Teams|Zoom|video(?:\s+link)?)|virtually|remotely|online|on\s+(?:MS\s+)?(?:Teams|Zoom)))?`;
/** Labels that open a block at the start of a line. Order matters: the longer forms first. */
const LABELS: Label[] = [
  {
    re: new RegExp(
      String.raw`^(?:the\s+following\s+)?apologies(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+substitut(?:ions|es)(?:\s+minutes(?=\s*:))?)?(?:\s+(?:were|have\s+been|had\s+been)?\s*(?:also\s+)?(?:received|submitted|given|noted|accepted|reported)(?:\s+(?:at|for|to)\s+(?:the|this)\s+meeting)?(?:\s+by\s+the\s+chair(?:man)?)?(?:\s+from)?)?(?:\s+from|\s+on\s+behalf\s+of)?(?:\s*the\s+following(?:\s+(?:[\w’'-]+\s+){0,3}?(?:members|people|persons|representatives))?)?(?:\.(?=\s*$))?${TAIL}`,
      "i",
    ),
    status: "apologies",
  },
  {
    re: new RegExp(String.raw`^(?:(?:the\s+following\s+(?:were|was)\s+(?:also\s+)?)|also\s+)?in\s+attendance(?:\s+(?:were|for\s+the\s+meeting))?${TAIL}`, "i"),
    status: "in_attendance",
  },
  {
    re: new RegExp(
      String.raw`^(?:also\s+(?:present|attending)|others?(?:\s+(?:present|in\s+attendance|attending))?|attending|guests?(?:\s+present)?)${TAIL}`,
      "i",
    ),
    status: "in_attendance",
  },
  {
    re: new RegExp(String.raw`^(?:other\s+|council\s+|nhs\s+|supporting\s+)?officers?(?:\s+(?:present|in\s+attendance|attending|supporting))?${TAIL}`, "i"),
    status: "officer",
  },
  // "Support" over a table of the council's staff who serve the partnership.
  { re: new RegExp(String.raw`^support(?:\s+(?:officers|staff|team))?(?:\s*:)?(?=\s*$)`, "i"), status: "officer" },
  // "Core Membership" over the members' table.
  { re: new RegExp(String.raw`^(?:core|full|voting|statutory)\s+membership(?:\s*:)?(?=\s*$)`, "i"), status: "present" },
  { re: new RegExp(String.raw`^observers?(?:\s+present)?${TAIL}`, "i"), status: "observer" },
  // "Clerk: Mrs A Bee", "County Councillor: M Black", "Minute taker: …": there in a role, not as members.
  {
    re: new RegExp(
      String.raw`^(?:(?:(?:parish|town|deputy|assistant|locum)\s+)?clerk(?:\s+to\s+the\s+(?:council|board|committee))?|(?:minute|note)[-\s]?taker|minutes\s+taken\s+by|secretary|(?:county|district|ward|borough|unitary)\s+councillors?(?=\s*:))${TAIL}`,
      "i",
    ),
    status: "in_attendance",
  },
  // Members of the public who came to watch are observers of the meeting, not its members.
  {
    re: new RegExp(
      String.raw`^(?:members\s+of\s+(?:the\s+)?public|public\s+(?:attendance|present|attendees)|public\s+in\s+attendance)(?:\s+present)?\s*(?::-|:|–|—|-)?(?=\s|$)`,
      "i",
    ),
    status: "observer",
  },
  { re: new RegExp(String.raw`^(?:\d+\.?\s*)?participants${TAIL}`, "i"), status: "participant" },
  { re: new RegExp(String.raw`^substitutes?(?:\s+(?:present|members))?${TAIL}`, "i"), status: "present", substitute: true },
  // "There were the following substitutes: S Burns for D Gallagher; …", "… the appointment of the
  // following substitute members was reported:-".
  {
    re: /^[^:\n]{0,120}?\bfollowing\s+substitut(?:es|e\s+members?|ions?)\b[^:\n]{0,40}?(?::-|:)\s*/i,
    status: "present",
    substitute: true,
  },
  // "The Partnership received the following apologies for this meeting:Paul Bradley – …".
  { re: /^[^:\n]{0,120}?\b(?:received|noted|accepted)\s+the\s+following\s+apologies\b[^:\n]{0,40}?(?::-|:)\s*/i, status: "apologies" },
  { re: new RegExp(String.raw`^(?:absent|not\s+present|did\s+not\s+attend|absent\s+without\s+apologies)${TAIL}`, "i"), status: "absent" },
  // A circulation list ("cc:", "Copy to:", "Distribution:") names people sent the minutes, not attendees.
  { re: new RegExp(String.raw`^(?:cc|copy\s+to|copies\s+to|circulation(?:\s+list)?|distribution(?:\s+list)?)\s*:`, "i"), status: "absent" },
  // "Witnesses in attendance", "Advisers in attendance": others there, not members.
  {
    re: new RegExp(String.raw`^(?![^\n]*\bmembers\b)(?:[A-Z][a-z]+\s+(?:and\s+|&\s+)?){1,3}in\s+attendance${TAIL}`, "i"),
    status: "in_attendance",
  },
  // "Members and Deputies Present (By place and then alphabetical by first name)".
  {
    re: new RegExp(String.raw`^(?:[A-Z][a-z]+\s+(?:and\s+|&\s+)?){1,4}(?:present|in\s+attendance)(?:\s*\([^)\n]{0,100}\))?${TAIL}`, "i"),
    status: "present",
  },
  {
    re: new RegExp(
      // "Children’s Trust Members Present": the body's name before "members present".
      String.raw`^(?:(?:board|committee|voting|non[-\s]voting|partnership|core|statutory)\s+|(?:[\w’'&-]+\s+){1,4}?(?=members\s+present))?(?:members\s+present|members\s+in\s+attendance|present|attendees|attendance(?:\s+(?:details|list|record))?|those\s+(?:present|attending|in\s+attendance)|members|councillors|voting\s+members)${MODE}(?:\s*\([^)\n]{1,60}\))?${TAIL}`,
      "i",
    ),
    status: "present",
  },
];

/** Lines where a block ends: another label, a numbered item, minutes text, a heading. */
const ITEM_LINE =
  /^agenda\s+item\s+\d{1,3}[a-z]?\b|^(?:item\s+)?(?:\d{1,3}(?:\.\d{1,2})*|[A-Z]{1,5}[/.-]?\d{1,4}(?:\/\d{1,4})*)[.):]?(?:\s|$)|^minutes\s*:|^(?:welcome|introductions|declarations|minutes of|matters arising|chair['’]?s?\s)/i;

/** The opening of an apologies sentence: "Apologies for absence were received from …". */
const APOLOGIES_SENTENCE =
  /\b(?:apologies(?:\s+for\s+absence)?\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:(?:received|submitted|given|noted|accepted)\s+(?:from|on\s+behalf\s+of)|(?:given|submitted|sent|tendered)\s+by)|apologies\s+(?:were\s+)?(?:also\s+)?received\s+from)\s+/i;

/** A row's last cell, after a tab or a wide gap, saying whether its person came. */
/** What a status column says, as minutes and modern.gov's attendance tables write it. */
const STATUS_VALUE = String.raw`(present(?:,?\s+as\s+substitute)?|attended|yes|in\s+attendance|apologies(?:,\s+sent\s+representative)?|apologies\s+received|apols?|sent\s+apologies|absent|did\s+not\s+attend|expected|dna|no|[YNAPX✓✔✗])`;
/** A row's last cell, after a tab, a wide gap or a bar, saying whether its person came. */
const STATUS_CELL = new RegExp(String.raw`(?:\t|\s{2,}|\s\|\s?)${STATUS_VALUE}\s*$`, "i");
/** The same where the page kept single spaces between cells: only under a heading row that ends with the column's name. */
const STATUS_WORD_AT_END = new RegExp(String.raw`\s${STATUS_VALUE}\s*$`, "i");
/** A heading over such a column. */
const STATUS_HEADING = /\b(?:present|attend(?:ed|ance)|status|apologies)\b/i;
const STATUS_LAST_HEADING = /\b(?:attendance|attended|status|present(?:\/apologies)?)\s*$/i;
const statusWord = (w: string): AttendanceStatus | "absent" =>
  /^(?:present|attended|yes|y|p|✓|✔)\b/i.test(w)
    ? "present"
    : /^in\s+attendance$/i.test(w)
      ? "in_attendance"
      : /^(?:apolog|apols?$|sent|a$)/i.test(w)
        ? "apologies"
        : "absent";

/** A table's heading row among its people: "Name  Organisation", "| Name | Role |". */
const COLUMN_HEADS =
  /^\|?\s*(?:(?:names?|organisations?|roles?|titles?|representing|positions?|initials|attendance|job\s+title|designation|agency)\s*[|\t/]?\s*)+$/i;

/**
 * "Cllr Shaun McMillan - ChairCllr Raymond Bailey": two columns a PDF glued where a title begins the
 * second; the line's pieces, split before each title run into the word before it.
 */
function gluedColumns(text: string, l: Line): Span[] {
  const cuts = [...l.text.matchAll(/(?<=[a-z)])(?=(?:Cllr|Councillor|Clerk|Dr|Mr|Mrs|Ms|Miss|Prof)\b)/g)].map((m) => l.at + m.index);
  const bounds = [l.at, ...cuts, l.end];
  return bounds.slice(1).flatMap((e, i) => trimSpan(text, bounds[i]!, e) ?? []);
}

/**
 * The people listed one a line straight under a meeting's header (within its first lines), up to
 * two blank lines or a line that is neither a person nor the wrapped end of the line above.
 */
function firstGroup(lines: Line[]): Line[] {
  const nonBlank = lines.filter((l) => l.text);
  const first = nonBlank.slice(0, 8).find((l) => readEntry(l.text) && !ITEM_LINE.test(l.text));
  if (!first) return [];
  const group: Line[] = [];
  let blanks = 0;
  for (const l of lines.slice(lines.indexOf(first))) {
    if (!l.text) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    // A person a line, or a line that is a list of them ("Cllrs B Austin, D Bretherton, …").
    const people = readEntry(l.text) || (listOfPeople(l.text) && !/[.!?]\s/.test(l.text));
    if (people && !ITEM_LINE.test(l.text) && !/[.!?]$/.test(l.text.replace(/\b[A-Z]\.$/, ""))) group.push(l);
    // "rep Debbie Olley)": the wrapped end of the entry above.
    else if (!(group.length && l.text.length < 80 && /^[a-z(]/.test(l.text) && !/[.!?]$/.test(l.text))) break;
  }
  return group;
}

/** An apologies column's mark in a flattened row. */
const APOLOGY_CELL = /(?<![\w-])(?:Apols|Apologies|Sent apologies)(?![\w-])/;
const UNNAMED_APOLOGY = new RegExp(`${APOLOGY_CELL.source}\\s+[A-Z]{2,4}(?=\\s)`, "g");
/** The same mark at the start of what reads as the next row's name. */
const APOLOGY_LEAD = new RegExp(`^${APOLOGY_CELL.source}\\s+`);

/** "One member of the public", "3 members of the public": a count among the names, nobody's name. */
const PUBLIC_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+members?\s+of\s+(?:the\s+)?public\b/i;

/** A title that opens a person's entry: another person, not the role of the one before. */
const HONORIFIC_LEAD = /^(?:and\s+|&\s+)?(?:Cllrs?|Councillors?|Dr|Mr|Mrs|Ms|Miss|Prof(?:essor)?|Sir|Dame|Lord|Lady|Rev(?:d)?)\.?\s/;

/** A clause after an apologies list naming who came instead: ", with Bob Baker attending as her substitute". */
const WITH_SUBSTITUTE = /,?\s+(?:with|and)\s+(?=[^,.;]{0,60}\b(?:attending|attended|substituting|deputising)\b)/;

/** A document's header line: "Minutes of the Meeting held", "Minutes of a meeting of the Board held on …". */
const MINUTES_HEADER = /^minutes\s+of\s+(?:the|a)\s+(?:[\w&’'-]+\s+){0,8}?(?:meeting|held)\b(?!.*\b(?:last|previous)\b)/i;

/** An item's numbers before its title: "3.", "C048/23      1.", "Item 4". */
const ITEM_NUMBERS = /^(?:item\s+)?(?:[A-Z]{0,5}\d{1,4}(?:[./]\d{1,4})*[.):]?\s+){1,2}/i;
/** A full stop that ends a sentence, not an initial's or a title's ("Cllr.", "J."). */
const SENTENCE_END = /\.(?=\s|$)(?<![A-Z]\.)(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St)\.)/;

const BULLET = /^[•·*▪◦–-]\s+/;

/** A table's first cell before the label: "1. / Present", "2 | Apologies" (a row number, then a cell separator). */
const ROW_NUMBER = /^\d{1,2}\.?\s*[/|\t]\s*/;
/** An item's number before "Apologies" in a table of items: "1     Apologies   •   B Jones". */
const ITEM_NUMBER = /^\d{1,2}[.)]?\s+(?=apologies\b)/i;

/** The label a line starts with, and how many of its characters the label takes. */
const isLabel = (t: string): { label: Label; length: number } | null => {
  // "- Apologies:": a bullet before the label.
  const lead = ROW_NUMBER.exec(t)?.[0].length ?? ITEM_NUMBER.exec(t)?.[0].length ?? BULLET.exec(t)?.[0].length ?? 0;
  // An item numbered "Apologies" is a label only where people follow it on its line.
  const numbered = lead > 0 && !ROW_NUMBER.test(t) && !BULLET.test(t);
  const u = t.slice(lead);
  for (const l of LABELS) {
    const m = u.match(l.re);
    if (!m) continue;
    const rest = u.slice(m[0].length);
    // "Present" alone, or "Present:" / "Apologies – …" with the list after it; not "Present at the meeting the Board …".
    if (!numbered && (!rest.trim() || /[:;–—-]\s*$/.test(m[0]))) return { label: l, length: lead + m[0].length };
    // "In Attendance Dr Peter Christian Governing Body Member …": a flattened list that opens with an honorific.
    if (
      !numbered &&
      /^\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor)\.?\s+[A-Z][a-z]/.test(rest) &&
      !/\b(?:from|were)\s*$/i.test(m[0]) &&
      !/\b(?:attended|were|was)\b/.test(rest)
    )
      return { label: l, length: lead + m[0].length };
    // A sentence ("Apologies were received from X. Y attended as substitute.") is read by the sentence rules.
    if (/^\s/.test(rest) && !/\b(?:from|were|received|submitted|given|noted)\s*$/i.test(m[0]) && listOfPeople(rest, /^(?:\s{2,}|\t)/.test(rest)))
      return { label: l, length: lead + m[0].length };
  }
  return null;
};

/** Whether a line opens with an attendance list's label ("Those present: Mr Barr, …", "Apologies"). */
export const opensWithAttendanceLabel = (t: string): boolean => !!isLabel(t.trim());

/** Whether a line is an attendance list's label alone ("Attendees", "Not Present", "Statutory Members"): no heading of an item. */
export const isAttendanceLabel = (t: string): boolean => {
  const found = isLabel(t);
  return !!found && !t.slice(found.length).trim();
};

/**
 * Whether a run of text is a list of two or more people, most of its comma or semicolon separated
 * entries names; in a table's cell (set apart by a wide gap), one person is a list too.
 */
function listOfPeople(t: string, cell = false): boolean {
  // "Ian James (Director of Communities and Adult Social Care)": an "and" inside brackets parts no one.
  const parts = t
    .replace(/\([^()]*\)/g, "")
    .split(/[,;]|\s(?:and|&)\s/)
    .map((p) => p.trim().replace(/\.$/, ""))
    .filter(Boolean);
  const people = parts.filter((p) => readEntry(p)).length;
  if (cell && parts.length >= 1 && people === parts.length) return true;
  return parts.length >= 2 && people >= Math.max(2, 0.8 * parts.length);
}

/** "Minutes of the … held on 8 December 2011 in the Wainhouse Room, Halifax Present:": the list starts on the next line. */
const labelAtEnd = (t: string): { label: Label; length: number } | null => {
  const m = /\s((?:members\s+)?present|apologies(?:\s+for\s+absence)?|(?:also\s+)?in\s+attendance|also\s+present)\s*:\s*$/i.exec(t);
  const found = m && t.length > 40 ? isLabel(`${m[1]!}:`) : null;
  return found ? { label: found.label, length: t.length } : null;
};
const FOOTNOTE = /^\*+\s*=/;
const PAGE_FURNITURE = /^(?:\d{1,3}|page\s+\d+(?:\s+of\s+\d+)?|official(?:[- ]sensitive)?|confidential|draft|\f)$/i;

/** The role words as alternatives of a pattern, "Vice-Chair" and "Vice Chair" alike. */
const ROLE_ALTERNATIVES = [...ROLE_WORDS, ...GUARDED_ROLE_WORDS].map((w) => w.replace(/[- ]/g, "[- ]")).join("|");
/**
 * A piece that is a role (and an organisation) and then a name, its row's break lost: "Lay Member
 * Jahan Mahmoodi". "Member" counts as a role's word here only, after the name before it.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:[\p{Lu}-]\p{Ll}[\p{Ll}'’]*)*`;
const ROLE_THEN_NAME = new RegExp(String.raw`^(.*?\b(?:${ROLE_ALTERNATIVES}|Member)\b.*?)(\s+)(${NAME_WORD}(?:\s+(?:\p{Lu}\.?|${NAME_WORD})){1,2})$`, "u");
/** A list's piece that is someone's role, not someone: "County and District Councillor (PH)", "Chief Executive". */
const ROLE_ANYWHERE = new RegExp(String.raw`\b(?:${ROLE_ALTERNATIVES})\b`);
/** A role and organisation in title case, one full stop at most at its end: "Deputy City Mayor, Leicester City Council." */
const ROLE_LINE =
  /^(?:[A-Z(][\w'’&()/-]*|and|of|for|the|in|to|with|on|at|–|-|&)(?:,?\s+(?:[A-Z(][\w'’&()/.-]*,?|and|of|for|the|in|to|with|on|at|–|-|&))*[.,]?$/;
const roleOnly = (t: string) => ROLE_LINE.test(t) && /[a-z]/.test(t) && (/,/.test(t) || ROLE_ANYWHERE.test(t));
const ROLE_PIECE = new RegExp(String.raw`^[A-Z][^,;]{0,80}\b(?:${ROLE_ALTERNATIVES})\b[^,;]{0,40}$`);

/** Depth-0 separators of a list: commas, semicolons, " and ", " & ", bullets. */
function splitList(text: string, s: number, e: number, semicolons: boolean): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = s;
  const push = (a: number, b: number) => {
    const t = trimSpan(text, a, b);
    if (!t || /^(?:and|&)$/i.test(text.slice(t.start, t.end))) return;
    // "…; and Cecilia Yardley, Healthwatch": the list's last "and" is no part of the entry.
    const and = /^(?:and|&)\s+/i.exec(text.slice(t.start, t.end))?.[0].length ?? 0;
    out.push({ start: t.start + and, end: t.end });
  };
  for (let i = s; i < e; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // A bullet ("Ann Able – Chair • Bob Best") parts entries whatever else does.
      if ((semicolons ? ch === ";" || ch === "\n" : ch === ",") || ch === "•" || ch === "▪") {
        push(from, i);
        from = i + 1;
      } else if (!semicolons && /^\s(?:and|&)\s/i.test(text.slice(i, i + 6))) {
        const len = text.slice(i, i + 6).match(/^\s(?:and|&)\s/i)![0].length;
        push(from, i);
        from = i + len;
        i += len - 1;
      }
    }
  }
  push(from, e);
  return out;
}

/**
 * A name followed by its initials, as flattened attendance tables write them: "Jane Doe JD". The
 * name's later words hold a lower-case letter: in "Ed Garratt EG ICS Executive Lead" the initials
 * are "EG", not a third word of the name before "ICS".
 */
const NAME_WITH_INITIALS =
  /(?:(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor|Prof)\.?[ \t]+)?([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*){1,3})(?:[ \t]+\((?:Chair|Chairman|Vice[- ]Chair|Deputy Chair|Co-Chair|[^()]{3,120})\))?[ \t]+\(?([A-Z][A-Za-z]{1,3})\)?(?=[\s,)]|$)/g;

function initialsRows(text: string, s: number, e: number): { span: Span; initials: string; nameEnd: number }[] {
  const rows: { span: Span; initials: string; nameEnd: number; at: number }[] = [];
  const re = new RegExp(NAME_WITH_INITIALS.source, "g");
  const region = text.slice(s, e);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region))) {
    const name = splitHonorific(m[1]!).rest;
    const ini = m[2]!;
    if (!initialsFit(ini, name) || !looksLikeName(name)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    rows.push({ at: s + m.index, span: { start: s + m.index, end: e }, initials: ini, nameEnd: s + m.index + m[0].length });
  }
  for (let i = 0; i < rows.length; i++) rows[i]!.span.end = i + 1 < rows.length ? rows[i + 1]!.at : e;
  return rows.map((r) => ({ span: trimSpan(text, r.span.start, r.span.end) ?? r.span, initials: r.initials, nameEnd: r.nameEnd }));
}

/**
 * "Jon Hayes Clinical Chair JH Kirsty Alexander GP Locality Representative KA …": a table of name,
 * role and initials that lost its columns; a row ends at initials that fit the words it opens with
 * ("AMor" for Anne Morris, "STW" for Sarah Talbot- Williams).
 */
function initialsLastRows(text: string, s: number, e: number): { span: Span; name: Span; initials: string }[] {
  const rows: { span: Span; name: Span; initials: string }[] = [];
  const re = /(?<![\w'’-])([A-Z]{2,4}[a-z]{0,4})(?=[\s,]|$)/g;
  const region = text.slice(s, e);
  let rowAt = s + (/^\s*/.exec(region)?.[0].length ?? 0);
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const at = s + m.index;
    const words = [...text.slice(rowAt, at).matchAll(/\S+/g)];
    const ini = m[1]!.replace(/[a-z]/g, "");
    const lead = words.length && isHonorificWord(words[0]![0]) ? 1 : 0;
    let found: Span | null = null;
    for (let k = 2; k <= 4 && lead + k <= words.length; k++) {
      const part = words.slice(lead, lead + k);
      // "Sarah Talbot- Williams": a hyphen the line broke after.
      const name = part
        .map((w) => w[0])
        .join(" ")
        .replace(/-\s/g, "-");
      if (initialsFit(ini, name) && looksLikeName(name)) {
        found = { start: rowAt + words[lead]!.index!, end: rowAt + part.at(-1)!.index! + part.at(-1)![0].length };
        break;
      }
    }
    if (!found) continue;
    rows.push({ span: { start: rowAt, end: at + m[1]!.length }, name: found, initials: m[1]! });
    rowAt = at + m[1]!.length + (/^\s*/.exec(text.slice(at + m[1]!.length, e))?.[0].length ?? 0);
  }
  return rows;
}

/**
 * "CA Carole Atkinson Chair SNB, Stop and Search WKP Wendy Kyrle-Pope Vice Chair & LCP2 …": a table
 * whose first column is the initials, flattened; a row starts at initials the next name fits.
 */
function initialsFirstRows(text: string, s: number, e: number): { span: Span; name: Span; initials: string }[] {
  const re =
    /(?<![A-Za-z])([A-Z]{2,4})\s+((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms)\.?\s+)?([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.?)?\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?))(?=[\s,]|$)/g;
  const region = text.slice(s, e);
  const rows: { at: number; name: Span; initials: string }[] = [];
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const name = m[3]!;
    if (!initialsFit(m[1]!, name.replace(/\s+[A-Z]\.?(?=\s)/, "")) || !looksLikeName(name)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const at = s + m.index + m[0].indexOf(m[2]!);
    rows.push({ at, name: { start: s + m.index + m[0].indexOf(name), end: s + m.index + m[0].indexOf(name) + name.length }, initials: m[1]! });
  }
  return rows.map((r, i) => ({
    span: trimSpan(text, r.at, i + 1 < rows.length ? rows[i + 1]!.name.start - rows[i + 1]!.initials.length - 1 : e) ?? r.name,
    name: r.name,
    initials: r.initials,
  }));
}

/** "JD" for Jane Doe, "MWh" for Martin Whittle, "JRM" for Jo Rycroft Malone: first letters agree, the rest may add. */
function initialsFit(ini: string, name: string): boolean {
  const own = initialsOf(name);
  const caps = ini.replace(/[a-z]/g, "");
  return /^[A-Z]/.test(ini) && caps.length >= 2 && caps[0] === own[0] && (caps.at(-1) === own.at(-1) || (ini.length === 3 && /[a-z]$/.test(ini)));
}

const ROLE_AFTER_NAME = new RegExp(
  String.raw`^((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+?){1,2}?)\s*(?=(?:${ROLE_ALTERNATIVES})\b)`,
);

/**
 * "Gordon LangChief Superintendent, Cleveland Police": a table's cells run together where publishing
 * dropped the gap. A word that turns from lower to upper case mid-way is two words, except the
 * prefixes of surnames ("McLurg", "MacDonald", "DeVito", "LeBlanc", "FitzGerald").
 */
const unglue = (raw: string) =>
  raw.replace(/\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})/g, (m, a: string, b: string) => (/^(?:Mac|Des|Van|Von|Fitz|Del|Della)$/.test(a) ? m : `${a}   ${b}`));

/** Reads one entry: a person, possibly a table row "Name<TAB>Initials<TAB>Organisation". */
export function readEntry(raw: string): { person: PersonMention; initials: string | null } | null {
  // "•   B Jones": a bullet before the entry; "| Ann Able | Chair |": a table row's outer bars.
  raw = unglue(
    raw
      .replace(/^\s*[•·*▪◦–-]\s+/, "")
      .replace(/^\s*\|\s*/, "")
      .replace(/\s*\|\s*$/, ""),
  );
  // "Ben Armitage / BA / Teesside Positive Action": a table whose cells publishing joined with slashes
  // (two at least: "CESC, SBC / NHS Stockton" is one cell); "-" marks an empty one.
  const cells = /\n/.test(raw.trim())
    ? [raw]
    : raw
        .split(/\s\/\s.*\s\/\s/.test(raw) ? /\t+|[ \t\u00a0]{2,}|\s+[|/]\s+/ : /\t+|[ \t\u00a0]{2,}|\s+\|\s+/)
        .map((c) => c.trim())
        .filter((c) => c && c !== "-");
  if (cells.length > 1) {
    const p = parsePerson(cells[0]!);
    if (p) {
      const rest = cells.slice(1);
      const initials = rest[0] && /^[A-Z]{2,4}$/.test(rest[0]) ? rest.shift()! : null;
      const extra = rest.join(", ");
      return { person: { ...p, qualifier: [p.qualifier, extra].filter(Boolean).join(", ") || null }, initials };
    }
  }
  // "Jane Doe (JD) Chief Nurse", "Jane Doe JD Executive GP": the name is what stands before initials that fit it.
  const ini = /\(([A-Z][A-Za-z]{1,3})\)|\b([A-Z]{2,4})\b/g;
  for (let m = ini.exec(raw); m; m = ini.exec(raw)) {
    const p = parsePerson(raw.slice(0, m.index));
    const initials = (m[1] ?? m[2])!;
    if (p && initialsFit(initials, p.name)) {
      const rest = raw
        .slice(m.index + m[0].length)
        .replace(/^[\s,:–-]+/, "")
        .trim();
      const again = rest ? parsePerson(`${p.name} (${rest.replace(/[()]/g, "")})`) : null;
      return {
        person: {
          ...p,
          qualifier: [p.qualifier, again?.qualifier ?? (rest || null)].filter(Boolean).join(", ") || null,
          role: p.role ?? again?.role ?? null,
          substituteFor: p.substituteFor ?? again?.substituteFor ?? null,
        },
        initials,
      };
    }
  }
  const p = parsePerson(raw);
  if (p) return { person: p, initials: null };
  // "Caroline Baria Director of Adults and Health", "Jane MischenkoCo-Chair, Healthwatch Leeds":
  // a name, then a role with no separator (the publishing lost it).
  const roleAfter = ROLE_AFTER_NAME.exec(raw.trim());
  if (roleAfter) {
    const head = parsePerson(roleAfter[1]!);
    const rest = raw.trim().slice(roleAfter[0].length).trim();
    if (head && !head.qualifier && rest.length <= 120 && (head.honorific || isFirstName(head.name.split(" ")[0]!)))
      return { person: { ...head, qualifier: rest }, initials: null };
  }
  // "Cllr Alistair Bradley Chorley Council  Councillor": one name at the start, the rest about them.
  const spotted = spotNames(raw, 0, raw.length);
  if (spotted.length === 1 && spotted[0]!.span.start === raw.search(/\S/) && /^[\s,(–-]/.test(raw.slice(spotted[0]!.span.end) || " ")) {
    const head = parsePerson(raw.slice(0, spotted[0]!.span.end));
    const rest = raw
      .slice(spotted[0]!.span.end)
      .replace(/^[\s,:–—-]+/, "")
      .replace(/\s+/g, " ")
      .trim();
    if (head && !/[.!?]\s+[A-Z]/.test(rest)) return { person: { ...head, qualifier: rest && rest.length <= 120 ? rest : head.qualifier }, initials: null };
  }
  return null;
}

/** The columns a table of attendees heads after its names'. */
const TABLE_COLUMNS = "Organisation|Agency|Representing|Role|Title|Position";
/** A table's heading row: "Name  Organisation", "Name Agency", "Name Representing". */
const TABLE_HEADING = new RegExp(String.raw`^[ \t]*Names?(?: {2,}| (?=(?:${TABLE_COLUMNS})[ \t]*$))(?:${TABLE_COLUMNS})\b`, "im");
/** The same with one space between the headings: a table flattened to a line a row (a wider gap keeps cells, and rows may wrap). */
const SINGLE_SPACED_HEADING = new RegExp(String.raw`^[ \t]*Names? (?:${TABLE_COLUMNS})[ \t]*$`, "im");
/** Role words a row may open with before its name ("Temporary Superintendent Neil Leat Dorset Police"). */
const ROW_TITLE = new RegExp(
  String.raw`^(?:(?:Temporary|Acting|Interim|Detective|Chief|Deputy|Assistant)\s+)*(?:${ROLE_WORDS.filter((w) => !w.includes(" ")).join("|")})\s+$`,
);

/**
 * A table whose rows are paragraphs ("Name  Organisation  Role", rows wrapped over lines): a row
 * starts on the first line after a blank one (or a line a page break indented) with a name.
 * Under a single-spaced heading row ("Name Agency"), a row is a line.
 */
function tableRows(text: string, s: number, e: number): Span[] {
  const out: Span[] = [];
  let i = s;
  let afterBlank = true;
  const everyLine = SINGLE_SPACED_HEADING.test(text.slice(s, Math.min(e, s + 200)));
  for (const line of text.slice(s, e).split("\n")) {
    const m = line.match(
      /^\s*((?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?([A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){1,2}?)(?=\s{2,}|\s+[A-Z][a-z]+\s[A-Z]|\s+[A-Z]{2,}\b|\s*$)/,
    );
    const rowStart = afterBlank || everyLine || /^ [A-Z]/.test(line);
    if (m && rowStart && !/^\s*(?:Names?|Organisation|Role)\b/.test(line) && looksLikeName(m[2]!) && !ROW_TITLE.test(`${m[2]!} `)) {
      const at = i + line.indexOf(m[0].trim());
      out.push({ start: at, end: at + m[0].trim().length });
    } else if (rowStart && line.trim() && !/^\s*(?:Names?|Organisation|Role)\b/.test(line)) {
      // "Kevin Lavery Lancashire and South Cumbria ICB Chief Executive": one space before the organisation.
      const lead = line.search(/\S/);
      const spotted = spotNames(line, lead, line.length)[0];
      if (spotted && (spotted.span.start === lead || ROW_TITLE.test(line.slice(lead, spotted.span.start))))
        out.push({ start: i + spotted.span.start, end: i + spotted.span.end });
    }
    afterBlank = line.trim() === "";
    i += line.length + 1;
  }
  return out;
}

interface Entry {
  span: Span;
  spotted?: SpottedName;
  /** The spotted name is the person's, whatever the entry's words would read as. */
  exact?: boolean;
  /** An honorific the list gives all its entries ("Councillors Ames, Bell and Cole"). */
  shared?: string;
}

/** "Councillors Ames, Bell and Cole": a plural honorific before a list is each surname's. */
const PLURAL_HONORIFIC = /^(?:Councillors|Cllrs\.?)\s/;
/** A plural title inside a sentence, only surnames (and where they are from) after it so far. */
const PLURAL_HONORIFIC_RUN = /\b(?:Councillors|Cllrs\.?)\s+(?:[A-Z][\p{L}'’-]+(?:\s+from\s+(?:the\s+)?[A-Z][^,;]{2,60}?)?(?:,\s*|\s+and\s+|\s*&\s*))*$/u;

/** "Councillor Ames attended the meeting as decision maker", "Ann Able and Bob Baker also attended the meeting." */
const ATTENDED_SENTENCE =
  /(?:^|\n|[.:]\s+)([A-Z][^.\n]{2,300}?)\s+(?:(?:also\s+)?attended\s+(?:the|this)\s+meeting\b(?!\s+(?:as\s+(?:a\s+|an\s+|the\s+)?(?:substitute|observer)|on\s+behalf|in\s+place))|(?:was|were)\s+also\s+(?:present|in\s+attendance)\b)/g;

/** Labels as flattened pages leave them inside a run of text: capitals alone, or any case with a colon. */
const INLINE_LABEL =
  /(?<=^|[\s.;:)])((?:[A-Z]{2,}\s+){1,2}ATTENDING(?:\s+REPRESENTING)?|Apologies\s+(?:for\s+[Aa]bsence\s+)?(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:received|submitted|given|noted|accepted)\s+(?:from|by)|Apologies\s+received\s+from:|Attendance\s+and\s+[Aa]pologies:|(?<=\s\d{1,2}\.?\s)Apologies(?: for [Aa]bsence)?|PRESENT|Present:|(?:Present|Apologies|In [Aa]ttendance|Also [Pp]resent)(?=\s+(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][A-Za-z'’-]+\s+\()|(?:Board |Voting |Committee )?Members(?: [Pp]resent)?:|Attendees:|ATTENDEES:?|Attendance:|MEMBERS(?: PRESENT)?:?|APOLOGIES(?: FOR ABSENCE)?|Apologies(?: for [Aa]bsence)?:|IN ATTENDANCE|In [Aa]ttendance:|ALSO PRESENT|Also [Pp]resent:|OFFICERS?(?: PRESENT)?|Officers?(?: [Pp]resent)?:|OBSERVERS?|Observers?:|Secretariat:|SECRETARIAT|NOT ATTENDED|ABSENT|Absent:|Not [Pp]resent:|NOT PRESENT|[Cc]c:|Copy to:|Circulation(?: list)?:|Distribution(?: list)?:|(?<=[.;]\s)(?:(?:Parish |Town )?Clerk|Secretary|Minute[- ]taker|Members of the public):|(?<=[,;]\s?)CC(?=\s+[A-Z][a-z])|(?<=\s)(?:Present|Apologies|In [Aa]ttendance)(?=\s+(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z'’]+\s+[A-Z][A-Za-z'’-]+\s))(?=[\s:])/g;
/** Where an inline list ends when no label follows: the first item heading or a sentence. */
const INLINE_STOP =
  /\s(?:\d{1,2}\.?\s+(?:[A-Z][A-Z’'&,\- ]{4,}|[A-Z][a-z]+[’']s\s|Welcome|Apologies|Declarations?|Minutes|Chair|Introductions?)|ITEM\b|ACTIONS?\b|WELCOME\b|The meeting (?:commenced|started|opened)|\d{1,2}\.\s+[A-Z])/;
/** Where a sentence's inline list ("Apologies were received from X.") ends: also at its full stop. */
const INLINE_OR_SENTENCE_STOP = new RegExp(`${INLINE_STOP.source}|${SENTENCE_END.source}`);

const bareLabelBeforeName = (after: string): boolean => {
  const words = after.trim().split(/\s+/);
  const lead = isHonorificWord(words[0] ?? "") ? 1 : 0;
  if (lead || isFirstName(words[0] ?? "")) return true;
  const name = words.slice(0, 2).join(" ");
  return looksLikeName(name) && words.slice(2, 10).some((w) => /^\(?[A-Z]{2,4}\)?$/.test(w) && initialsFit(w.replace(/[()]/g, ""), name));
};

function nextInlineLabel(text: string, from: number, to: number): { start: number; end: number; status: AttendanceStatus | "absent"; label: string } | null {
  const re = new RegExp(INLINE_LABEL.source, "g");
  re.lastIndex = from;
  let m = re.exec(text.slice(0, to));
  // "… BS16 2QQ Minutes Present Jon Hayes Clinical Chair JH …": a bare label on a flattened page only
  // before someone: a first name, or a name its initials follow a few words on ("Felicity Fay GP … FF").
  while (m && /^(?:Present|Apologies|In [Aa]ttendance)$/.test(m[1]!) && !bareLabelBeforeName(text.slice(m.index + m[0].length, m.index + m[0].length + 200)))
    m = re.exec(text.slice(0, to));
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  // "SNB MEMBERS ATTENDING" are the members; "POLICE ATTENDING", "COUNCIL ATTENDING" the others there.
  // "Attendance and Apologies:" heads both lists: those there first, the apologies under their own label.
  const status = /^attendance\s+and\s+apologies/.test(w)
    ? "present"
    : /apolog/.test(w)
      ? "apologies"
      : /clerk|secretary|taker/.test(w)
        ? "in_attendance"
        : /public/.test(w)
          ? "observer"
          : /\battending\b/.test(w) && !/\bmembers\b/.test(w)
            ? "in_attendance"
            : // "Attendance:" heads the list of those there; "In Attendance" / "Also present" the others.
              /in attendance|also/.test(w)
              ? "in_attendance"
              : /officer|secretariat/.test(w)
                ? "officer"
                : /observer/.test(w)
                  ? "observer"
                  : /absent|not attended|not present|^cc|copy|circulation|distribution/.test(w)
                    ? "absent"
                    : "present";
  let end = m.index + m[0].length;
  while (end < to && /[\s:]/.test(text[end]!)) end++;
  return { start: m.index, end, status, label: m[1]!.replace(/:$/, "") };
}

/** A status column's key: "P= Present", "A = Apologies", "DNA=Did not attend", "D/R=Deputise/Representative". */
const LEGEND =
  /(?<![A-Za-z])([A-Z]{1,3}(?:\/[A-Z]{1,2})?)\s*=\s*(Present|Attended|Apologies|Did not attend|Absent|Not present|Deputi[sz]e\w*(?:\s*\/\s*Representative)?|Representative|Substitute)/;

export const NOT_ATTENDANCE = "absent without apologies, or a circulation list: not recorded as attendance";

/** "Ann Able (substitute: Bob Baker)", "(represented by Bob Baker)": the substitute named after the member. */
// "Learning and Skills – who was represented by Councillor Chris Lewis": after the member's organisation, too.
const SUBSTITUTED_BY =
  /^(?:substitute|substituted\s+by|deputy|deputised\s+by|represented\s+by)\s*[:–-]?\s*(.+)$|(?:^|[–—-]\s*)who\s+(?:was|were)\s+(?:represented|substituted|deputised)\s+(?:by|for)\s+(.+)$|^[–-]?\s*(.+?)\s+(?:substituted|substituting|deputised|deputising)(?:\s+for\s+(?:him|her|them))?$/i;

/** "Ms H Horne attended as substitute", "Mr D Walker, Medical Director attended in his absence". */
const SUBSTITUTE_NOTE =
  /^(.+?)\s+(?:attended|attending|was\s+in\s+attendance|deputised|deputising|was\s+present)\s+(?:as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?substitute|in\s+(?:his|her|their)\s+(?:absence|place|stead)|on\s+(?:his|her|their)\s+behalf|instead)/i;

export function attendance(text: string, lines: Line[], from: number, to: number): { facts: AttendanceFact[]; skipped: Skipped[] } {
  const facts: AttendanceFact[] = [];
  const skipped: Skipped[] = [];
  // A flattened page may be one line: the line holding the region's start is scanned from there.
  const around = lines.filter((l) => l.end > from && l.start < to);
  // The header's own line may end with the label that opens the list.
  const inRegion = lines.filter((l) => (l.start >= from || (l === around[0] && labelAtEnd(l.text))) && l.start < to);
  const covered: Span[] = [];

  const take = ({ span: entry, spotted, shared, exact }: Entry, status: AttendanceStatus, section: string, confidence: number, substitute = false) => {
    const raw = `${shared ? `${shared} ` : ""}${text.slice(entry.start, entry.end)}`;
    // "Members of the public: 3" counts people and names nobody; "Name  Organisation" heads a table's columns.
    if (/^(?:none|nil|no apologies|there were no|n\/a)\b|^\d{1,3}\.?$/i.test(raw.trim()) || COLUMN_HEADS.test(raw.trim()) || PUBLIC_COUNT.test(raw.trim()))
      return;
    // "Board Members:  Carol Tozer (…)", "Observers: Ray Harris (…)" inside a sentence's list: the group's name before its first person.
    const grouped = /^[A-Z][A-Za-z ]{2,30}:\s+(?=\S)/.exec(raw);
    if (grouped && !exact)
      return take(
        { span: { start: entry.start + grouped[0].length - (shared ? shared.length + 1 : 0), end: entry.end }, spotted, shared, exact },
        status,
        section,
        confidence,
        substitute,
      );
    let read = exact ? null : readEntry(raw);
    if (!read && spotted) {
      // A flattened table row: the spotted name, and what follows it up to the next name as its qualifier.
      const { honorific, rest } = splitHonorific(text.slice(spotted.span.start, spotted.name.end).replace(/\s+/g, " "));
      const tail = text
        .slice(spotted.name.end, entry.end)
        .replace(/^[\s,:–—-]+/, "")
        .replace(/\s+/g, " ")
        .trim();
      const role = /\((?:in the\s+)?(vice[-\s]?chair|chair)(?:man|woman|person)?\)/i.exec(tail)?.[1]?.toLowerCase().replace(/\s+/g, "-") ?? null;
      read = { person: { honorific, name: rest, qualifier: tail && tail.length <= 100 ? tail : null, role, substituteFor: null, items: null }, initials: null };
      confidence = Math.min(confidence, 0.85);
    }
    if (!read && !shared) {
      // "Sheri Green and Graham Harris, Dartford Borough Council": two people of one organisation.
      const pair = /^(.+?)\s+(?:and|&)\s+(?=\S)/.exec(text.slice(entry.start, entry.end));
      const second = pair ? entry.start + pair[0].length : -1;
      if (pair && !/,/.test(pair[1]!) && readEntry(pair[1]!) && readEntry(text.slice(second, entry.end))) {
        take({ span: { start: entry.start, end: entry.start + pair[1]!.length } }, status, section, confidence, substitute);
        take({ span: { start: second, end: entry.end } }, status, section, confidence, substitute);
        return;
      }
    }
    if (!read) {
      skipped.push({ section, start: entry.start, end: entry.end, text: raw, why: "not read as a person" });
      return;
    }
    const { person, initials } = read;
    // An absent member's substitute, named in brackets after them.
    if (person.qualifier) {
      const sub = person.qualifier.match(SUBSTITUTE_NOTE) ?? person.qualifier.match(SUBSTITUTED_BY);
      if (sub) {
        const who = parsePerson((sub[1] ?? sub[2] ?? sub[3])!);
        if (who) {
          const absent = `${person.honorific ? `${person.honorific} ` : ""}${person.name}`;
          facts.push({ person: { ...who, substituteFor: absent }, status: "present", span: entry, initials: null, confidence: 0.85, section });
          person.qualifier = null;
        }
      }
    }
    if (substitute && !person.substituteFor) person.substituteFor = null;
    // "DCI Neil Evans for Chief Superintendent Kevin Bullas" among the apologies: he came in the absent
    // member's place (a deputy named in brackets, "(deputising for …)", sent apologies too).
    if (status === "apologies" && person.substituteFor && !/\(/.test(raw)) status = "present";
    // "Cllr Mrs Humphrey (observer)" under "In attendance": there to observe.
    if (person.qualifier && /^(?:as\s+(?:an\s+)?)?observer$/i.test(person.qualifier.trim())) status = "observer";
    facts.push({ person, status, span: entry, initials, confidence, section });
  };

  // The surnames after "Councillors Ames" ("Bell", "Mrs Cole") share the honorific: the clause
  // the entry stands in starts with a plural one.
  // "… on behalf of Councillors Aslam, Jackson and Richardson from Blaby District Council and
  // Councillors Bill, Bray …": surnames after a plural title in the same clause, an organisation after one.
  const sharedHonorific = (p: Span): string | undefined => {
    if (!/^(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+from\s+(?:the\s+)?[A-Z][^,;]{2,60})?$/u.test(text.slice(p.start, p.end).trim()))
      return undefined;
    const back = text.slice(Math.max(0, p.start - 300), p.start);
    const clause = back.slice(Math.max(back.lastIndexOf("\n"), back.search(/[.:;]\s[^.:;]*$/)) + 1).replace(/^[.:;\s]+/, "");
    return PLURAL_HONORIFIC.test(clause) || PLURAL_HONORIFIC_RUN.test(clause) ? "Councillor" : undefined;
  };
  const readAt = (p: Span) => {
    const shared = sharedHonorific(p);
    return readEntry(`${shared ? `${shared} ` : ""}${text.slice(p.start, p.end)}`);
  };

  /** Whether a line names somebody among its comma (or semicolon) separated pieces. */
  const namesSomeone = (x: Line) => splitList(text, x.at, x.end, /;/.test(x.text)).some((p) => readEntry(text.slice(p.start, p.end)));
  /** A line of the list's people: one that names somebody and is no label or item. */
  const listLine = (x: Line | undefined) => !!x && !isLabel(x.text) && !ITEM_LINE.test(x.text) && namesSomeone(x);

  const entriesIn = (s: number, e: number, lineMode: boolean, table = false): Entry[] =>
    entriesOf(s, e, lineMode, table).map((x) => {
      const shared = sharedHonorific(x.span);
      return shared ? { ...x, shared } : x;
    });

  const entriesOf = (s: number, e: number, lineMode: boolean, table = false): Entry[] => {
    if (table || TABLE_HEADING.test(text.slice(s, Math.min(e, s + 200)))) return tableRows(text, s, e).map((span) => ({ span }));
    // Lines or separators first: where they give people, they are the entries. Otherwise the
    // list lost its structure: rows found by their initials, or names found by the spotter.
    const pieces = listEntries(s, e, lineMode);
    const listed = withRoles(pieces);
    const read = listed.filter((p) => readAt(p)).length;
    // Pieces that were a role run into the next name, split apart: where several were, the commas
    // are the rows' own separators and the list is read by them.
    const runOns = listed.filter((p) => !pieces.some((q) => q.start === p.start)).length;
    if (runOns >= 3 && read >= 0.8 * listed.length) return listed.map((span) => ({ span }));
    const rows = initialsRows(text, s, e);
    // "Joan Maughan – Independent Chair Nigel Andrews – Tenancy Support Manager, Norwich City Council …":
    // a flattened list of "Name – role" rows, each row starting at a name before a dash.
    const dashed = dashRows(s, e);
    if (dashed.length >= 2 && dashed.length > read && dashed[0]!.start - s <= 3) return dashed.map((span) => ({ span }));
    // The names the spotter finds in the list, spotted once for the two readings below that need them.
    let spottedHere: SpottedName[] | undefined;
    const spotted = () => (spottedHere ??= spotNames(text, s, e));
    const titled = (n: SpottedName) => n.span.start < n.name.start;
    // "In Attendance Dr Peter Christian Governing Body Member, Clinical Representative Ms Tracey Lewis …":
    // rows that lost their breaks but kept an honorific each; commas there split a row, not people.
    if (e - s > 200) {
      const rowsByTitle = spotted().filter((n) => titled(n) && readEntry(text.slice(n.span.start, n.name.end)));
      if (rowsByTitle.length >= 4 && rowsByTitle.length > read)
        return rowsByTitle.map((n, i) => ({ span: trimSpan(text, n.span.start, rowsByTitle[i + 1]?.span.start ?? e) ?? n.span, spotted: n, exact: true }));
    }
    if (read >= 0.8 * listed.length && listed.length >= rows.length && listed.length > 0) return listed.map((span) => ({ span }));
    const first = initialsFirstRows(text, s, e);
    if (first.length >= 3 && first.length > read && first.length > rows.length)
      return first.map((r) => ({ span: r.span, spotted: { span: { start: r.span.start, end: r.name.end }, name: r.name }, exact: true }));
    const last = initialsLastRows(text, s, e);
    if (last.length >= 2 && last.length > read && last.length > rows.length)
      return last.map((r) => ({ span: r.span, spotted: { span: r.name, name: r.name }, exact: true }));
    if (rows.length >= 2) return rows.map((r) => ({ span: r.span }));
    if (e - s > 40 && read < 0.6 * listed.length) {
      // A name in brackets ("(also representing Harold Bodmer)") qualifies the entry it stands in.
      let names = spotted().filter((n) => {
        const before = text.slice(s, n.span.start);
        return (before.match(/\(/g)?.length ?? 0) <= (before.match(/\)/g)?.length ?? 0);
      });
      // Where most names carry an honorific ("Mr Ian Bretman … Ms Tracey Lewis …"), a row starts only
      // at one: "Healthy Urban Development Unit" between two rows is the first one's organisation.
      const withTitles = names.filter(titled);
      if (withTitles.length >= 3 && withTitles.length >= 0.6 * names.length) names = withTitles;
      if (names.length >= 2 && names.length > read)
        return names.map((n, i) => ({ span: trimSpan(text, n.span.start, names[i + 1]?.span.start ?? e) ?? n.span, spotted: n }));
    }
    return listed.map((span) => ({ span }));
  };

  // "Calderdale  Neil Smurthwaite, NHS Calderdale CCG  Owen Williams, CHFT  Robin Tuddenham, …": a
  // paragraph of entries two spaces apart, perhaps after a group heading (a place), which names nobody.
  // A table row ("Jane Doe  JD  Chief Nurse") has one person among its cells, and is not this.
  const severalPerLine = (ls: number, line: string): Span[] | null => {
    const cells: Span[] = [];
    const re = /[^\t\u00a0 ]+(?:[ \u00a0](?![ \u00a0])[^\t\u00a0 ]*)*/g;
    for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ start: ls + m.index, end: ls + m.index + m[0].length });
    if (cells.length < 2) return null;
    const people = cells.filter((c) => readEntry(text.slice(c.start, c.end)));
    const headed = !people.includes(cells[0]!) && people.length === cells.length - 1;
    if (!headed && (people.length < 3 || people.length < 0.6 * cells.length)) return null;
    return cells.filter((c, i) => i > 0 || people.includes(c));
  };

  const dashRows = (s: number, e: number): Span[] => {
    const re =
      /(?<=^|\s)((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof)\.?[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){1,2})[ \t]+[–—-][ \t]+(?=[A-Z])/g;
    const region = text.slice(s, e);
    const starts: number[] = [];
    for (let m = re.exec(region); m; m = re.exec(region)) {
      // "… Norwich City Council Nigel Andrews – …": the name is the words before the dash that start with a first name.
      const words = m[1]!.split(/\s+/);
      let drop = 0;
      while (drop < words.length - 2 && !isFirstName(words[drop]!) && !/^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof)\.?$/.test(words[drop]!)) drop++;
      const name = words.slice(drop).join(" ");
      if (readEntry(`${name} – x`)) starts.push(s + m.index + m[1]!.indexOf(name));
      else re.lastIndex = m.index + m[1]!.search(/\s/) + 1;
    }
    return starts.map((at, i) => trimSpan(text, at, starts[i + 1] ?? e)).filter((x): x is Span => !!x);
  };

  /** The cells of a row when every cell, wide gaps apart, is one person and nothing more. */
  const columnsOfPeople = (ls: number, line: string): Span[] | null => {
    const cells: Span[] = [];
    for (const m of line.matchAll(/[^\t]+?(?=\t|\s{3,}|\s*$)/g)) {
      const span = trimSpan(text, ls + m.index, ls + m.index + m[0].length);
      if (span) cells.push(span);
    }
    if (cells.length < 2) return null;
    const onePerson = (c: Span) => {
      const names = spotNames(text, c.start, c.end);
      return (
        names.length === 1 &&
        !text
          .slice(names[0]!.span.end, c.end)
          .replace(/\([^)]*\)/g, "")
          .trim() &&
        names[0]!.span.start === c.start
      );
    };
    return cells.every(onePerson) ? cells : null;
  };

  /**
   * "Andrew McCall, Lay Member Jahan Mahmoodi, Elected - Vice Chair Lindsey Wishart": rows that lost
   * their breaks, each piece the last person's role run into the next person's name. Where the
   * piece is one: where the role ends and the name. A role of a few words only: a longer lead is a
   * row of its own that lost its separators ("Peter Burrows-Smith Richmond Park PLG/Treasurer
   * Anthony Cotton …"), read by the names in it; and a name after a preposition is a place's
   * ("Cabinet Member for Community Wellbeing for South Oxfordshire").
   */
  const runOnName = (p: Span): { roleEnd: number; name: Span } | null => {
    const piece = text.slice(p.start, p.end);
    const m = /[;\n]/.test(piece) ? null : ROLE_THEN_NAME.exec(piece);
    if (!m || m[1]!.split(/\s+/).length > 6 || /\s\p{Ll}+$/u.test(m[1]!)) return null;
    const name = { start: p.start + m[1]!.length + m[2]!.length, end: p.end };
    return readAt(name) ? { roleEnd: p.start + m[1]!.length, name } : null;
  };

  // "Philip Ham, County and District Councillor (PH), Alan Townsend, …": pieces naming nobody, only a
  // role (split at its "and"), belong to the person before them.
  const withRoles = (spans: Span[]): Span[] => {
    // Each piece read once: the walk back to the last person would otherwise parse the same pieces again.
    const reads = new Map<string, boolean>();
    const person = (p: Span) => {
      const key = `${p.start}:${p.end}`;
      let hit = reads.get(key);
      if (hit === undefined) reads.set(key, (hit = !!readAt(p)));
      return hit;
    };
    return spans.reduce<Span[]>((out, p) => {
      let last = out.length - 1;
      while (last >= 0 && !person(out[last]!)) last--;
      const before = out[last];
      const runOn = person(p) ? null : runOnName(p);
      if (runOn) {
        if (before) out.splice(last, out.length - last, { start: before.start, end: runOn.roleEnd });
        out.push(runOn.name);
        return out;
      }
      const role = before ? text.slice(before.end, p.end).replace(/^[\s,–—-]+/, "") : "";
      if (before && !person(p) && ROLE_PIECE.test(role) && !/[;\n]/.test(role)) {
        out.splice(last, out.length - last, { start: before.start, end: p.end });
        return out;
      }
      out.push(p);
      return out;
    }, []);
  };

  const listEntries = (s: number, e: number, lineMode: boolean): Span[] => {
    const body = text.slice(s, e);
    // "Councillor A Smith (Chair); Councillors B Jones, C Brown and D White": a clause of a
    // semicolon list that a plural title opens is itself a list.
    if (/;/.test(body))
      return splitList(text, s, e, true).flatMap((p) => (PLURAL_HONORIFIC.test(text.slice(p.start, p.end)) ? splitList(text, p.start, p.end, false) : [p]));
    if (!lineMode) return splitList(text, s, e, false);
    // One entry a line, or several a line; a line that names nobody qualifies the one above
    // ("Director of Public Health" under a name in a table).
    const out: Span[] = [];
    let i = s;
    let afterBlank = false;
    for (const line of body.split("\n")) {
      const ls = i;
      i += line.length + 1;
      const blank = !line.trim();
      const wasBlank = afterBlank;
      afterBlank = blank;
      if (blank || FOOTNOTE.test(line.trim()) || PAGE_FURNITURE.test(line.trim())) continue;
      const lineStart = out.length;
      const several = severalPerLine(ls, line);
      if (several) {
        out.push(...several);
        continue;
      }
      const whole = trimSpan(text, ls, ls + line.length);
      // A row with wide gaps is one entry and its cells, unless commas split it into people ("DR DENT,    E EDEN").
      const commas = splitList(text, ls, ls + line.length, false);
      // A row whose cells publishing glued together at the name ("Lynda BrownHead of Education, Early
      // Years and …") is one entry, its commas inside the role.
      const head = line
        .trim()
        .split(/[\s,]+/)
        .slice(0, 3)
        .join(" ");
      const row = (/\t|\s{3,}/.test(line.trim()) && !(commas.length > 1 && commas.every((p) => readAt(p)))) || unglue(head) !== head;
      // "Cllr A Able (Chair)          Cllr B Baker": two columns of people, each cell one of them.
      const cells = row ? columnsOfPeople(ls, line) : null;
      let pieces = cells ?? (row ? [whole].filter((x): x is Span => !!x) : commas);
      // "Patrick Mckay / St Michaels and All Angels": one person whose organisation has an "and" in it;
      // "Julia Morrison Assistant Director – Children, Schools and Complex Needs", "Tracy Burton TB Deputy
      // Director of Quality and Associate Chief Nurse": a role after a dash or initials runs on over
      // commas and "and"s, no one else in it unless a title says so.
      const first = pieces[0] ? readAt(pieces[0]) : null;
      const roleRunsOn =
        !!first &&
        (!!first.initials || /\s[–—-]\s/.test(text.slice(pieces[0]!.start, pieces[0]!.end))) &&
        pieces.slice(1).every((p) => !HONORIFIC_LEAD.test(text.slice(p.start, p.end)));
      // Unless its pieces are roles run into the next names ("Ann Able, Lay Member Bob Best, …").
      const runOnOf = new Map(pieces.slice(1).map((p) => [p, readAt(p) ? null : runOnName(p)] as const));
      const runOns = [...runOnOf.values()].filter(Boolean).length;
      if (whole && pieces.length > 1 && readEntry(line.trim()) && runOns < 2 && (roleRunsOn || pieces.slice(1).every((p) => !readAt(p)))) pieces = [whole];
      // "Chair, Healthwatch" under "Ann Able": a line of her role and organisation, no one in it.
      if (whole && out.length && !wasBlank && pieces.length > 1 && line.trim().length < 120 && pieces.every((p) => !readAt(p))) {
        out.at(-1)!.end = whole.end;
        continue;
      }
      for (const [n, p] of pieces.entries()) {
        const t = text.slice(p.start, p.end);
        const prev = out.at(-1);
        // "Councillor Carol\nCole, Councillor Dan Dee": a name the line's end broke in two.
        if (
          n === 0 &&
          prev &&
          !wasBlank &&
          out.length === lineStart &&
          !readAt(p) &&
          /^[A-Z][\p{L}'’-]+$/u.test(t) &&
          readAt({ start: prev.start, end: p.end })
        ) {
          prev.end = p.end;
          continue;
        }
        // "Chorley Council" after "Polly Patel," qualifies her, and so does a line of its own straight
        // under her; "the usual representatives …" is nobody, and is reported. Not across a blank line.
        const qualifies = out.length > lineStart || (pieces.length === 1 && (!wasBlank || /^[A-Z]{2,4}$/.test(t)));
        const runOn = runOns >= 2 ? (runOnOf.get(p) ?? null) : null;
        if (runOn && prev && out.length > lineStart) {
          prev.end = runOn.roleEnd;
          out.push(runOn.name);
        } else if (!readAt(p) && prev && qualifies && t.length < 120 && /^[A-Z(]/.test(t)) prev.end = p.end;
        else out.push(p);
      }
    }
    return out;
  };

  // 0. A table whose last column says who came ("Jane Doe  Healthwatch  Present"): each row its own
  // status, the column's heading or a row's word no label for the rows after it.
  for (let k = 0; k < inRegion.length; k++) {
    const heading = inRegion
      .slice(Math.max(0, k - 3), k)
      .filter((l) => l.text)
      .at(-1);
    // "Attendee Role Attendance" over "Councillor Ann Able Chair Present": cells a single space apart.
    const spaced = !!heading && STATUS_LAST_HEADING.test(heading.text) && !/[.,;]/.test(heading.text) && heading.text.length < 80;
    const rows: { line: Line; cell: RegExpExecArray; entry: Entry }[] = [];
    for (let n = k; n < inRegion.length; n++) {
      const line = inRegion[n]!;
      const cell = STATUS_CELL.exec(line.text) ?? (spaced ? STATUS_WORD_AT_END.exec(line.text) : null);
      if (!cell) break;
      const span = trimSpan(text, line.at, line.at + cell.index) ?? line;
      const first = readEntry(text.slice(span.start, span.end)) ? undefined : spotNames(text, span.start, span.end)[0];
      if (!readEntry(text.slice(span.start, span.end)) && !(spaced && first && first.span.start === span.start)) break;
      rows.push({ line, cell, entry: { span, spotted: first } });
    }
    // Letters ("Y", "A") mean something only under a heading that names the column.
    const coded = rows.some((r) => r.cell[1]!.length === 1);
    if (rows.length < 2 || (coded && !(heading && STATUS_HEADING.test(heading.text) && /\t|\s{2,}/.test(heading.text)))) continue;
    for (const { cell, entry } of rows) {
      const status = statusWord(cell[1]!);
      if (status !== "absent") take(entry, status, "Attendance table (status column)", 0.85);
    }
    covered.push({ start: (heading ?? rows[0]!.line).at, end: rows.at(-1)!.line.end });
    k += rows.length - 1;
  }
  const inTable = (l: Line) => covered.some((c) => c.start <= l.at && l.at < c.end);

  // 1. Labelled blocks.
  const labelLines = new Set<Line>();
  for (let k = 0; k < inRegion.length; k++) {
    const line = inRegion[k]!;
    if (inTable(line)) continue;
    const found = isLabel(line.text) ?? labelAtEnd(line.text);
    if (!found) continue;
    labelLines.add(line);
    const { label } = found;
    const labelEnd = line.at + found.length;
    const section = text
      .slice(line.at, labelEnd)
      .trim()
      .replace(/[\s–—-]+$/, "");
    // A sentence form ("Apologies for absence were received from X, Y and Z.") runs to its full stop.
    const sentence = /\bfrom\s*$/i.test(text.slice(line.at, labelEnd));
    let end: number;
    let j = k;
    const table = label.status === "participant";
    if (table) {
      const stop = text.slice(labelEnd, to).search(/^[ \t]*\d+\.\s+[A-Z]/m);
      end = stop < 0 ? to : labelEnd + stop;
      while (j + 1 < inRegion.length && inRegion[j + 1]!.start < end) j++;
    } else if (sentence) {
      const stop = text
        .slice(labelEnd, to)
        .search(/\.(?:\s*\n|\s+(?=[A-Z][a-z]+\s+(?:[a-z]|[A-Z][a-z]+\s+(?:was|were|had|attended))))|\.$|\n\s*\n\s*(?:\d|[A-Z][a-z]+:)/);
      end = stop < 0 ? to : labelEnd + stop;
      while (j + 1 < inRegion.length && inRegion[j + 1]!.start < end) j++;
    } else {
      // Following lines that read as entries (or qualify the entry above) belong to the block.
      let lastEntry = line.text.length > found.length ? k : -1;
      for (let n = k + 1; n < inRegion.length; n++) {
        const next = inRegion[n]!;
        if (!next.text) {
          // A table's empty cells ("Chris Cudmore / CC / … / David Mattick"): a wider gap is crossed
          // only where an entry, not a label or an item, follows it.
          const gap = n - Math.max(lastEntry, k);
          const afterAt = gap > 3 ? inRegion.findIndex((x, i) => i > n && x.text) : -1;
          const after = afterAt > 0 && afterAt <= n + 12 ? inRegion[afterAt] : undefined;
          // "Isle of Wight Primary Care Trust" between blank lines, its people under it: a group's heading.
          const heading =
            !!after && !listLine(after) && after.text.length < 60 && !/[.!?:]$/.test(after.text) && !isLabel(after.text) && !ITEM_LINE.test(after.text);
          const underHeading = heading ? inRegion.slice(afterAt + 1, afterAt + 8).find((x) => x.text) : undefined;
          if (gap > 3 && !(gap <= 10 && (listLine(after) || (heading && listLine(underHeading)) || (gap <= 6 && !!after && roleOnly(after.text))))) break;
          continue;
        }
        // Page furniture between two pages of one list: a page number, "Official", a form feed.
        const real = PAGE_FURNITURE.test(next.text) ? inRegion.slice(n + 1, n + 8).find((x) => x.text && !PAGE_FURNITURE.test(x.text)) : undefined;
        if (real && !isLabel(real.text) && !ITEM_LINE.test(real.text)) {
          if (lastEntry >= 0) lastEntry = n;
          continue;
        }
        // "Cat Cole attended the meeting as …": a sentence, read by the sentence rules, ends the list.
        const sentence = /^[A-Z][^.]*?\s(?:(?:also\s+)?attended|was\s+(?:also\s+)?present|were\s+(?:also\s+)?present|deputised|substituted)\b/.test(
          next.text.replace(/\([^)]*\)/g, ""),
        );
        // "Apologies for absence were received from …" under the block: the sentence rules read it, as apologies.
        // "Peter Lewis      - Jennifer James substituted" is a row of the list, its substitute beside it.
        const row = sentence ? readEntry(next.text) : null;
        const substituteRow = !!row?.person.qualifier && SUBSTITUTED_BY.test(row.person.qualifier);
        // modern.gov's "Apologies for Absence" item heading, then "Minutes:", then the names.
        if (lastEntry < 0 && /^minutes\s*:\s*$/i.test(next.text)) continue;
        // "With respect to invited attendees, apologies for absence were received from …": a sentence of its own.
        if (isLabel(next.text) || ITEM_LINE.test(next.text) || (sentence && !substituteRow) || APOLOGIES_SENTENCE.test(next.text)) break;
        // "* = Organisation also part of the Kirklees Place": a key to the list's marks.
        if (FOOTNOTE.test(next.text)) continue;
        // "Name / Position / Organisation" under the label: the table's heading row, its rows below it.
        if (lastEntry < 0 && COLUMN_HEADS.test(next.text.trim())) {
          lastEntry = n;
          continue;
        }
        const entryLike =
          PUBLIC_COUNT.test(next.text) ||
          namesSomeone(next) ||
          // A row wrapped onto a new line ("CCGs (items 14-15) Kelly Morris (KMo) : …") continues a table of initials.
          initialsRows(text, next.at, next.end).length >= (initialsRows(text, labelEnd, next.at).length >= 2 ? 1 : 2) ||
          !!severalPerLine(next.at, text.slice(next.at, next.end));
        // The line under an entry qualifies it; so does its initials' cell a blank line below ("Chris Cudmore / / CC").
        // "Deputy City Mayor, Leicester City Council." under "Councillor Clarke", blank lines between
        // them, a full stop after it: a role, not a sentence, where it says nothing happened.
        const roleLine = lastEntry >= 0 && n - lastEntry <= 6 && inRegion.slice(lastEntry + 1, n).every((x) => !x.text) && roleOnly(next.text);
        // Not "The Chairman welcomed all the parties present to the meeting. The Partnership" under the last row.
        const qualifierLike =
          (lastEntry >= 0 && n - lastEntry === 1 && next.text.length < 100 && !/[.!?]$/.test(next.text) && !/[a-z][.!?]\s+[A-Z]/.test(next.text)) ||
          (lastEntry >= 0 && n - lastEntry <= 2 && /^[A-Z]{2,4}$/.test(next.text)) ||
          roleLine;
        // One unreadable short line ("MauraJackson (Advance)") between entries stays in the block, reported.
        // A group heading ("Isle of Wight Primary Care Trust") may stand between blank lines.
        const after = inRegion.slice(n + 1, n + 8).find((x) => x.text);
        const between = (lastEntry >= 0 || n - k <= 6) && next.text.length < 60 && !/[.!?]$/.test(next.text) && listLine(after);
        if (!entryLike && !qualifierLike && !between) break;
        if (next.text.length > 400 && !/[,;]/.test(next.text)) break;
        lastEntry = n;
      }
      j = lastEntry >= 0 ? lastEntry : k;
      end = inRegion[j]!.end;
    }
    // A flattened page: the block ends where the next label stands in the same run of text.
    const inline = nextInlineLabel(text, labelEnd, end);
    if (inline) end = inline.start;
    if (label.status === "absent") {
      skipped.push({ section, start: labelEnd, end, text: text.slice(labelEnd, end), why: NOT_ATTENDANCE });
    } else if (end > labelEnd) {
      for (const entry of entriesIn(labelEnd, end, !sentence, table)) take(entry, label.status, section, sentence ? 0.9 : 0.95, label.substitute);
    }
    // "Attendance: Present: A, B": a label straight before another is a heading; the inline reading takes the line.
    if (!(inline && inline.start === labelEnd && j === k)) covered.push({ start: line.at, end });
    k = j;
  }

  // 1a. An unlabelled list of members straight after the header, before any label or item:
  // "Michael Hunter (MH), Derek Markie (DM), …". Kept for review: nothing says they were present.
  if (!covered.length || covered[0]!.start > from) {
    const firstMark = covered.length ? covered[0]!.start : to;
    for (const line of inRegion.filter((l) => l.text && l.start < firstMark).slice(0, 4)) {
      if (ITEM_LINE.test(line.text) || isLabel(line.text)) break;
      const pieces = splitList(text, line.at, line.end, /;/.test(line.text));
      const people = pieces.map((p) => readEntry(text.slice(p.start, p.end)));
      if (pieces.length >= 3 && people.filter(Boolean).length >= 0.8 * pieces.length && people.some((p) => p?.initials)) {
        for (const p of pieces) take({ span: p }, "present", "Unlabelled list after the heading", 0.7);
        covered.push({ start: line.at, end: line.end });
        break;
      }
    }
  }

  // 1c. Minutes whose "Present" label publishing lost: between the header and the first item, a
  // run of "Name – role" lines, perhaps under group headings ("Directors of Leeds City Council").
  // At least four people and nothing that reads as prose; held at a confidence that says so.
  // "Minutes of the Meeting held on …" is the header, not the item "Minutes of the last meeting".
  // The run may stand over a labelled list ("Julie Dore (Chair, …)" … then "In Attendance:"): only
  // the lines before the first list a label opens are read so.
  const itemLine = (l: Line) => ITEM_LINE.test(l.text) && !MINUTES_HEADER.test(l.text);
  const firstLabelled = covered.length ? Math.min(...covered.map((c) => c.start)) : to;
  const unlabelledRun = inRegion.filter((l) => l.start < firstLabelled);
  // "AC Cllr. Alison Cooper (Chair)": a row that opens with its person's initials.
  const initialsRow = (l: Line) => {
    const rows = initialsFirstRows(text, l.at, l.end);
    return rows.length === 1 && rows[0]!.span.start - rows[0]!.initials.length - 1 <= l.at ? rows[0]! : null;
  };
  if (unlabelledRun.some((l) => l.text && (readEntry(l.text) || initialsRow(l)))) {
    const firstItem = unlabelledRun.findIndex(itemLine);
    const before = (firstItem < 0 && firstLabelled < to ? unlabelledRun : unlabelledRun.slice(0, firstItem < 0 ? 0 : firstItem)).filter((l) => l.text);
    const people = before.filter((l) => readEntry(l.text) || initialsRow(l));
    const prose = before.filter((l) => !readEntry(l.text) && !initialsRow(l) && (/[.!?]$/.test(l.text) || l.text.length > 90));
    // "Cllrs B Austin, D Bretherton, …": a line that lists people, not one person and a long qualifier.
    const isListLine = (l: Line) => splitList(text, l.at, l.end, false).length >= 3 && listOfPeople(l.text);
    // "Cllr Bill ManneringCllr Tony Cawley", "Cllr Phillipa ColemanClerk, Kim Duller": each piece of a glued line.
    const takeLine = (l: Line, section: string, confidence: number) => {
      const row = readEntry(l.text) ? null : initialsRow(l);
      if (row) {
        take({ span: row.span, spotted: { span: row.name, name: row.name }, exact: true }, "present", section, confidence);
        return;
      }
      if (isListLine(l)) {
        for (const entry of entriesIn(l.at, l.end, false)) take(entry, "present", section, confidence);
        return;
      }
      for (const piece of gluedColumns(text, l)) {
        // "Clerk, Kim Duller" beside the members: there in a role.
        const clerk = /^(?:parish\s+|town\s+)?clerk\b[,:–-]?\s*/i.exec(text.slice(piece.start, piece.end));
        if (clerk) take({ span: { start: piece.start + clerk[0].length, end: piece.end } }, "in_attendance", section, confidence);
        else take({ span: piece }, "present", section, confidence);
      }
    };
    if (people.length >= 4 && !prose.some((l) => l.start > people[0]!.start)) {
      for (const l of people) takeLine(l, "Members listed after the heading (no label)", 0.8);
      covered.push({ start: people[0]!.at, end: people.at(-1)!.end });
    } else {
      // Prose follows, or no item is numbered: only the first group straight under the header, up to
      // a wider gap (the groups after it, their labels lost too, may be anyone: reported, not guessed).
      const group = firstGroup(unlabelledRun);
      const size = group.reduce((n, l) => n + (isListLine(l) ? splitList(text, l.at, l.end, false).length : 1), 0);
      if (size >= 4 && !covered.some((c) => c.start < group.at(-1)!.end)) {
        for (const l of group) takeLine(l, "The first group of people under the heading (no label)", 0.7);
        covered.push({ start: group[0]!.at, end: group.at(-1)!.end });
      }
    }
  }

  // 1d. A table with a status column whose codes a legend gives ("P= Present A= Apologies
  // DNA=Did not attend"): each "Name (INI) – role" row ends with its code. Who is marked absent
  // (did not attend) is not recorded; a row with no code is nobody's attendance.
  const legendRe = new RegExp(LEGEND.source, "gi");
  const codes = new Map<string, AttendanceStatus | "absent">();
  let legendEnd = -1;
  for (let g = legendRe.exec(text.slice(from, to)); g; g = legendRe.exec(text.slice(from, to))) {
    const meaning = g[2]!.toLowerCase();
    const status = /^(?:present|attended|deput|repres|subst)/.test(meaning) ? "present" : /^apolog/.test(meaning) ? "apologies" : "absent";
    // "D/R=Deputise/Representative": D and R each, as the table writes them.
    for (const code of [g[1]!, ...(g[1]!.includes("/") && meaning.includes("/") ? g[1]!.split("/") : [])]) codes.set(code, status);
    legendEnd = from + g.index + g[0].length;
  }
  if ([...codes.values()].includes("present") && codes.size >= 2 && !covered.some((c) => c.start <= legendEnd && legendEnd < c.end)) {
    const stop = text.slice(legendEnd, to).search(/\n\s*\d{1,2}\.?\s+[A-Z]/);
    const end = stop < 0 ? Math.min(to, legendEnd + 8000) : legendEnd + stop;
    const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).map((c) => c.replace(/[/]/g, "\\/"));
    const codeRe = new RegExp(String.raw`(?<=\s)(${alternatives.join("|")})(?=\s|$)`);
    const rows = initialsRows(text, legendEnd, end);
    for (const [n, r] of rows.entries()) {
      const rowEnd = rows[n + 1]?.span.start ?? end;
      const code = codeRe.exec(text.slice(r.nameEnd, rowEnd));
      const status = code ? codes.get(code[1]!) : undefined;
      if (!status || status === "absent") continue;
      const entryEnd = r.nameEnd + code!.index;
      take({ span: trimSpan(text, r.span.start, entryEnd) ?? r.span }, status, "Attendance table (status column)", 0.85);
    }
    if (rows.length) covered.push({ start: legendEnd, end });
  }

  // 1f. A flattened table of "Name (INI) role …" rows under column headings that include one for
  // apologies ("SLSCB Members Title Representing … Apols Dave Pickard (DP) …"): a row holding the word
  // sent apologies, the others were there. Only where some row does, so that the column is real.
  for (const line of around) {
    if (line.text.length < 300 || covered.some((c) => c.start <= line.at && line.at < c.end)) continue;
    const rows = initialsRows(text, Math.max(line.at, from), Math.min(line.end, to));
    if (rows.length < 4) continue;
    const head = text.slice(Math.max(line.at, rows[0]!.span.start - 300), rows[0]!.span.start);
    if (!/\b(?:Apols|Apologies|Attendance|Attended)\b/.test(head)) continue;
    // "… Public Health Suffolk Apologies MG Public Health Essex …": a row of its own, a member who sent
    // apologies named by initials only, not a mark on the row before it.
    const marks = rows.map((r) => APOLOGY_CELL.test(text.slice(r.nameEnd, r.span.end).replace(UNNAMED_APOLOGY, " ")));
    // "… Apols Cllr Ann McCoy (AM)": the mark that ends one row, read as the start of the next one's name.
    const starts = rows.map((r, n) => {
      const lead = APOLOGY_LEAD.exec(text.slice(r.span.start, r.nameEnd));
      if (lead && n > 0) marks[n - 1] = true;
      return r.span.start + (lead?.[0].length ?? 0);
    });
    if (!marks.some(Boolean) || marks.every(Boolean)) continue;
    for (const [n, r] of rows.entries())
      take({ span: { start: starts[n]!, end: r.nameEnd } }, marks[n] ? "apologies" : "present", "Attendance table (an apologies column)", 0.75);
    covered.push({ start: rows[0]!.span.start, end: rows.at(-1)!.span.end });
  }

  // 1e. An agenda item titled as a list ("C048/23  1.  APOLOGIES FOR ABSENCE.") whose first
  // paragraph names people: the list is that paragraph, up to its first full stop.
  for (const [k, line] of inRegion.entries()) {
    const title = ITEM_NUMBERS.exec(line.text);
    if (!title) continue;
    const heading = line.text.slice(title[0].length).replace(/\.\s*$/, "");
    const found = isLabel(heading);
    if (!found || heading.slice(found.length).trim() || found.label.status === "absent") continue;
    const body = inRegion.slice(k + 1).find((l) => l.text);
    if (!body || ITEM_LINE.test(body.text) || isLabel(body.text) || covered.some((c) => c.start <= body.at && body.at < c.end)) continue;
    const stop = text.slice(body.at, body.end).search(SENTENCE_END);
    const end = stop < 0 ? body.end : body.at + stop;
    if (!listOfPeople(text.slice(body.at, end))) continue;
    for (const entry of entriesIn(body.at, end, false)) take(entry, found.label.status, heading.trim(), 0.85, found.label.substitute);
    covered.push({ start: line.at, end });
  }

  // 1b. Labels inside long lines (tables and lists that lost their line breaks).
  for (const line of around) {
    // A short line too, where it opens with a label: "Attendance: Present: A, B. Apologies: C."
    if (line.text.length < 100 && !labelLines.has(line)) continue;
    for (let at = nextInlineLabel(text, Math.max(line.at, from), Math.min(line.end, to)); at;) {
      let next = nextInlineLabel(text, at.end, Math.min(line.end, to));
      // "PRESENT Board Members: Secretariat: David …": labels with nothing between them are a
      // table's column headings; the list that follows is the first label's.
      while (next && next.start === at.end) {
        covered.push({ start: next.start, end: next.end });
        at = { ...at, end: next.end };
        next = nextInlineLabel(text, at.end, Math.min(line.end, to));
      }
      if (!covered.some((c) => c.start <= at!.start && at!.start < c.end)) {
        // A list the page wrapped: it runs on into the next long line, up to that line's first label.
        let lineEnd = line.end;
        const following = around[around.indexOf(line) + 1];
        if (!next && following && following.at === line.end + 1 && following.text.length >= 100 && /^[a-z(]/.test(following.text))
          lineEnd = nextInlineLabel(text, following.at, Math.min(following.end, to))?.start ?? following.end;
        // A sentence's list ("Apologies were received from X.") ends at its full stop.
        const stop = text.slice(at.end, next?.start ?? lineEnd).search(/\b(?:from|by)$/.test(at.label) ? INLINE_OR_SENTENCE_STOP : INLINE_STOP);
        const end = stop < 0 ? (next?.start ?? lineEnd) : at.end + stop;
        if (at.status === "absent") skipped.push({ section: at.label, start: at.end, end, text: text.slice(at.end, end), why: NOT_ATTENDANCE });
        else for (const entry of entriesIn(at.end, end, false)) take(entry, at.status, at.label, 0.85);
        covered.push({ start: at.start, end });
      }
      at = next;
    }
  }

  // 2. Sentences anywhere in the meeting: apologies and substitutes in the minutes' prose.
  const region = text.slice(from, to);
  const inCovered = (i: number) => covered.some((c) => c.start <= i && i < c.end);
  const sentences: { re: RegExp; status: AttendanceStatus; section: string }[] = [
    {
      re: new RegExp(APOLOGIES_SENTENCE.source, "gi"),
      status: "apologies",
      section: "Apologies (sentence)",
    },
  ];
  for (const s of sentences) {
    let m: RegExpExecArray | null;
    while ((m = s.re.exec(region))) {
      const start = from + m.index + m[0].length;
      if (inCovered(start)) continue;
      const stop = text.slice(start, to).search(SENTENCE_END);
      let end = stop < 0 ? to : start + stop;
      // "… from Ann Able, with Bob Baker attending as her substitute": the clause after is no apology.
      const clause = WITH_SUBSTITUTE.exec(text.slice(start, end));
      if (clause) end = start + clause.index;
      for (const entry of entriesIn(start, end, false)) take(entry, s.status, s.section, 0.9);
      covered.push({ start, end });
    }
  }
  // "Tim Goodson took the Chair", "Jenni Douglas-Todd had attended the meeting as an observer".
  const PERSON = String.raw`((?:(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor)\.?[ \t]+)?[A-Z][A-Za-z'’-]*\.?(?:[ \t]+[A-Z][A-Za-z'’-]*\.?){1,3})`;
  const presence: { re: RegExp; status: AttendanceStatus; role?: string }[] = [
    { re: new RegExp(String.raw`${PERSON}\s+(?:took|was\s+in|chaired)\s+the\s+(?:Chair|meeting)\b`, "g"), status: "present", role: "chair" },
    // "In the Chair: Councillor Peter Parker", "Chaired by: Dr Ann Able" at a line's start.
    {
      re: new RegExp(String.raw`(?<=^|\n)[ \t]*(?:In\s+the\s+Chair|Chaired\s+by|Chair(?:man|person)?)[ \t]*[:–-][ \t]*${PERSON}(?=[ \t]*(?:\(|,|$|\n))`, "g"),
      status: "present",
      role: "chair",
    },
    // "Councillor Stefan Gawrysiak, committee co-chair in the chair, welcomed all".
    { re: new RegExp(String.raw`${PERSON}(?:,\s*[^,.\n]{0,60}?)?,?\s+in\s+the\s+[Cc]hair\b`, "g"), status: "present", role: "chair" },
    {
      re: new RegExp(String.raw`\bThe\s+Chair(?:man|woman|person)?,\s+${PERSON},\s+(?:welcomed|opened|introduced|thanked)`, "g"),
      status: "present",
      role: "chair",
    },
    {
      re: new RegExp(String.raw`${PERSON}\s+(?:had\s+)?(?:attended|was\s+attending|was\s+present|joined)(?:\s+the\s+meeting)?\s+as\s+an?\s+observer`, "g"),
      status: "observer",
    },
    // "… including John Last (JL) who was observing for Helen Langton".
    { re: new RegExp(String.raw`${PERSON}(?:\s+\([A-Z]{2,4}\))?,?\s+who\s+(?:was|is)\s+observing\b`, "g"), status: "observer" },
    // "Councillor Tony Worgan attended as substitute." (for whom, the sentence before says).
    {
      re: new RegExp(
        String.raw`${PERSON}\s+(?:attended|attending|was\s+present)\s+as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?substitute(?=\s*[.,;]|\s+member\b|$)`,
        "gm",
      ),
      status: "present",
    },
  ];
  for (const p of presence) {
    let x: RegExpExecArray | null;
    while ((x = p.re.exec(region))) {
      const at = from + x.index;
      // "…from Councillor Kantor. Councillor Tony Worgan attended as substitute": retry past a covered start.
      if (inCovered(at)) {
        p.re.lastIndex = x.index + 1;
        continue;
      }
      const who = parsePerson(x[1]!);
      if (!who) continue;
      facts.push({
        person: { ...who, role: p.role ?? who.role },
        status: p.status,
        span: { start: at, end: at + x[0].length },
        initials: null,
        confidence: 0.8,
        section: "Attendance (sentence)",
      });
    }
  }

  // "Councillors Bell and Cole attended the meeting in accordance with Procedure Rule 37(b)",
  // "Ann Able also attended the meeting": there, beside the members.
  const attended = new RegExp(ATTENDED_SENTENCE.source, "g");
  for (let a = attended.exec(region); a; a = attended.exec(region)) {
    const start = from + a.index + a[0].indexOf(a[1]!);
    if (inCovered(start)) continue;
    for (const entry of entriesIn(start, start + a[1]!.length, false)) take(entry, "in_attendance", "Also attended (sentence)", 0.8);
    covered.push({ start, end: start + a[1]!.length });
  }

  // "Cllr I Wroth & Cllr H Wroth sent apologies.", "Jane Doe had sent her apologies": the subject is the list.
  const sent =
    /(?:^|[.:•]\s+|\n)(?:(?:As|Since|Because|While|Whilst)\s+)?([A-Z][^.\n]{3,300}?)\s+(?:had\s+|have\s+|has\s+)?(?:sent|gave|tendered|offered|submitted)\s+(?:their|his|her)?\s*apologies\b/g;
  for (let a = sent.exec(region); a; a = sent.exec(region)) {
    const start = from + a.index + a[0].indexOf(a[1]!);
    if (inCovered(start)) continue;
    for (const entry of entriesIn(start, start + a[1]!.length, false)) take(entry, "apologies", "Sent apologies (sentence)", 0.8);
    covered.push({ start, end: start + a[1]!.length });
  }

  // "It was noted that Cllr A, Cabinet Member for …, and B, Deputy Chief Executive, were unable to attend."
  const unable = /(?:^|[.:]\s+|\n)(?:It\s+was\s+noted\s+that\s+)?([A-Z][^.\n]{3,300}?)\s+(?:was|were)\s+unable\s+to\s+(?:attend|be\s+present)/g;
  for (let u = unable.exec(region); u; u = unable.exec(region)) {
    const start = from + u.index + u[0].indexOf(u[1]!);
    if (inCovered(start)) continue;
    for (const entry of entriesIn(start, start + u[1]!.length, false)) take(entry, "apologies", "Unable to attend (sentence)", 0.8);
    covered.push({ start, end: start + u[1]!.length });
  }

  // "X attended as substitute for Y", "X was attending as Y's substitute", "X substituted for Y".
  const subRe =
    /((?:(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor|ACC|DCC)\.?[ \t]+)?[A-Z][A-Za-z'’-]*\.?(?:[ \t]+[A-Z][A-Za-z'’-]*\.?){0,3})(?:,\s*[^.;]{3,100}?,?)?\s+(?:was\s+)?(?:attended|attending|attends|substituted|substituting|deputised|deputising)\s+(?:(?:the|this)\s+meeting\s+)?(?:as\s+(?:a\s+)?substitute\s+for|for|as\s+([A-Z][A-Za-z'’.\s-]{2,60}?)['’]s?\s+substitute|in\s+place\s+of|on\s+behalf\s+of)\s*((?:(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor)\.?\s+)?[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3})?/g;
  let m: RegExpExecArray | null;
  while ((m = subRe.exec(region))) {
    const at = from + m.index;
    // A match that starts in a list may swallow the sentence after it: retry past its start.
    if (inCovered(at)) {
      subRe.lastIndex = m.index + 1;
      continue;
    }
    const who = parsePerson(m[1]!);
    const forWhom = (m[2] ?? m[3] ?? "").trim();
    if (!who || !forWhom) continue;
    facts.push({
      person: { ...who, substituteFor: forWhom },
      status: "present",
      span: { start: at, end: at + m[0].trimEnd().length },
      initials: null,
      confidence: 0.8,
      section: "Substitutes (sentence)",
    });
  }
  // Someone in an unlabelled list whom a sentence says sent apologies or came to observe ("Apologies
  // were received from … Johnathan Reynolds") was not there as a member: the sentence is the evidence.
  const said = new Set(facts.filter((f) => f.status !== "present" && f.confidence >= 0.8).map((f) => nameKey(f.person.name)));
  for (let n = facts.length - 1; n >= 0; n--)
    if (facts[n]!.status === "present" && /no label/.test(facts[n]!.section) && said.has(nameKey(facts[n]!.person.name))) facts.splice(n, 1);
  // "In attendance" heading the meeting's only list of those there is its list of attendees, not
  // of guests beside the members: with no Present / Members list, they were present.
  if (!facts.some((f) => f.status !== "in_attendance" && f.status !== "apologies" && !/sentence/i.test(f.section)))
    for (const f of facts) if (f.status === "in_attendance" && /^(?:in\s+attendance|attendance)\b/i.test(f.section)) f.status = "present";
  // In the order the text names them (a sort is stable: a substitute stays after the member it stands in for's entry).
  facts.sort((a, b) => a.span.start - b.span.start);
  return { facts, skipped };
}
