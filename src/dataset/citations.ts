/**
 * Finds quotes in a document's text. PDF-derived text breaks lines and doubles spaces mid-sentence,
 * so both sides are compared with runs of white space folded to one space; the offsets returned
 * are those of the original text, so text.slice(start, end) shows the passage exactly as published.
 */

export interface Located {
  start: number;
  end: number;
}

export interface IndexedText {
  text: string;
  /** The text with every run of white space folded to one space. */
  folded: string;
  /** folded[i] came from text[map[i]]. */
  map: number[];
}

export function fold(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function indexText(text: string): IndexedText {
  let folded = "";
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += " ";
        map.push(i);
        inSpace = true;
      }
    } else {
      folded += ch;
      map.push(i);
      inSpace = false;
    }
  }
  return { text, folded, map };
}

/**
 * Locates the `occurrence`-th (1-based) occurrence of `quote`, counting from the end of the first
 * occurrence of `after` when given; null when there is no such occurrence.
 */
export function locate(doc: IndexedText, quote: string, after?: string, occurrence = 1): Located | null {
  const q = fold(quote);
  let from = 0;
  if (after !== undefined) {
    const a = doc.folded.indexOf(fold(after));
    if (a < 0) return null;
    from = a + fold(after).length;
  }
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = doc.folded.indexOf(q, from);
    if (at < 0) return null;
    from = at + 1;
  }
  const start = doc.map[at]!;
  const end = doc.map[at + q.length - 1]! + 1;
  return { start, end };
}
