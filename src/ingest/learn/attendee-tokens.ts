import fs from "node:fs";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../../dataset/vocabulary.js";
import { GUARDED_ROLE_WORDS, isFirstName, isHonorificWord, isNameWord, ROLE_WORDS } from "../names.js";
import type { Line, Span } from "../stages/lines.js";
import { predict, train, type Model } from "./softmax.js";

/**
 * Which words name an attendee, learned from the labelled corpus rather than written as rules.
 * Fifteen rounds of unseen minutes showed the attendance rules reach the layouts they were written
 * from and a half or less of the names in layouts they were not: a table flattened into one line
 * ("Councillor Taylor Stephen Banbury, Voluntary Action Coventry Dr Adrian …"), a name then its
 * organisation a line ("Jerry Blackett Birmingham Chamber of Commerce"), a place, a role and a
 * name ("Bolton Tony Oakman Bury Geoff Little"). Each word is tagged in turn — the first word of an
 * attendee's name (with the status the list gives), a later word of it, or neither — from its
 * shape, whether it is a first name compromise knows, an honorific, a role or an organisation's
 * word, the words around it, the tag before it, and the last attendance cue above it ("Present",
 * "Apologies", "Officers in attendance") and how far back that was. The rules stay first: the
 * model only adds names they did not read, each marked for review.
 */

export const ATTENDEE_MODEL_FILE = new URL("./attendee-tokens.model.json", import.meta.url);

/** Below this probability a word does not open an attendee's name. */
export const ATTENDEE_THRESHOLD = 0.5;

/** No list is further from its cue than this many lines; beyond it the model proposes nothing. */
const CUE_REACH = 40;

export const OUTSIDE = "O";
export const INSIDE = "I";
const begin = (s: AttendanceStatus) => `B-${s}`;
export const ATTENDEE_CLASSES = [OUTSIDE, INSIDE, ...ATTENDANCE_STATUSES.map(begin)];

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The index of its line in the document's lines. */
  line: number;
}

const WORD = /\p{L}[\p{L}'’-]*\.?|\d+|[^\s\p{L}\d]/gu;

export function tokensOf(lines: Line[]): Token[] {
  const out: Token[] = [];
  lines.forEach((l, line) => {
    if (!l.text) return;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(l.raw); m; m = WORD.exec(l.raw)) {
      // "Dr." keeps its stop; a name's last word before a full stop does not.
      const text = /^(?:\p{Lu}|Dr|Mr|Mrs|Ms|Cllr|Prof|St)\.$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/, "");
      out.push({ text, start: l.start + m.index, end: l.start + m.index + text.length, line });
    }
  });
  return out;
}

const ROLES = new Set<string>([...ROLE_WORDS, ...GUARDED_ROLE_WORDS].filter((w) => !w.includes(" ")));

/** A word's kind, as the features see it: its shape and what the vocabularies know of it. */
function kind(t: Token): string {
  const w = t.text;
  if (/^\d+$/.test(w)) return "digits";
  if (!/\p{L}/u.test(w)) return `punct${w}`;
  if (isHonorificWord(w)) return "honorific";
  if (/^\p{Lu}\.?$/u.test(w)) return "initial";
  if (/^\p{Ll}/u.test(w)) return "lower";
  if (ROLES.has(w)) return "role";
  if (/^\p{Lu}{2,}$/u.test(w)) return isFirstName(w[0] + w.slice(1).toLowerCase()) ? "caps-first" : "caps";
  if (!isNameWord(w)) return "org";
  return isFirstName(w) ? "first" : "cap";
}

/** Whether a word can be part of a name at all: only these are tagged. */
const nameShaped = (k: string) => k === "first" || k === "cap" || k === "initial" || k === "caps" || k === "caps-first";

/** Cue words of attendance lists and the status each announces, read with the word before it. */
function cueStatus(word: string, before: string): AttendanceStatus | "absent" | null {
  switch (word) {
    case "present":
    case "attending":
    case "attended":
      return before === "also" || before === "others" || before === "other" ? "in_attendance" : before === "not" ? "absent" : "present";
    case "attendees":
    case "members":
    case "membership":
    case "substitutes":
      return "present";
    case "attendance":
      return before === "in" ? "in_attendance" : "present";
    case "apologies":
    case "apology":
    case "apols":
      return "apologies";
    case "officers":
    case "employees":
    case "support":
      return "officer";
    case "observers":
    case "observer":
    case "observing":
      return "observer";
    case "participants":
      return "participant";
    case "absent":
      return "absent";
    case "representatives":
    case "guests":
      return "in_attendance";
    default:
      return null;
  }
}

/** Cue words that announce a list wherever they stand, once capitalised ("Members" opens prose too). */
const STRONG_CUES = new Set([
  "present",
  "apologies",
  "apology",
  "apols",
  "attendance",
  "attended",
  "attending",
  "attendees",
  "officers",
  "observers",
  "participants",
  "absent",
]);

interface Cue {
  word: string;
  before: string;
  status: AttendanceStatus | "absent";
  line: number;
  token: number;
}

/**
 * The cues the text gives: a cue word opening its line, or before a colon or dash, or in a
 * sentence about who came ("apologies were received from", "the following were present").
 */
function cuesOf(tokens: Token[], words: readonly number[], lowerWords: readonly number[]): (Cue | null)[] {
  const out: (Cue | null)[] = [];
  let last: Cue | null = null;
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    const before = tokens[i - 1]?.line === t.line ? tokens[i - 1]!.text.toLowerCase() : "";
    const status = /\p{L}/u.test(word) ? cueStatus(word, before) : null;
    if (status) {
      const strong = STRONG_CUES.has(word);
      const next = tokens[i + 1]?.line === t.line ? tokens[i + 1] : undefined;
      const lineWords = words[t.line]!;
      // "Present:", "Apologies –", "Officers in attendance" at a line's end: a label.
      const marked = !next || /^[:–—-]$/.test(next.text);
      // "Apologies were received from", "Present were": a sentence about who came.
      const sentence =
        strong &&
        (tokens.slice(i + 1, i + 6).some((u) => u.line === t.line && /^(?:from|received)$/i.test(u.text)) ||
          (!!next && /^(?:were|was)$/i.test(next.text) && tokens[i + 2]?.line === t.line && /^\p{Lu}/u.test(tokens[i + 2]!.text)));
      // A short line that opens with the cue ("Members present", "Board Members Dr A Bee …").
      const opens = (tokens[i - 1]?.line !== t.line || tokens[i - 2]?.line !== t.line) && (lineWords <= 8 || strong);
      // "… CCG Present Lola Banjoko …": a flattened page's cue is known by its capital and the name after it.
      const capital = strong && /^\p{Lu}/u.test(t.text) && !!next && /^\p{Lu}/u.test(next.text);
      const prose = lowerWords[t.line]! >= 6;
      // "Officers in attendance", "Observers present": the first word says who they are.
      // "Apologies were received from Board Members:": who they are, not a list of its own.
      const phrase =
        last && last.line === t.line && ((i - last.token <= 3 && /^(?:present|attendance|attending)$/.test(word)) || (i - last.token <= 8 && !strong));
      if (phrase) last = { ...last!, token: i };
      else if (marked || sentence || capital || (opens && !prose)) last = { word, before, status, line: t.line, token: i };
    }
    out.push(last);
  });
  return out;
}

const bucket = (x: number, cuts: number[]) => cuts.filter((c) => x >= c).length;

export interface Context {
  tokens: Token[];
  /** Each token's kind (see kind()), worked out once. */
  kinds: string[];
  lines: Line[];
  cues: (Cue | null)[];
  /** Per line: whether it reads as a numbered heading or as prose (a list has ended by then). */
  heading: boolean[];
  prose: boolean[];
  /** Per line: how many words it has. */
  words: number[];
  /** Per line: whether it opens with a name's shape (an honorific, or two name-shaped words). */
  opensWithName: boolean[];
  /** Per line: whether an attendance cue is among its first words. */
  cueOpensLine: boolean[];
}

export function contextOf(lines: Line[]): Context {
  const tokens = tokensOf(lines);
  const kinds = tokens.map(kind);
  const words = lines.map(() => 0);
  const lowerWords = lines.map(() => 0);
  const first = lines.map(() => -1);
  tokens.forEach((t, i) => {
    if (!words[t.line]!++) first[t.line] = i;
    if (/^\p{Ll}{2,}/u.test(t.text)) lowerWords[t.line]!++;
  });
  const opensWithName = first.map(
    (i) => i >= 0 && (kinds[i] === "honorific" || (nameShaped(kinds[i]!) && tokens[i + 1]?.line === tokens[i]!.line && nameShaped(kinds[i + 1]!))),
  );
  const cues = cuesOf(tokens, words, lowerWords);
  const cueOpensLine = lines.map(() => false);
  cues.forEach((cue, i) => {
    if (cue && cue.token === i && i - first[cue.line]! <= 3) cueOpensLine[cue.line] = true;
  });
  return {
    words,
    opensWithName,
    cueOpensLine,
    tokens,
    kinds,
    lines,
    cues,
    heading: lines.map((l) => /^(?:item\s+)?\d{1,3}(?:\.\d{1,2})*[.):]?\s+\p{Lu}/iu.test(l.text)),
    prose: lines.map((l) => (l.text.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 6),
  };
}

/** How many lines strictly between two lines have the flag (a heading, prose, a name's shape). */
function between(flags: boolean[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) if (flags[k]) n++;
  return n;
}

/**
 * The features of token i, given the tags of the words before it (the labels' in training, the
 * model's own when tagging): the tag before it and how long the current name is; with whether the
 * line above opens as a name does and how many lines since the cue have — a list goes on as it began.
 */
export function tokenFeatures(c: Context, i: number, tags: readonly string[]): string[] {
  const t = c.tokens[i]!;
  const prevTag = i > 0 ? tags[i - 1]! : OUTSIDE;
  let nameLength = 0;
  for (let j = i - 1; j >= 0 && tags[j] !== OUTSIDE; j--) {
    nameLength++;
    if (tags[j]!.startsWith("B-")) break;
  }
  const prev = c.tokens[i - 1];
  const next = c.tokens[i + 1];
  const sameLine = (u: Token | undefined) => !!u && u.line === t.line;
  const k = c.kinds[i]!;
  const kindAt = (j: number) => c.kinds[j]!;
  const prevKind = prevTag.startsWith("B-") ? "B" : prevTag;
  const length = Math.min(nameLength, 3);
  const f = ["bias", `kind:${k}`, `prev-tag:${prevKind}`, `name-length:${length}`];
  f.push(`prev:${sameLine(prev) ? kindAt(i - 1) : "line-start"}`, `next:${sameLine(next) ? kindAt(i + 1) : "line-end"}`);
  f.push(`next2:${sameLine(next) && sameLine(c.tokens[i + 2]) ? kindAt(i + 2) : "line-end"}`);
  f.push(`prev2:${sameLine(prev) && sameLine(c.tokens[i - 2]) ? kindAt(i - 2) : "line-start"}`);
  f.push(`kind+prev-tag:${k}|${prevKind}|${length}`);
  f.push(`kind+prev+next:${k}|${sameLine(prev) ? kindAt(i - 1) : "^"}|${sameLine(next) ? kindAt(i + 1) : "$"}`);
  // Words no name is made of say most by themselves: "from", "Council", ",", "(".
  if (!nameShaped(k)) f.push(`word:${t.text.toLowerCase()}`);
  if (prev && sameLine(prev) && !nameShaped(kindAt(i - 1))) f.push(`prev-word:${prev.text.toLowerCase()}`);
  if (next && sameLine(next) && !nameShaped(kindAt(i + 1))) f.push(`next-word:${next.text.toLowerCase()}`);
  // The nearest lower-case word before it on its line: "received from", "and", "for", "by".
  for (let j = i - 1, n = 0; j >= 0 && c.tokens[j]!.line === t.line && n < 8; j--, n++)
    if (kindAt(j) === "lower") {
      f.push(`lower-before:${c.tokens[j]!.text.toLowerCase()}`);
      break;
    }
  f.push(`line-words:${bucket(c.words[t.line]!, [2, 4, 7, 12, 25, 50])}`);
  if (!sameLine(prev)) f.push("line-first");
  if (c.heading[t.line]) f.push("heading-line");
  if (c.prose[t.line]) f.push("prose-line");
  f.push(`blank-before:${!c.lines[t.line - 1]?.text}`);
  const cue = c.cues[i];
  if (!cue || t.line - cue.line > CUE_REACH) f.push("cue:none");
  else {
    const lines = t.line - cue.line;
    const headings = between(c.heading, cue.line, t.line) + (c.heading[t.line] && lines > 0 ? 1 : 0);
    const prose = between(c.prose, cue.line, t.line);
    f.push(`cue:${cue.status}`, `cue-word:${cue.before}_${cue.word}`, `cue-lines:${bucket(lines, [1, 2, 4, 8, 16])}`);
    f.push(`cue-tokens:${bucket(i - cue.token, [1, 2, 4, 8, 16, 32, 64])}`, `cue-headings:${Math.min(headings, 2)}`, `cue-prose:${Math.min(prose, 2)}`);
    f.push(`cue+kind:${cue.status}|${k}`);
    f.push(`cue-name-lines:${bucket(between(c.opensWithName, cue.line - 1, t.line), [1, 2, 4, 8])}`);
  }
  // The line above (blank lines passed over) opens as a list's entry does: a name's shape.
  let above = t.line - 1;
  while (above >= 0 && !c.words[above]) above--;
  f.push(`above-opens:${above >= 0 && c.opensWithName[above]}|${c.opensWithName[t.line]}|${!sameLine(prev)}`);
  return f;
}

/** Whether the model may tag this word at all: a name-shaped word with a live cue above it. */
export function taggable(c: Context, i: number): boolean {
  const cue = c.cues[i];
  return nameShaped(c.kinds[i]!) && !!cue && cue.status !== "absent" && c.tokens[i]!.line - cue.line <= CUE_REACH;
}

export interface LearnedAttendee {
  /** The name's words, honorific left out. */
  name: Span;
  /** The index of its line. */
  line: number;
  status: AttendanceStatus;
  /** The probability of the word that opens the name. */
  probability: number;
}

/** The names the model tags between from and to, left to right, each word's tag given the one before. */
export function tagAttendees(model: Model, c: Context, from: number, to: number): LearnedAttendee[] {
  const out: LearnedAttendee[] = [];
  const tags: string[] = [];
  let open: LearnedAttendee | null = null;
  const close = () => {
    if (open) out.push(open);
    open = null;
  };
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    if (t.start < from || t.end > to) {
      tags.push(OUTSIDE);
      continue;
    }
    let next = OUTSIDE;
    let p = 0;
    if (taggable(c, i)) {
      const probs = predict(model, tokenFeatures(c, i, tags));
      let best = 0;
      probs.forEach((x, k) => (x > probs[best]! ? (best = k) : 0));
      next = model.classes[best]!;
      p = probs[best]!;
      // A name opens only where the model is sure; a word inside one goes with its name.
      if (next.startsWith("B-") && p < ATTENDEE_THRESHOLD) next = OUTSIDE;
      if (next === INSIDE && (tags[i - 1] ?? OUTSIDE) === OUTSIDE) next = OUTSIDE;
    }
    if (next === INSIDE && open) (open as LearnedAttendee).name.end = t.end;
    else close();
    if (next.startsWith("B-")) open = { name: { start: t.start, end: t.end }, line: t.line, status: next.slice(2) as AttendanceStatus, probability: p };
    tags.push(next);
  }
  close();
  return out;
}

let loaded: Model | null | undefined;
/** The model trained on the development corpus (`npm run train-extractor`), or null before any training. */
export function attendeeModel(): Model | null {
  if (loaded === undefined) loaded = fs.existsSync(ATTENDEE_MODEL_FILE) ? (JSON.parse(fs.readFileSync(ATTENDEE_MODEL_FILE, "utf8")) as Model) : null;
  return loaded;
}

export interface LabelledAttendance {
  lines: Line[];
  /** Where the labels name each attendee (the name's words, found in the labelled quote), and the status. */
  attendees: { start: number; end: number; status: AttendanceStatus }[];
}

/** Each taggable word is an example: its tag from the labelled names, the tag before it as the labels have it. */
export function trainAttendees(docs: LabelledAttendance[]): Model {
  const xs: string[][] = [];
  const ys: number[] = [];
  for (const d of docs) {
    const c = contextOf(d.lines);
    const tags = c.tokens.map((t) => {
      const a = d.attendees.find((x) => x.start <= t.start && t.end <= x.end);
      return !a ? OUTSIDE : a.start === t.start ? begin(a.status) : INSIDE;
    });
    c.tokens.forEach((_, i) => {
      if (!taggable(c, i)) return;
      xs.push(tokenFeatures(c, i, tags));
      ys.push(ATTENDEE_CLASSES.indexOf(tags[i]!));
    });
  }
  return train(xs, ys, ATTENDEE_CLASSES);
}
