/**
 * Dates and times as English minutes write them: "Tuesday, 16 February 2016", "25th March, 2024",
 * "Thursday 23rd April 2019", "Tuesday the 16th of February 2016", "17/06/2021", "17-06-2021",
 * "17/06/21", "2021-06-17", "March 12, 2019", "10.00 am", "4pm", "13:00 – 16:00 Hours".
 */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
const WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri),?\\s+)?";

/** A day and its month: "16 February", "25th March", "19thAugust", "3rd of May". */
const DAY_MONTH = `(\\d{1,2})(?:\\s?(?:st|nd|rd|th)\\s*|\\s+)(?:of\\s+)?${MONTH}`;
/** No year written after it. */
const NO_YEAR = String.raw`\b(?!\.?,?\s*(?:19|20)\d\d\b)`;
// "19thAugust2014": publishing may drop the spaces after an ordinal and before the year.
// "7 December 2017at 10:30 am": publishing may run the year into the word after it.
export const DATE_PATTERN = new RegExp(`\\b${WEEKDAY}(?:the\\s+)?${DAY_MONTH}\\.?,?\\s*(\\d{4})(?!\\d)(?:\\b|(?=at\\b))`, "gi");
/**
 * Day, month and year in figures, day first as in England, one separator throughout: "17/06/2021",
 * "17.06.2021", "17-06-2021", and a two-digit year only after slashes ("17/06/21": "3.1.12" is a
 * paragraph's number).
 */
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b|\b(\d{1,2})\/(\d{1,2})\/(\d{2})\b(?![/.]\d)/g;
/** "2021-06-17", as web pages and forms write dates. */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** "Monday January 25th 2010", "January 19th, 2010": the month before the day, where a meeting is said to be held then. */
const MONTH_FIRST_DATE = new RegExp(`\\b${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
/** "Tuesday 7th April" with no year after it: dated only where the weekday names one year. */
const YEARLESS_DATE = new RegExp(`\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+${DAY_MONTH}${NO_YEAR}`, "gi");
/** "held on 13th May at 8.00pm": a meeting's day and month with neither weekday nor year. */
const HELD_ON_DAY = new RegExp(`\\bheld\\s+on\\s+(?:the\\s+)?${DAY_MONTH}${NO_YEAR}`, "gi");
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  text: string;
  /**
   * Written month first ("Friday, December 14, 2012") with no word before it saying it dates a
   * meeting: blogs and web pages print their posting date so above the minutes, so such a date
   * dates a meeting only where the text offers no other.
   */
  weak?: true;
}

const monthNumber = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().slice(0, 3))) + 1;
/** The calendar day, or null where the month has no such day (30 February). */
const dayOf = (y: number, m: number, d: number): Date | null => {
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCDate() === d ? at : null;
};
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
/** "21" is 2021, "98" 1998. */
const fullYear = (y: string) => (y.length === 2 ? Number(y) + (Number(y) < 70 ? 2000 : 1900) : Number(y));

/** Each way a date with its year is written, and how its day, month and year are read from a match. */
const FORMS: { re: RegExp; read: (m: RegExpExecArray) => [year: number, month: number, day: number] }[] = [
  { re: DATE_PATTERN, read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])] },
  { re: NUMERIC_DATE, read: (m) => (m[1] ? [Number(m[4]), Number(m[3]), Number(m[1])] : [fullYear(m[7]!), Number(m[6]), Number(m[5])]) },
  { re: ISO_DATE, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: MONTH_FIRST_DATE, read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])] },
];

/** Every date in text[from, to), in text order. Numeric dates are read day first, as in England. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(0, to);
  for (const form of FORMS) {
    const re = new RegExp(form.re.source, form.re.flags);
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      // "(HWB.05.04.2016/6)": a paper's reference, not a date.
      if (form.re === NUMERIC_DATE && (/[A-Za-z]\.$/.test(slice.slice(Math.max(0, m.index - 2), m.index)) || /^\/\d/.test(slice.slice(m.index + m[0].length))))
        continue;
      const [year, month, day] = form.read(m);
      if (year < 1990 || year > 2100 || month < 1 || month > 12 || !dayOf(year, month, day)) continue;
      const found: FoundDate = { iso: iso(year, month, day), start: m.index, end: m.index + m[0].length, text: m[0] };
      // "held on\nAugust 1, 2017", "thDate: July 25, 2007" (an ordinal's superscript run into the label).
      if (form.re === MONTH_FIRST_DATE && !/\b(?:th)?(?:held|meeting|minutes|date)\b[^.]{0,40}$/i.test(slice.slice(Math.max(0, m.index - 60), m.index)))
        found.weak = true;
      out.push(found);
    }
  }
  // A weekday and a day of a month without a year ("held on Tuesday 7th April at 7.00pm"): the year
  // is one the text names (or the one before or after) in which that day is that weekday; where
  // none or several are, the date is not read. Read before the held-on form below, which it covers.
  const years = [...new Set(out.map((d) => Number(d.iso.slice(0, 4))).flatMap((y) => [y - 1, y, y + 1]))];
  const re = new RegExp(YEARLESS_DATE.source, "gi");
  re.lastIndex = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const [weekday, day, month] = [WEEKDAYS.indexOf(m[1]!.toLowerCase()), Number(m[2]), monthNumber(m[3]!)];
    const fits = years.filter((y) => dayOf(y, month, day)?.getUTCDay() === weekday);
    if (fits.length === 1) out.push({ iso: iso(fits[0]!, month, day), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // Without a weekday to check, only where every full date of the opening has one year.
  const opening = new Set(out.filter((d) => d.start < 3000).map((d) => d.iso.slice(0, 4)));
  const held = new RegExp(HELD_ON_DAY.source, "gi");
  held.lastIndex = from;
  for (let m = held.exec(slice); m; m = held.exec(slice)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (opening.size !== 1 || out.some((d) => d.start <= at && at < d.end)) continue;
    const [day, month] = [Number(m[1]), monthNumber(m[2]!)];
    const year = Number([...opening][0]);
    if (dayOf(year, month, day)) out.push({ iso: iso(year, month, day), start: at, end: m.index + m[0].length, text: m[0].slice(m[0].indexOf(m[1]!)) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "10.00 am", "4pm", "10am", "13:00" as HH:MM (24-hour clock only with a colon). */
export function parseTime(s: string): string | null {
  // "0930" (a 24-hour clock without its colon) as a range's start: "from 0930 - 1100".
  const m =
    s.match(/\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/i) ?? s.match(/\b([01]?\d|2[0-3]):([0-5]\d)\b/) ?? s.match(/^([01]\d|2[0-3])([0-5]\d)$/);
  if (!m) return null;
  let h = Number(m[1]);
  const minutes = m[2] ?? "00";
  const half = m[3]?.toLowerCase().replace(/\./g, "");
  if (half === "pm" && h < 12) h += 12;
  if (half === "am" && h === 12) h = 0;
  if (h > 23 || Number(minutes) > 59) return null;
  return `${String(h).padStart(2, "0")}:${minutes}`;
}

/** A start time written right after a date: " 2.00 pm", ", at 10am", " 13:00 – 16:00 Hours". */
export const TIME_AFTER_DATE =
  /^[\s,]*(?:(?:commencing|starting|beginning)\s+at\s+|at\s+|from\s+|-\s+|–\s+)?(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:-|–|to)\s*\d{4}\b|\s*(?:hrs|hours)\b))/i;
/** A start time written before the date: "Minutes of … held at 7.00pm on Monday 4 February 2008". */
export const TIME_BEFORE_DATE = /\bheld\s+(?:at|from)\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})(?=[\s,])/i;
