import type { Model } from "../learn/softmax.js";
import type { AttendanceStatus } from "../../dataset/vocabulary.js";
import { tagAttendees, type Context, type LearnedAttendee } from "../learn/attendee-tokens.js";
import { isHonorificWord, isNameWord, nameKey, opensAPerson, roleOf, splitHonorific } from "../names.js";
import type { AttendanceFact, Skipped } from "./attendance.js";
import type { Span } from "./lines.js";

/** Why an attendee only the learned model found is in the draft: the reason its confidence entry gives. */
export const LEARNED_ATTENDEE_SECTION = "a name no rule read, found by the learned word model";

/**
 * Below the review threshold: the model's names on documents it was not trained on are right about
 * nine times in ten (`npm run train-extractor -- --by-round`), so a reader confirms each.
 */
export const LEARNED_ATTENDEE_CONFIDENCE = 0.6;

/** Why a rule's attendee has a shorter name than the rule read: the note its section gets. */
export const TRIMMED_BY_MODEL = "name cut to the one the learned word model reads in it";

/**
 * Whether capitalised words open as a person's name does: after an honorific, with a first name
 * compromise knows, or with an initial ("Urgent Business", "Royal National" do not); and do not end
 * in an initial ("Mr D", "Steve Brizell Ind.": a name cut short).
 */
function opensAsName(name: string, honorific: boolean): boolean {
  if (/(?:^|\s)\p{Lu}\.?$/u.test(name)) return false;
  return honorific || opensAPerson(name.split(" ")[0]!);
}

/** Words after a name saying the person came in someone's place. */
const CAME_INSTEAD = /^[^.;]{0,40}?\b(?:attended|substituted|substituting|deputised|deputising|in\s+(?:his|her|their)\s+(?:absence|place))\b/i;

const ROLE_AFTER = /^\s*\((chair|vice[- ]chair|deputy chair|co-chair)(?:man|woman|person)?\)/i;

export interface LearnedReading {
  /** Attendees no rule read. */
  added: AttendanceFact[];
  /** Rules' attendees whose name ran on into other words, with the name the model reads within it. */
  trimmed: Map<AttendanceFact, string>;
}

/**
 * The attendees the model tags in a meeting's part of the text that the rules did not read: no
 * name inside what a rule read (its entry) or refused as no attendance (a circulation list, the
 * absent), and no one the rules already named. And where a rule's name holds more words than the
 * names the model reads there, those names: one ("Rochdale Councillor Janet Emsley", "Richard
 * Kenny Be Birmingham") cuts the rule's name; several that make it up ("Councillor Taylor Stephen
 * Banbury") part it into people.
 */
export function learnedAttendance(
  text: string,
  model: Model,
  context: Context,
  from: number,
  to: number,
  read: { facts: AttendanceFact[]; skipped: Skipped[] },
  refused: (s: Skipped) => boolean,
): LearnedReading {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const named = new Set(read.facts.map((a) => nameKey(a.person.name)));
  const added: AttendanceFact[] = [];
  const trimmed = new Map<AttendanceFact, string>();
  const tagged = tagAttendees(model, context, from, to);
  // Where each rule's attendee is named: an entry read whole ("Pat Cantrill Independent Chair …
  // Shona McFarlane Director …") can hold other people's names after its own.
  const ruledNames = read.facts.map((a) => {
    const at = text.slice(a.span.start, a.span.end).replace(/\s/g, " ").indexOf(a.person.name);
    return at < 0 ? a.span : { start: a.span.start + at, end: a.span.start + at + a.person.name.length };
  });
  const nameOf = (t: LearnedAttendee) => text.slice(t.name.start, t.name.end).replace(/\s+/g, " ");

  /** The attendee a tagged name is, with the honorifics written before it ("Cllr Sir Albert Bore"); null when it is no name. */
  const mention = (found: LearnedAttendee, status: AttendanceStatus): AttendanceFact | null => {
    const name = nameOf(found);
    const before = text.slice(Math.max(from, found.name.start - 40), found.name.start);
    const words = before.split(/\s+/).slice(0, -1);
    let k = words.length;
    while (k > 0 && isHonorificWord(words[k - 1]!)) k--;
    const run = words.slice(k);
    const honorific = run.length ? splitHonorific(`${run.join(" ")} ${name}`).honorific : null;
    // A lone word is a surname only after an honorific ("Councillor Abbott"); otherwise it is too little to go on.
    if ((!name.includes(" ") && !honorific) || named.has(nameKey(name)) || !opensAsName(name, !!honorific)) return null;
    const start = run.length ? found.name.start - new RegExp(`(?:\\S+\\s+){${run.length}}$`).exec(before)![0].length : found.name.start;
    const role = ROLE_AFTER.exec(text.slice(found.name.end, to));
    return {
      person: {
        honorific,
        name,
        qualifier: null,
        role: role ? roleOf(role[1]!) : null,
        substituteFor: null,
        items: null,
      },
      status,
      span: { start, end: role ? found.name.end + role[0].length : found.name.end },
      initials: null,
      confidence: LEARNED_ATTENDEE_CONFIDENCE,
      section: `${LEARNED_ATTENDEE_SECTION} (p ${found.probability.toFixed(2)})`,
    };
  };

  for (const a of read.facts) {
    const inside = tagged.filter((t) => a.span.start <= t.name.start && t.name.end <= a.span.end);
    const names = inside.map(nameOf);
    if (inside.length >= 2 && names.join(" ") === a.person.name) {
      // Several names the rule read as one: the first keeps the rule's fact, the others join it.
      const others = inside.slice(1).map((t) => mention(t, a.status));
      if (others.some((o) => !o)) continue;
      trimmed.set(a, names[0]!);
      for (const o of others) {
        named.add(nameKey(o!.person.name));
        added.push(o!);
      }
      continue;
    }
    const name = inside.length === 1 ? names[0]! : "";
    if (!name.includes(" ") || name === a.person.name || !a.person.name.includes(name) || named.has(nameKey(name)) || !opensAsName(name, false)) continue;
    // What is cut off must be more than a name's own part: "Be Birmingham", "Rochdale Councillor";
    // not the rest of a double surname ("Akers Belcher", "Talbot- Williams") or an initial ("M A Watkin").
    const rest = a.person.name.replace(name, " ").trim().split(/\s+/);
    if (rest.length >= 2 || rest.some((w) => isHonorificWord(w) || !isNameWord(w) || /^\p{Lu}{2,}$/u.test(w))) trimmed.set(a, name);
  }
  for (const found of tagged) {
    if (ruledNames.some((n) => overlaps(n, found.name)) || read.skipped.some((s) => refused(s) && overlaps(s, found.name))) continue;
    // Inside a rule's entry, a name in its brackets or the one it stood in for is someone the entry
    // speaks of ("Carol Tozer (… who was represented by Chris Lewis)"), read by the rule as it should be.
    const within = read.facts.find((a) => a.span.start <= found.name.start && found.name.end <= a.span.end);
    if (within) {
      const lead = text.slice(within.span.start, found.name.start);
      if (within.person.substituteFor?.includes(nameOf(found)) || lead.split("(").length > lead.split(")").length) continue;
    }
    // Prose names people in discussion; a list's sentence opens with its cue ("Apologies were received from …").
    if (context.prose[found.line] && !context.cueOpensLine[found.line]) continue;
    // Inside a rule's entry the rule has read the list's status; the model's is its guess. One who
    // "attended in her absence" or "attended as substitute" under the apologies was there.
    const came = found.status === "apologies" && CAME_INSTEAD.test(text.slice(found.name.end, Math.min(to, found.name.end + 80)));
    const fact = mention(found, within?.status ?? (came ? "present" : found.status));
    if (!fact) continue;
    named.add(nameKey(fact.person.name));
    added.push(fact);
  }
  return { added, trimmed };
}
