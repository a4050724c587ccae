/**
 * Dates the documents give less exactly than a day ("September 2024", "December 2024 (possible)",
 * "2025"): the machine-readable month or year they name, and how precise a date is. The loader
 * stores `month` beside `dateText` so Cypher can order by it; the API reports both.
 */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** How exactly something is dated; the API's DatePrecision enum is this object. */
export const DatePrecision = { DAY: "DAY", MONTH: "MONTH", YEAR: "YEAR" } as const;
export type DatePrecision = keyof typeof DatePrecision;

/** "September 2024" → "2024-09"; null when the text names no month of a year. */
export function monthOf(dateText: string | null | undefined): string | null {
  const m = dateText?.toLowerCase().match(/\b([a-z]+)\s+(\d{4})\b/);
  const month = m ? MONTHS.findIndex((x) => m[1]!.length >= 3 && x.startsWith(m[1]!)) : -1;
  return m && month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, "0")}` : null;
}

/** "2025", "in 2025/26" → "2025"; null when the text names no year. */
export function yearOf(dateText: string | null | undefined): string | null {
  return dateText?.match(/\b(\d{4})\b/)?.[1] ?? null;
}

export function precisionOf(date: string | null | undefined, dateText: string | null | undefined): DatePrecision | null {
  if (date) return "DAY";
  if (monthOf(dateText)) return "MONTH";
  if (yearOf(dateText)) return "YEAR";
  return null;
}

/**
 * A key that sorts a day, then a month after its days, then everything else last:
 * "2024-09-03" < "2024-09-32" < "9999-12-31". The Cypher that pages meetings builds the same key
 * from the stored `month`: coalesce(date, month + '-32', '9999-12-31').
 */
export function dateSortKey(date: string | null | undefined, dateText: string | null | undefined): string {
  if (date) return date;
  const month = monthOf(dateText);
  return month ? `${month}-32` : "9999-12-31";
}
