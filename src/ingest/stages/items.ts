import { isAttendanceLabel } from "./attendance.js";
import type { Line } from "./lines.js";

/**
 * Agenda items: numbered headings ("5. Lancashire Place Update", "68.\n\nApologies" as modern.gov
 * pages write them, "Item 5: …", "5.2 …", "8 Title pdf icon PDF 133 KB") and, where a document
 * numbers nothing, short titled headings standing alone between blank lines. Numbers must rise
 * through a meeting, so numbered lists inside an item's text are not read as items.
 */
export interface ItemFact {
  number: string | null;
  title: string;
  start: number;
  end: number;
  confidence: number;
}

const NUMBER_ONLY = /^(?:item\s+)?(\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z]{1,5}\s?\d{1,4}(?:[/.]\d{1,4})*)[.):]?$/;
/** A minute's number alone on its line, its title on the next: "39/20". */
const MINUTE_NUMBER_ONLY = /^(\d{1,4}\/\d{2,4}(?:\/\d{2,4})?)[.:]?$/;
const NUMBERED =
  /^(?:item\s+|minute\s+)?(\d{1,3}(?:\.\d{1,2})?[a-z]?|\d{1,4}\/\d{2,4}(?:\/\d{2,4})?|[A-Z]{1,5}[/.-]?\d{1,4}(?:\/\d{1,4})*|[A-Z]{2,5}\s\d{1,4}(?:\/\d{1,4})+)(?:[.):]?\s*[/|]\s+|[.):]\s*|\s+[–—-]\s+|\s+|(?<=\/\d{2,4})(?=[A-Z][a-z]))(?=[A-Z"'‘“(])(.+)$/i;
const PDF_TAIL = /\s*(?:pdf icon\s*)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\b.*$/i;
/** Lines that are not headings whatever their shape: labels, metadata, the minutes' own marker. */
const NOT_TITLE =
  /^(?:(?:contact|venue|email|tel|telephone|date|time|location|chair|clerk|present|apologies|attendees|in attendance|decision maker|decision status|decision|purpose|publication date|date of decision|effective from|decided at meeting|lead member|wards? affected|accompanying documents?|reason(?:s)? for (?:the )?decision|alternative options? considered|options\/alternatives considered|interests? declared)\s*:.*|[^:]{2,60}\?:.*|decision details|issue details|issue - meetings|action sheet|action log|official|agenda and (?:draft )?minutes|agenda, decisions and minutes|accessibility tools|return to (?:header|top)|skip to (?:main )?content|page contents|print this page|completed and signed off\b.*|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|minutes|supporting documents|decision|decisions|resolved|action|actions|present|apologies|in attendance|venue|contact|date|time|meeting|items?|no\.?\s*item|media|attachments|notes?|recommendations?|purpose|background|summary|note|officers?|page \d+)\s*:?$/i;

/** What a document-sharing site or a PDF's page leaves among the headings: "Upload: …", "Post on 29-Mar-2018", "Agenda Item 2", "Page 3 of 47". */
const FURNITURE =
  /^(?:agenda(?:\s+(?:item|part)(?:\s+\S+)?)?|documents?|transcript|download|category|views?|\d+\s+views|upload:.*|post(?:ed)?\s+on\b.*|page\s+\d+(?:\s+of\s+\d+)?|report\s+this\s+document|share|embed|description|share\s+this\s+item|(?:one|two|three|four|five|\d{1,3})\s+members?\s+of\s+(?:the\s+)?public)$/i;

/** Titles English minutes share, found by their words where a flattened page lost the line breaks. */
const STANDARD_TITLE = [
  String.raw`Apologies(?: for [Aa]bsence)?(?: and [Ss]ubstitutions)?`,
  String.raw`Welcome(?:,? and [Ii]ntroductions?| and [Aa]pologies)?`,
  String.raw`Declarations? of [Ii]nterests?`,
  String.raw`Minutes of (?:the )?(?:[Ll]ast|[Pp]revious) [Mm]eeting(?: \([^)]{1,20}\))?(?: and [Mm]atters [Aa]rising)?`,
  String.raw`Matters [Aa]rising`,
  String.raw`Any [Oo]ther [Bb]usiness`,
  String.raw`Dates? of (?:the )?[Nn]ext [Mm]eeting`,
  String.raw`Questions from (?:the )?[Pp]ublic`,
  String.raw`Public [Qq]uestions`,
  String.raw`Chair['’]s [Ww]elcome(?: and [A-Z][a-z]+(?: [A-Z][a-z]+)?)?`,
  String.raw`Chair['’]s [Aa]nnouncements`,
].join("|");

/** A standard title whole, in any case: "APOLOGIES FOR ABSENCE" heads an item even though it reads as a label. */
const STANDARD_ITEM = new RegExp(String.raw`^(?:${STANDARD_TITLE})$`, "i");

/** After an item's number, "Apologies" and "Minutes" are the item's title, not labels. */
const titleAfterNumber = (t: string) => /^(?:apologies|minutes)$/i.test(t.replace(PDF_TAIL, "").trim()) || !NOT_TITLE.test(t);

/** A line that opens with a date (day first; "01/25/01" is a minute's number, no month 25). */
const STARTS_WITH_DATE =
  /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}\/(?:0?[1-9]|1[0-2])\/\d{2,4}(?![/\d]))/;

function sentenceLike(title: string): boolean {
  const words = title.split(/\s+/);
  if (/^(?:that|the\s+\w+\s+(?:noted|agreed|resolved|received|considered)|it was|members|there|given|following|in\s+\w+ing)\b/i.test(title)) return true;
  // A finite verb in the middle reads as a sentence: "The Board was updated on …".
  if (
    /\s(?:was|were|is|are|had|has|have|will|would|should|could|noted|agreed|advised|explained|reported|confirmed)\s/.test(title) &&
    !/^(?:to|update|report|minutes)\b/i.test(title)
  )
    return true;
  if (/[,:]\s*[a-z]$|:-$/.test(title)) return true;
  // A heading ends without a full stop, or is short; a long line ending in a full stop is prose.
  return (/[.;:]$/.test(title) && words.length > 8) || words.length > 25 || /^[a-z]/.test(title);
}

/** How often a page must set headings one way (bulleted, capitals run on) before that way reads as its headings. */
const PAGE_HABIT = 3;

/** A bulleted title: "- Welcome:", "• Minutes of last Meeting: – 25 March 2010". */
const BULLET_HEADING = /^[-•·*▪]\s+([A-Z][^.;:]{2,80}?)\s*(?::\s*(?:[–—-]\s*[^.;]{0,40})?)?$/;

/** A heading in capitals at a line's start, the item's text running on after it. */
const CAPITAL_LEAD = /^([A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)*)(?=\.\s+[A-Z(]|\s+[a-z])/;

/** Where a minute's text starts after its title on the title's line. */
const RUN_ON = /\s(?=(?:These|This|The|It|There|Members|Councillors|Cllr|[A-Z]{2,4}\s+(?:gave|presented|reported|explained|introduced))\s)/;

const major = (n: string) => Number(n.match(/\d+/)?.[0] ?? NaN);
const tidy = (t: string) => {
  const s = t.replace(PDF_TAIL, "").replace(/\s+/g, " ").trim().replace(/[.:]$/, "");
  return s === s.toUpperCase() && /[A-Z]{3}/.test(s) ? s.toLowerCase().replace(/(^|[\s(-])([a-z])/g, (_, a: string, c: string) => a + c.toUpperCase()) : s;
};

export function agendaItems(lines: Line[], from: number, to: number, opts: { headings: boolean }): ItemFact[] {
  // A flattened page may be one line, begun before the meeting's part: it is scanned from `from`.
  const region = lines.filter((l) => (l.start >= from || (l.end > from && l.text.length > 200)) && l.start < to);
  const items: ItemFact[] = [];
  const headings: { item: ItemFact; blanks: number }[] = [];
  const capitalLeads: ItemFact[] = [];
  const bulletHeadings: ItemFact[] = [];
  let last = -Infinity;
  let lastNumber = "";
  const nextText = (k: number) => {
    for (let n = k + 1; n < region.length && n <= k + 4; n++) if (region[n]!.text) return region[n]!;
    return null;
  };
  for (let k = 0; k < region.length; k++) {
    const line = region[k]!;
    const t = line.text;
    if (!t) continue;
    let number: string | null = null;
    let title: string | null = null;
    const start = line.at;
    // Where the title's text begins: the next line, or after the number on this one.
    let titleAt = line.at;
    let confidence = 0.95;
    // A line begun before the meeting's part is read only for the items inside it, after `from`.
    const partial = line.start < from;
    // "144/10" on its line, the title under it: a minute's number as councils write them.
    const only = partial ? null : (t.match(NUMBER_ONLY) ?? t.match(MINUTE_NUMBER_ONLY));
    if (only) {
      const next = nextText(k);
      if (next && titleAfterNumber(next.text) && !NUMBER_ONLY.test(next.text) && !sentenceLike(next.text.replace(PDF_TAIL, ""))) {
        number = only[1]!;
        title = next.text;
        titleAt = next.at;
        confidence = 0.9;
      }
    } else if (!partial) {
      const m = t.match(NUMBERED);
      // "2. / Minutes from Previous Meeting" is a table's heading row; "2. / Circulate the … / Carol", with
      // more cells, is a row of an action log.
      const cells = m && /^[^/|]*\d[.):]?\s*[/|]/.test(t) && /\s[/|]\s/.test(m[2]!);
      // "16/224Apologies for Absence: None.": the title ends at the colon its minute's text follows.
      let heading = m ? (/^([^:]{3,100}?):\s*\S/.exec(m[2]!)?.[1] ?? m[2]!) : "";
      // "09/20 Approval of the accounts for 2019-20 These had been circulated …": the minute's text run on
      // after its title, from the sentence's first word.
      const runOn = m && sentenceLike(heading) ? RUN_ON.exec(heading) : null;
      if (runOn && runOn.index > 3 && !sentenceLike(heading.slice(0, runOn.index)) && heading.slice(0, runOn.index).split(/\s+/).length <= 12)
        heading = heading.slice(0, runOn.index);
      // "11 September 2024." under "Date of next meeting" is a date, not item 11.
      if (m && !cells && !STARTS_WITH_DATE.test(t) && !sentenceLike(heading.replace(PDF_TAIL, "")) && titleAfterNumber(heading)) {
        number = m[1]!;
        title = heading;
        titleAt = line.at + t.length - title.length;
      }
    }
    // A modern.gov table flattened into rows: "Apologies Additional documents: Minutes: It was reported …".
    const row = number === null ? /^(?:\|\s*)?([A-Z][^|:]{2,160}?)\s+(?:Additional documents:|Minutes:)/.exec(t) : null;
    if (row && row[1]!.split(/\s+/).length <= 20 && !sentenceLike(row[1]!)) {
      const at = line.at + t.indexOf(row[1]!);
      items.push({ number: null, title: tidy(row[1]!), start: at, end: at + row[1]!.length, confidence: 0.8 });
      continue;
    }
    if (number === null && t.length > 200) {
      // A flattened page: "… 1 WELCOME AND APOLOGIES Partners welcomed …", "173/11 DECLARATIONS OF INTEREST Dr …".
      // Titles in capitals, or the standard titles of English minutes in any case ("1 Apologies for Absence").
      const caps = /(?:^|\s)(\d{1,3}(?:\/\d{2})?[a-z]?)\.?\s+([A-Z][A-Z’'&,/()\- ]{3,80}?[A-Z)])(?=\s+(?:[A-Z][a-z]|\d|[–—]\s|$))/g;
      const standard = new RegExp(String.raw`(?:^|\s)(\d{1,3}[a-z]?)\.?\s+(${STANDARD_TITLE})(?=[\s.:]|$)`, "g");
      // Titles in any case, where the item's text begins with a sentence's first words ("3. Learning from
      // Joint Area Review The report from the JAR …"); numbers must then run one by one.
      const mixed =
        /(?:^|\s)(\d{1,2})\.\s+([A-Z][^.:;]{3,90}?)(?=\s+(?:The|It|This|There|These|Members|Partners|[A-Z]{2,4}\s+(?:gave|presented|introduced|reported|explained|said|updated|welcomed|noted|confirmed|asked|thanked|advised))\b)/g;
      const found: RegExpExecArray[] = [];
      for (const re of [caps, standard]) for (let x = re.exec(line.raw); x; x = re.exec(line.raw)) found.push(x);
      const consecutive = new Set<RegExpExecArray>();
      for (let x = mixed.exec(line.raw); x; x = mixed.exec(line.raw)) {
        if (found.some((f) => f.index === x!.index)) continue;
        found.push(x);
        consecutive.add(x);
      }
      found.sort((a, b) => a.index - b.index);
      for (const x of found) {
        if (line.start + x.index < from) continue;
        const n = major(x[1]!);
        if (!(n > last) || x[2]!.split(/\s+/).length > 14) continue;
        if (consecutive.has(x) && !(Number.isFinite(last) ? n === last + 1 : n <= 3)) continue;
        last = n;
        const at = line.start + x.index + x[0].indexOf(x[1]!);
        items.push({ number: x[1]!, title: tidy(x[2]!), start: at, end: line.start + x.index + x[0].length, confidence: 0.75 });
      }
      continue;
    }
    if (number !== null && title !== null) {
      const n = major(number);
      // Rising numbers: "5.1" may follow "5"; a "1." after item 7 is a list inside item 7.
      const sub = /\./.test(number) && major(number) === major(lastNumber);
      if (!(n > last || sub || (Number.isNaN(n) && items.length === 0) || /\//.test(number))) continue;
      if (!Number.isNaN(n)) last = n;
      lastNumber = number;
      const clean = tidy(title);
      if (!clean) continue;
      // The cited span ends where the title's text ends (no "pdf icon" tail).
      items.push({ number: number.replace(/[.)]$/, ""), title: clean, start, end: titleAt + title.replace(PDF_TAIL, "").trimEnd().length, confidence });
      continue;
    }
    if (opts.headings) {
      // "- Welcome:" over "Lesley Palumbo welcomed everyone …": a bulleted title over its item's text,
      // kept only where the page does it three times (a bulleted list of points is not).
      const bullet = BULLET_HEADING.exec(t);
      const below = nextText(k);
      const bulletTitle = bullet?.[1] ?? "";
      if (
        bullet &&
        below &&
        /^[A-Z]/.test(below.text) &&
        !BULLET_HEADING.test(below.text) &&
        !sentenceLike(bulletTitle) &&
        bulletTitle.split(/\s+/).length <= 10 &&
        !FURNITURE.test(bulletTitle) &&
        (!NOT_TITLE.test(bulletTitle) || STANDARD_ITEM.test(bulletTitle)) &&
        !/^To\s+[a-z]/.test(bulletTitle)
      ) {
        const title = bullet[1]!;
        const at = line.at + t.indexOf(title);
        bulletHeadings.push({ number: null, title: tidy(title), start: at, end: at + title.length, confidence: 0.7 });
        continue;
      }
      // "FINANCE. A cheque was signed …", "APOLOGIES FOR ABSENCE were received from …": a heading in
      // capitals that the item's text runs on from; kept only where the page does it three times.
      const caps = (!region[k - 1] || !region[k - 1]!.text) && CAPITAL_LEAD.exec(t);
      if (caps && caps[1]!.replace(/[^A-Z]/g, "").length >= 5 && (!isAttendanceLabel(caps[1]!) || STANDARD_ITEM.test(caps[1]!))) {
        capitalLeads.push({ number: null, title: tidy(caps[1]!), start: line.at, end: line.at + caps[1]!.length, confidence: 0.7 });
        continue;
      }
      // An unnumbered heading: a short line after a blank one, title-like, not prose or a label,
      // alone or over the paragraph it heads.
      const before = region[k - 1];
      const after = region[k + 1];
      const alone = (!before || !before.text) && (!after || !after.text || (after.text.length > 60 && after.text.length > t.length * 2));
      const words = t.split(/\s+/);
      const clean = t.replace(PDF_TAIL, "");
      // "Apologies for absence" or "Minutes" over a paragraph that describes it ("To record apologies …")
      // is an item of a page that numbers nothing; over a list of names it is a label.
      const nextLine = nextText(k);
      const standardItem =
        new RegExp(String.raw`^(?:${STANDARD_TITLE}|Minutes)$`).test(clean.trim()) &&
        !!nextLine &&
        // Over a sentence ("To record apologies …", "Apologies for absence were received from …",
        // "There were no apologies"), not over a list of names.
        ((nextLine.text.length >= 40 && /^(?:To|The|This|Members|It)\b/.test(nextLine.text)) ||
          (nextLine.text.length >= 25 &&
            /\b(?:were|was|had\s+been)\s+(?:no\s+|none\s+)?(?:received|declared|made|given|submitted|apologies|declarations)\b/i.test(nextLine.text)));
      if (
        alone &&
        words.length <= 30 &&
        /^[A-Z]/.test(t) &&
        !/[.,;:!?]$/.test(clean) &&
        (standardItem ||
          (!NOT_TITLE.test(clean) &&
            !FURNITURE.test(clean.trim()) &&
            !STARTS_WITH_DATE.test(t) &&
            !/^(?:key|meeting|date|venue|time|present|apologies|resolved|confirmed minutes|updated)\b/i.test(t) &&
            // "Marker Cones   £37.47": a line of a payments list.
            !/£\s?\d/.test(t) &&
            !sentenceLike(clean) &&
            // An attendance list's label, a status legend.
            !isAttendanceLabel(clean) &&
            !/\b[A-Z]{1,3}\s*=\s*[A-Z]/.test(clean)))
      ) {
        let blanks = 0;
        for (let b = k - 1; b >= 0 && !region[b]!.text; b--) blanks++;
        headings.push({ item: { number: null, title: tidy(t), start: line.at, end: line.at + clean.trimEnd().length, confidence: 0.7 }, blanks });
      }
    }
  }
  for (const habit of [capitalLeads, bulletHeadings]) if (opts.headings && habit.length >= PAGE_HABIT) items.push(...habit);
  if (opts.headings) {
    // Pages that set items apart with a wider gap (modern.gov lists) set their descriptions apart
    // with a narrower one: where some headings stand after two blank lines, only those are items.
    const wide = headings.filter((h) => h.blanks >= 2);
    for (const h of wide.length >= 2 ? wide : headings) items.push(h.item);
  }
  // In the order the document has them: a decision hangs on the last item before it. A heading of
  // a letter or two ("A") is a list's mark, and too short to cite.
  return items.filter((i) => i.end - i.start >= 3 && i.title.replace(/[^\p{L}\d]/gu, "").length >= 2).sort((a, b) => a.start - b.start);
}

/**
 * Headings a learned model picked (src/ingest/learn/item-lines.ts), as items: a line whose
 * probability reaches the threshold, its number read from the line or from a number standing
 * alone on the line above ("39/20" over "APOLOGIES FOR ABSENCE"). Lines no heading can be, whatever
 * a model says — labels, page furniture, dates, a number alone — are not offered.
 */
export function learnedHeadings(lines: Line[], from: number, to: number, probability: number[], threshold: number): ItemFact[] {
  const out: ItemFact[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const p = probability[k]!;
    if (p < threshold || line.start < from || line.start >= to || NUMBER_ONLY.test(line.text) || MINUTE_NUMBER_ONLY.test(line.text)) continue;
    const m = line.text.match(NUMBERED);
    let above = k - 1;
    while (above > 0 && !lines[above]!.text && k - above <= 2) above--;
    const alone = lines[above]?.text ?? "";
    const number = m ? m[1]! : ((alone.match(NUMBER_ONLY) ?? alone.match(MINUTE_NUMBER_ONLY))?.[1] ?? null);
    const title = m ? m[2]! : line.text;
    const clean = tidy(title);
    if (
      clean.replace(/[^\p{L}]/gu, "").length < 3 ||
      NOT_TITLE.test(clean) ||
      FURNITURE.test(clean) ||
      STARTS_WITH_DATE.test(clean) ||
      isAttendanceLabel(clean)
    )
      continue;
    const titleAt = line.at + line.text.length - title.length;
    out.push({
      number: number?.replace(/[.)]$/, "") ?? null,
      title: clean,
      start: line.at,
      end: titleAt + title.replace(PDF_TAIL, "").trimEnd().length,
      confidence: p,
    });
  }
  return out;
}
