import { parsePerson, type PersonMention } from "../names.js";
import type { Span } from "./lines.js";

/**
 * People the text names presenting or speaking to an item ("A. Barrago … delivered a
 * presentation", "Councillor Bradley provided an update", "Members were welcomed … by X") and
 * the author who signed a note off ("Completed and signed off by Marie Burnham, …"). These are
 * PRESENTED and AUTHORED facts, never attendance: a text without an attendance list records none.
 */
export interface PresenterFact {
  person: PersonMention;
  /** The name as written. */
  name: Span;
  /** The passage that says it. */
  span: Span;
}

const NAME = String.raw`((?:(?:Councillor|Cllr|County Councillor|Dr|Mr|Mrs|Ms|Professor)\.?\s+)?(?:[A-Z]\.\s?|[A-Z][a-z]+\s)(?:[A-Z][a-z]+\s)?[A-Z][A-Za-z'’-]+)`;
const SPOKE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)${NAME}(?:,[^,.]{3,100},)?\s+(?:advised|delivered|presented|provided|introduced|explained|reported|gave|updated|outlined|led)\b|\bwelcomed\s+to\s+the\s+meeting\s+by\s+${NAME}`,
  "g",
);

export function presenters(text: string, from: number, to: number): PresenterFact[] {
  const out: PresenterFact[] = [];
  const region = text.slice(from, to);
  for (let m = SPOKE.exec(region); m; m = SPOKE.exec(region)) {
    const name = (m[1] ?? m[2])!;
    if (/^(?:The|This|It|An|A|In|At|On)\b/.test(name)) continue;
    const person = parsePerson(name.replace(/^([A-Z])\.\s?/, "$1. "));
    if (!person) continue;
    const at = from + m.index + m[0].indexOf(name);
    const start = from + m.index + (m[0].search(/\S/) >= 0 ? m[0].search(/[A-Za-z]/) : 0);
    out.push({ person, name: { start: at, end: at + name.length }, span: { start: Math.min(start, at), end: from + m.index + m[0].length } });
  }
  return out;
}

export function signedOff(text: string): PresenterFact | null {
  const m = text.match(/Completed and signed off by\s+([A-Z][a-z]+(?:\s[A-Z][A-Za-z'’-]+){1,2})(?=[,\s])/i);
  if (!m) return null;
  const person = parsePerson(m[1]!);
  if (!person) return null;
  const at = m.index! + m[0].indexOf(m[1]!);
  return { person, name: { start: at, end: at + m[1]!.length }, span: { start: m.index!, end: at + m[1]!.length } };
}
