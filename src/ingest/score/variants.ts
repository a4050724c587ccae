import { findDates } from "../dates.js";

/**
 * The same documents written another way. Unseen minutes differ from the corpus less in what they
 * say than in how they write it: a development document whose every date is rewritten in another
 * common form ("17/06/2021", "June 17, 2021", "2021-06-17") says the same, so its labels still hold,
 * and an extractor that reads the form it was tuned on but not the others shows it here — a
 * measure of generalising that no held-back round has to be spent on.
 */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
const two = (n: number) => String(n).padStart(2, "0");

interface Day {
  y: number;
  m: number;
  d: number;
  weekday: string;
  month: string;
}

/** Ways English minutes and web pages write a meeting's date, by name. */
export const DATE_FORMS: Record<string, (day: Day) => string> = {
  "Tuesday 16th February 2016": (x) => `${x.weekday} ${ordinal(x.d)} ${x.month} ${x.y}`,
  "Tuesday, 16 February, 2016": (x) => `${x.weekday}, ${x.d} ${x.month}, ${x.y}`,
  "TUESDAY 16 FEBRUARY 2016": (x) => `${x.weekday} ${x.d} ${x.month} ${x.y}`.toUpperCase(),
  "Tuesday the 16th of February 2016": (x) => `${x.weekday} the ${ordinal(x.d)} of ${x.month} ${x.y}`,
  "16 Feb 2016": (x) => `${x.d} ${x.month.slice(0, 3)} ${x.y}`,
  "16/02/2016": (x) => `${two(x.d)}/${two(x.m)}/${x.y}`,
  "16.02.2016": (x) => `${two(x.d)}.${two(x.m)}.${x.y}`,
  "16-02-2016": (x) => `${two(x.d)}-${two(x.m)}-${x.y}`,
  "16/02/16": (x) => `${two(x.d)}/${two(x.m)}/${String(x.y).slice(2)}`,
  "2016-02-16": (x) => `${x.y}-${two(x.m)}-${two(x.d)}`,
  "February 16, 2016": (x) => `${x.month} ${x.d}, ${x.y}`,
  "Tuesday February 16th 2016": (x) => `${x.weekday} ${x.month} ${ordinal(x.d)} ${x.y}`,
};
export type DateForm = keyof typeof DATE_FORMS;

/** A text written another way, and where each of its offsets stood in the text as it was. */
export interface Rewritten {
  text: string;
  original: (at: number) => number;
}

/**
 * The text with every date that gives its year written in `form`. A posting date (written month
 * first over a page, `weak`) is left as it is: rewritten day first it would read as the meeting's,
 * which it is not.
 */
export function rewriteDates(text: string, form: DateForm): Rewritten {
  const write = DATE_FORMS[form]!;
  const pieces: string[] = [];
  // Where each rewritten date starts, in both texts, and how much longer it is.
  const shifts: { at: number; from: number; to: number; delta: number }[] = [];
  let done = 0;
  let delta = 0;
  for (const found of findDates(text).filter((x) => !x.weak && /\d{4}|\/\d{2}\b/.test(x.text))) {
    if (found.start < done) continue;
    const [y, m, d] = found.iso.split("-").map(Number) as [number, number, number];
    const written = write({ y, m, d, weekday: WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!, month: MONTHS[m - 1]! });
    pieces.push(text.slice(done, found.start), written);
    shifts.push({ at: found.start + delta, from: found.start, to: found.end, delta: written.length - found.text.length });
    delta += written.length - found.text.length;
    done = found.end;
  }
  pieces.push(text.slice(done));
  const original = (at: number) => {
    let shift = 0;
    for (const s of shifts) {
      if (at < s.at) break;
      // Inside a rewritten date: its start in the text as it was.
      if (at < s.at + (s.to - s.from) + s.delta) return s.from;
      shift += s.delta;
    }
    return at - shift;
  };
  return { text: pieces.join(""), original };
}
