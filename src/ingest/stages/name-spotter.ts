import { isFirstName, isHonorificWord, isNameWord, ROLE_WORDS } from "../names.js";
import type { Span } from "./lines.js";

/**
 * Finds people's names in a flattened attendance list, where a table lost its columns and its
 * line breaks: "Alan Yates Julie Dawes Jon Allen …", "David Atkinson, Chief Executive - City of
 * York Council Brian Cantor, Vice Chancellor …". A name starts at an honorific or at a first name
 * that compromise's lexicon knows (it holds thousands; rules cannot), and runs over the capitalised
 * words that follow it. A name running into an organisation word ("Joseph Rowntree Foundation")
 * is part of that organisation's name, not a person.
 */

interface Token {
  text: string;
  start: number;
  end: number;
}

// An honorific is no word of a name: "Bolton Councillor David Greenhalgh" is a place, then a person.
const cap = (t: Token | undefined) =>
  !!t &&
  /^(?:[A-Z][a-z'’]+(?:[-'’][A-Z]?[a-z'’]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+[A-Z][a-z]+)$/.test(t.text) &&
  isNameWord(t.text) &&
  !isHonorificWord(t.text);
const initial = (t: Token | undefined) => !!t && /^[A-Z]\.?$/.test(t.text);
const honorific = (t: Token | undefined) => !!t && isHonorificWord(t.text);
const orgWord = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text) && !isNameWord(t.text);
const ROLE = new Set<string>([...ROLE_WORDS.filter((w) => !w.includes(" ")), "Member", "Governor", "Representative"]);
/** "Michelle Turner Director of Quality", "Nick Hayward Clinical Board Member": a role, within a few capitalised words. */
const roleFrom = (tokens: Token[], at: number) => {
  for (let i = at; i < at + 4 && tokens[i] && /^[A-Z]/.test(tokens[i]!.text); i++) if (ROLE.has(tokens[i]!.text)) return true;
  return false;
};

export interface SpottedName {
  /** The whole mention, honorific included. */
  span: Span;
  /** The name alone. */
  name: Span;
}

export function spotNames(text: string, s: number, e: number): SpottedName[] {
  const tokens: Token[] = [];
  const re = /[A-Za-z][A-Za-z'’-]*\.?|[^\sA-Za-z]/g;
  const region = text.slice(s, e);
  for (let m = re.exec(region); m; m = re.exec(region))
    tokens.push({
      text: m[0].replace(/\.$/, (d) => (/^[A-Z]$|^(?:Dr|Mr|Mrs|Ms|Cllr|Prof|St)$/.test(m![0].slice(0, -1)) ? d : "")),
      start: s + m.index,
      end: s + m.index + m[0].length,
    });
  const out: SpottedName[] = [];
  let prevName = false;
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (honorific(tokens[j]) && j < tokens.length) j++;
    const hasHonorific = j > i;
    const first = tokens[j];
    const starts = hasHonorific
      ? cap(first) || initial(first)
      : (cap(first) && isFirstName(first!.text)) || (prevName && cap(first) && cap(tokens[j + 1])) || (initial(first) && cap(tokens[j + 1]));
    if (!starts || !first) {
      prevName = false;
      i++;
      continue;
    }
    let k = j + 1;
    while (initial(tokens[k])) k++;
    if (!cap(tokens[k])) {
      // "Councillor Smith": an honorific and a surname is a name too.
      if (hasHonorific && cap(first) && !initial(first)) {
        out.push({ span: { start: tokens[i]!.start, end: first.end }, name: { start: first.start, end: first.end } });
        prevName = true;
        i = j + 1;
        continue;
      }
      i++;
      prevName = false;
      continue;
    }
    // Surname; a second one when it is not a first name and no name follows ("Jo Rycroft Malone").
    let last = k;
    const after = tokens[k + 2];
    if (cap(tokens[k + 1]) && !isFirstName(tokens[k + 1]!.text) && (!after || /^[^A-Za-z(]/.test(after.text))) last = k + 1;
    if (!hasHonorific && orgWord(tokens[last + 1]) && !honorific(tokens[last + 1]) && !(isFirstName(first.text) && roleFrom(tokens, last + 1))) {
      // "Joseph Rowntree Foundation", "Nene Valley Hospital"; but "Ms Tracey Lewis Head of Finance" is a person and her role.
      i = last + 1;
      prevName = false;
      continue;
    }
    out.push({ span: { start: tokens[i]!.start, end: tokens[last]!.end }, name: { start: first.start, end: tokens[last]!.end } });
    prevName = true;
    i = last + 1;
  }
  return out;
}
