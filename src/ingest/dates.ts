/** Dates as UK minutes write them: "Tuesday, 16 February 2016", "25th March, 2024", "9 December 2021", "15th March". */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export const DATE_PATTERN =
  /\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4})\b/gi;

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  text: string;
}

export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const re = new RegExp(DATE_PATTERN.source, "gi");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    out.push({ iso: `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** "10.00 am", "4pm", "10am" as HH:MM. */
export function parseTime(s: string): string | null {
  const m = s.match(/\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)\b/i);
  if (!m) return null;
  let h = Number(m[1]);
  if (m[3]!.toLowerCase() === "pm" && h < 12) h += 12;
  if (m[3]!.toLowerCase() === "am" && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${m[2] ?? "00"}`;
}
