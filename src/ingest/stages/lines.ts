/** A document as lines, each with its offsets in the original text, so every stage can cite exactly. */
export interface Line {
  start: number;
  end: number;
  /** The line without its end-of-line characters. */
  raw: string;
  /** The line with surrounding white space (incl. no-break spaces) removed. */
  text: string;
  /** Offset of the first non-space character (start when the line is blank). */
  at: number;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end).replace(/\r$/, "");
    const lead = raw.length - raw.trimStart().length;
    out.push({ start, end: start + raw.trimEnd().length, raw, text: raw.trim(), at: start + (raw.trim() ? lead : 0) });
    if (end >= text.length) break;
    start = end + 1;
  }
  return out;
}

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

/** The span trimmed of white space and the punctuation lists end with. */
export function trimSpan(text: string, s: number, e: number, chars = /[\s,.;:·•]/): Span | null {
  while (s < e && chars.test(text[s]!)) s++;
  while (e > s && chars.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
