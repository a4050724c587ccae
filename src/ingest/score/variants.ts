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

interface Edit {
  start: number;
  end: number;
  written: string;
}

/** The text with each passage replaced (in text order, none overlapping the one before). */
function applyEdits(text: string, edits: Edit[]): Rewritten {
  const pieces: string[] = [];
  // Where each replaced passage starts in the new text, its span in the old, and how much longer it is.
  const shifts: { at: number; from: number; to: number; delta: number }[] = [];
  let done = 0;
  let delta = 0;
  for (const e of edits) {
    if (e.start < done) continue;
    pieces.push(text.slice(done, e.start), e.written);
    shifts.push({ at: e.start + delta, from: e.start, to: e.end, delta: e.written.length - (e.end - e.start) });
    delta += e.written.length - (e.end - e.start);
    done = e.end;
  }
  pieces.push(text.slice(done));
  const original = (at: number) => {
    let shift = 0;
    for (const s of shifts) {
      if (at < s.at) break;
      // Inside a replaced passage: its start in the text as it was.
      if (at < s.at + (s.to - s.from) + s.delta) return s.from;
      shift += s.delta;
    }
    return at - shift;
  };
  return { text: pieces.join(""), original };
}

/**
 * The text with every date that gives its year written in `form`. A posting date (written month
 * first over a page, `weak`) is left as it is: rewritten day first it would read as the meeting's,
 * which it is not.
 */
export function rewriteDates(text: string, form: DateForm): Rewritten {
  const write = DATE_FORMS[form]!;
  return applyEdits(
    text,
    findDates(text)
      .filter((x) => !x.weak && /\d{4}|\/\d{2}\b/.test(x.text))
      .map((found) => {
        const [y, m, d] = found.iso.split("-").map(Number) as [number, number, number];
        return {
          start: found.start,
          end: found.end,
          written: write({ y, m, d, weekday: WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!, month: MONTHS[m - 1]! }),
        };
      }),
  );
}

/**
 * How minutes head their attendance lists: one wording a status per form. Only the words that
 * open a line and end at a colon or at the line's end are rewritten, so a sentence ("Present at
 * the meeting were …") keeps its own words.
 */
const LABEL_STATUS: [RegExp, "present" | "apologies" | "in_attendance"][] = [
  [/^(?:(?:board\s+|committee\s+|panel\s+)?members\s+present|present|attendees|attendance|those\s+present)$/i, "present"],
  [/^(?:apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received(?:\s+from)?)?|apologies\s+for\s+absence\s+and\s+substitutions?)$/i, "apologies"],
  [/^(?:in\s+attendance|also\s+in\s+attendance|also\s+present|also\s+attending)$/i, "in_attendance"],
];
export const LABEL_FORMS: Record<string, Record<"present" | "apologies" | "in_attendance", string>> = {
  "Present / Apologies / In attendance": { present: "Present", apologies: "Apologies", in_attendance: "In attendance" },
  "Members present / Apologies for absence / Also in attendance": {
    present: "Members present",
    apologies: "Apologies for absence",
    in_attendance: "Also in attendance",
  },
  "Attendees / Apologies received / Also present": { present: "Attendees", apologies: "Apologies received", in_attendance: "Also present" },
  "PRESENT / APOLOGIES FOR ABSENCE / IN ATTENDANCE": { present: "PRESENT", apologies: "APOLOGIES FOR ABSENCE", in_attendance: "IN ATTENDANCE" },
  "Those present / Apologies / Also attending": { present: "Those present", apologies: "Apologies", in_attendance: "Also attending" },
};
export type LabelForm = keyof typeof LABEL_FORMS;

/** The text with every attendance list's heading worded as `form` words it. */
export function rewriteLabels(text: string, form: LabelForm): Rewritten {
  const words = LABEL_FORMS[form]!;
  const edits: Edit[] = [];
  let present = false;
  for (const m of text.matchAll(/^([ \t]*)([A-Za-z][A-Za-z ]{2,60}?)[ \t]*(?=:|\s*$)/gm)) {
    const status = LABEL_STATUS.find(([re]) => re.test(m[2]!))?.[1];
    if (!status) continue;
    present ||= status === "present";
    // "In attendance" heading the only list names the members; "Also present" would say they were not.
    if (status === "in_attendance" && !present) continue;
    const start = m.index + m[1]!.length;
    edits.push({ start, end: start + m[2]!.length, written: words[status] });
  }
  return applyEdits(text, edits);
}

/** Each way of varying the documents, by the name `score-extractor --vary` takes, and its forms by name. */
export const VARIATIONS: Record<"dates" | "labels", Record<string, (text: string) => Rewritten>> = {
  dates: Object.fromEntries(Object.keys(DATE_FORMS).map((f) => [f, (text: string) => rewriteDates(text, f)])),
  labels: Object.fromEntries(Object.keys(LABEL_FORMS).map((f) => [f, (text: string) => rewriteLabels(text, f)])),
};
export type Variation = keyof typeof VARIATIONS;
