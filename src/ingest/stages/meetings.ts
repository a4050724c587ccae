import { findDates, parseTime, TIME_AFTER_DATE, TIME_BEFORE_DATE, type FoundDate } from "../dates.js";
import { opensWithAttendanceLabel } from "./attendance.js";
import type { Line, Span } from "./lines.js";
import { splitHonorific } from "../names.js";

/**
 * Segmentation and meeting metadata: where each meeting a document records starts and ends, and
 * its body, date, time, venue and kind. Headers take many shapes:
 *   "Minutes of the Meeting held on Monday, 25th March, 2024 at 10.00 am at <venue>"
 *   "<Body> - Thursday, 3rd December, 2020 2.00 pm" then "Venue: …"
 *   "<Body>" over "Tuesday, 16 February 2016"
 *   "Meeting: 17/06/2021 - Health and Wellbeing Board (Item 8)" (one per meeting on an issue page)
 *   "Meeting date 9 December 2021", "Date of meeting: …", "Date: …"
 *   "<Body> Development Session 5th June 2024", "Wednesday 21st August 2019 13:00 – 16:00 Hours <venue>"
 */
export type MeetingKind = "formal-meeting" | "workshop" | "development-session" | "virtual-meeting";

export interface MeetingFact {
  /** Null for a record of a meeting that never gives its date (a web page's minutes, the date only in its address). */
  date: FoundDate | null;
  body: { name: string; span: Span } | null;
  time: { value: string; span: Span } | null;
  venue: { value: string; span: Span } | null;
  kind: MeetingKind;
  title: string;
  header: Span;
  /** Where this meeting's part of the document ends (the next meeting's header, or the end). */
  end: number;
  /**
   * Whether numbered headings in its part are agenda items: not in session notes or in a report
   * headed for a meeting ("Date of Meeting …"), whose numbered headings are the report's sections.
   */
  hasAgenda: boolean;
  /** Where its part of the text begins: after the header, or at the top for a notice dated at its foot. */
  from: number;
  /** A decision notice's title line, which names its one item. */
  titleItem: Span | null;
  confidence: number;
}

const BODY_WORD =
  /\b(?:Board|Committee|Sub-Committee|Subcommittee|Partnership|(?<!(?:Chief|Non-)\s?)Executive(?!\s+(?:Officer|Director|Member|Lead|Assistant|Manager))|Cabinet|Group|Forum|Alliance|Assembly|Panel|Commission|Collaborative|Network|Leadership Team|Council|Governing Body|Senate|Trust Board|Conference|Summit|Workshop|Development Session)\b/i;
const NOT_BODY =
  /^(?:agenda(?:\s+and\s+(?:draft\s+)?minutes)?|minutes|draft minutes|issue\s*-\s*meetings|agenda item|decision details|items|no\.?\s*item|venue|contact|media|key (?:decisions|messages|actions).*|public|confidential)\s*:?$/i;

const GENERIC_BODY = /^(?:the\s+)?(?:board|committee|sub-committee|partnership|group|forum|panel|governing body)$/i;

/** The body named in a header line, stripped of "Minutes of the …", dates and times. */
export function bodyName(raw: string): string | null {
  let s = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(
      /^(?:(?:draft\s+|confirmed\s+|unconfirmed\s+|approved\s+)?minutes\s+of\s+(?:(?:a|an|the)\s+)?(?:(?:extraordinary|special|ordinary|annual|statutory|general|full|inaugural|reconvened|adjourned|public|formal|virtual|joint)\s+)*(?:meeting|session)\s+of\s+(?:the\s+)?|(?:draft\s+|confirmed\s+)?minutes\s+of\s+(?:the\s+)?|(?:a\s+)?meeting\s+of\s+(?:the\s+)?|agenda\s+and\s+(?:draft\s+)?minutes\s*[-–:]?\s*|decision\s+details\s*[-–:]?\s*)/i,
      "",
    )
    // "Annual Town Council Meeting": the kind of meeting, before the body's name.
    .replace(/^(?:(?:statutory\s+)?annual|extraordinary|special|ordinary|reconvened)\s+(?=\S.*\s+meeting\b)/i, "")
    // "Meeting Title: …", "Minutes Children's Trust Board Notes of meeting on …": a label or a word before the name.
    .replace(/^(?:meeting\s+)?(?:title|name)(?:\s+of\s+meeting)?\s*:\s*/i, "")
    .replace(/^(?:draft\s+)?(?:minutes|notes)\s+(?!of\b)(?=[A-Z])/i, "")
    // "Decision Maker: Cabinet" on a decision notice; "of Dunston Annual Parish Council", "Minutes from SLSCB Board Meeting".
    .replace(/^decision\s+maker\s*:\s*|^(?:of|from)\s+(?=[A-Z])/i, "")
    .replace(/^(?:draft\s+)?(?:minutes|notes)\s+from\s+(?=[A-Z])/i, "")
    .replace(/\bannual\s+(?=(?:parish|town)\s+council\b)/i, "")
    .replace(/\s+(?:notes|minutes|record)\s+of\s+(?:the\s+|a\s+)?meeting\b.*$/i, "")
    .replace(/\s+(?:held\s+)?(?:on|at)(?:\s+.*)?$/i, "")
    .replace(/\s+(?:held\s+)?in\s+(?:public|private)\b.*$/i, "")
    .replace(/\s+held\s+(?:in|at|on|via|by)\b.*$/i, "")
    .replace(
      /\s*[-–—,:]?\s*(?:\(?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}).*$/,
      "",
    )
    // "South Place Partnership Board – Meeting Notes", "… - Action Notes": what the document is, after the name.
    .replace(
      /\s*[-–—:|]\s*(?:(?:draft|formal|public)\s+)?(?:meeting\s+)?(?:notes|minutes|action\s+notes|summary|record|key\s+(?:messages|decisions|points))[\s,.:;–—-]*$/i,
      "",
    )
    .replace(/\s*[-–—:]?\s*(?:draft\s+)?minutes$/i, "")
    // "the Forum AGM": the kind of meeting after the body's name.
    .replace(/\s+(?:AGM|EGM|annual\s+general\s+meeting)$/i, "")
    .replace(/\s+(?:(?:public|private|formal|virtual|ordinary|extraordinary)\s+)?meeting(?:\s+in\s+(?:public|private))?$/i, "")
    .replace(/\s+(?:draft\s+)?minutes(?:\s+date)?$|\s+date$/i, "")
    .replace(/^(?:special|extraordinary|annual|ordinary|reconvened|additional)\s+meeting(?:\s+of)?[,:]?\s+(?:the\s+)?/i, "")
    .replace(/^(?:the)\s+/i, "")
    .replace(/[\s,.:;–—(-]+$/, "")
    .trim();
  if (s.length < 4 || s.length > 140 || NOT_BODY.test(s) || !BODY_WORD.test(s)) return null;
  // "Council meetings", "A Cambridge City Council website": a site's navigation.
  if (/\b(?:meetings|website|web\s+site|homepage)$/i.test(s)) return null;
  // "Mr AC Marsh – Chief Executive Officer", "Cllr Laura Beddow Dorset Council (Chair)": an attendee's line.
  if (splitHonorific(s.replace(/^[-–•·*]\s*/, "")).honorific || /\((?:Vice[- ])?Chair(?:man|person)?\)/i.test(s)) return null;
  // "Use the search options below to find …", "Search for past decisions by committee …": a web page's prose, in lower case mostly.
  const words = s.split(/\s+/).filter((w) => !/^(?:and|&|of|for|the|in|on|to|a|an|with|at|by)$/i.test(w));
  if (words.length >= 4 && words.filter((w) => /^[a-z]/.test(w)).length > words.length / 3) {
    // "The formal event to launch the Shropshire Voluntary Sector Assembly": the name the sentence ends on.
    const tail = /\bthe\s+((?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of|for)\s+)?)+[A-Z][\w'’&-]*)$/.exec(s);
    return tail && BODY_WORD.test(tail[1]!) ? tail[1]! : null;
  }
  // "Establishing a Police and Crime Panel for Kent and Medway": what a paper is about.
  if (/^[A-Z][a-z]+ing\s+(?:a|an|the)\b/.test(s)) return null;
  // "5) How can lessons learned facilitate … partnership working?": a numbered point or a question.
  if (/\?$|^\(?\d{1,2}[.)]\s/.test(s)) return null;
  // "Venue: Hinckley & Bosworth Borough Council Offices": a labelled field of the header names a place or a person, not the body.
  if (/^(?:venue|contact|location|place|date|time|clerk|officer|chair(?:man)?|email|tel(?:ephone)?|address|where)\s*:/i.test(s)) return null;
  // "To receive the report of … the Partnership Accounts": an agenda item's wording, not a name.
  if (/^to\s+(?:receive|approve|adopt|consider|note|agree|elect|confirm|discuss|review)\b/i.test(s)) return null;
  // "Cabinet welcomed the report and considered …" is a sentence, not a name.
  if (
    /\.\s|\b(?:was|were|is|are|has|had|welcomed|agreed|considered|noted|approved|received|resolved|read|presented|reported|explained|thanked|declared)\b/.test(
      s,
    )
  )
    return null;
  s = s.replace(/\s+\(Item\s+\d+.*\)$/i, "");
  return s;
}

/** The words a body's minutes call it by when they do not name it: "the Board noted", "the Panel proceeded". */
const SELF_WORDS = ["Board", "Committee", "Sub-Committee", "Panel", "Partnership", "Cabinet", "Forum", "Group", "Commission", "Executive", "Governing Body"];
const SELF_REFERENCE = new RegExp(String.raw`\b(?:the|The)\s+(${SELF_WORDS.join("|")})\b(?!\s+(?:[A-Z]|of\b|for\b|and\b))`, "g");
const FULL_NAME = new RegExp(
  String.raw`\b((?:[A-Z][\w'’&-]*|NHS)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|on))*?\s+(${SELF_WORDS.join("|")})(?:\s+for\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)?)\b(?!\s+[A-Z][a-z])`,
  "g",
);
/** Words a name in prose does not start with: the sentence's, not the body's. */
const NOT_A_NAME_START =
  /^(?:The|This|That|These|A|An|It|He|She|They|We|Our|Its|Their|His|Her|Each|Every|All|Any|Some|No|Chair|Chairman|Vice|Members?|Cllr|Councillor|Mr|Mrs|Ms|Dr|Minutes|Item|Agenda|Report|Apologies|Following|Moved|Resolved|Agreed|Noted|If|When|As|At|In|On|For|To|From|By|With|Following|Draft|Next|Previous|Last|Future|Future|Joint|Local|Both)$/;

/**
 * The body a meeting's prose names, where no heading does (a modern.gov page that opens with its
 * venue): the minutes call their own body "the Board" or "the Panel" throughout; the name it is
 * given in full most often among those ending in that word ("the Humberside Police and Crime Panel
 * welcomed …") is the body's.
 */
export function bodyInProse(text: string, from: number, to: number): { name: string; span: Span } | null {
  const part = text.slice(from, to);
  const self = new Map<string, number>();
  for (const m of part.matchAll(SELF_REFERENCE)) self.set(m[1]!, (self.get(m[1]!) ?? 0) + 1);
  const word = [...self.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!word || word[1] < 2) return null;
  const names = new Map<string, { count: number; at: number }>();
  for (const m of part.matchAll(FULL_NAME)) {
    if (m[2] !== word[0]) continue;
    // "Co-opted Members The Board": a name starts after the last "The" it runs over.
    const words = m[1]!.split(/\s+/).slice(m[1]!.split(/\s+/).lastIndexOf("The") + 1);
    while (words.length > 1 && NOT_A_NAME_START.test(words[0]!)) words.shift();
    const name = words.join(" ");
    if (words.length < 2 || !/^[A-Z]/.test(name)) continue;
    const at = from + m.index + m[1]!.length - name.length;
    const seen = names.get(name);
    names.set(name, { count: (seen?.count ?? 0) + 1, at: seen?.at ?? at });
  }
  const best = [...names.entries()].sort((a, b) => b[1].count - a[1].count || a[1].at - b[1].at)[0];
  // "The Board" alone names no body a graph could tell from another document's board.
  return best ? { name: best[0], span: { start: best[1].at, end: best[1].at + best[0].length } } : null;
}

/** Words that end a building's name. */
const BUILDING = "Room|Rooms|House|Hall|Centre|Center|Chamber|Chambers|Building|Offices|Suite|Library|Hotel|Campus|Pavilion|Hub";
const VENUE_WORD = new RegExp(String.raw`^(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,8}\s+(?:${BUILDING})\b(?:,\s*[A-Z][^,]{1,40}){0,3}$`);
const VENUE_LABEL = /^(?:venue|location|place|where|held at)\s*:?\s*/i;
const VIRTUAL = /\b(?:virtual(?:ly)?|microsoft teams|ms teams|via teams|teams meeting|zoom|online|remote(?:ly)?|webex)\b/i;

function venueOn(text: string, line: Line): { value: string; span: Span } | null {
  // "… VENUE Committee Room 2, Guildhall PRESENT …" on a flattened page.
  const inline =
    /\b(?:VENUE:?|Venue:|Location:)\s+(.+?)(?=\s+(?:PRESENT|Present|TIME|Time:|MEMBERS|Members|ATTENDEES|Attendees|APOLOGIES|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:)|$)/.exec(
      line.text,
    );
  if (inline && line.text.length > 80) {
    const start = line.at + inline.index + inline[0].indexOf(inline[1]!);
    return { value: inline[1]!.trim(), span: { start, end: start + inline[1]!.trim().length } };
  }
  const m = line.text.match(VENUE_LABEL);
  // "Venue: …", "Location: …"; "Place Based Partnership update" is no venue.
  if (!m || !/^(?:venue\b|(?:location|place|where)\s*:)/i.test(line.text)) return null;
  const start = line.at + m[0].length;
  let value = text.slice(start, line.end);
  value = value.replace(/\s*\.?\s*View (?:directions|map)\s*$/i, "").trim();
  if (!value) return null;
  return { value, span: { start, end: start + text.slice(start, line.end).indexOf(value) + value.length } };
}

/** A venue the header's sentence names: "held … in the Millennium Hall, Church Lane", "… at the Parish Council Chamber, Leicester Road". */
const HELD_IN = new RegExp(
  String.raw`\bheld\b(?:[^.\n]|\.(?=\d)){0,80}?\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+){0,5}(?:${BUILDING}|Guildhall|Chamber)\b(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){0,3})(?=\s+(?:on|at|commencing)\b|[.,;]?\s*$|\.\s)`,
);

/** Words a place name holds, or a UK postcode. */
const PLACE_WORD = new RegExp(
  String.raw`\b(?:${BUILDING}|Boardroom|Hospital|Church|School|College|Museum|Town Hall|Civic)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b`,
  "i",
);
const LIST_STARTS = /\s+(?:PRESENT|Present|Members|MEMBERS|Attendees|ATTENDEES|Attended|Apologies|APOLOGIES|M I N U T E S|In attendance)\b.*$/s;

/**
 * A venue beside the header where no label names it: after the date and time on the header's line
 * ("Tuesday 21 January 2020 13:15 – 14:30 Lanchester Community Centre, Newbiggin Lane, Durham, DH7
 * 0NT"), on the line under it ("BOARDROOM, THE DEPARTMENT, LEWIS’S BUILDING"), or "held at" / "Meeting
 * at the Civic Hall on …" in the header. Only a run of words that names a place.
 */
function venueBeside(text: string, m: MeetingFact): { value: string; span: Span } | null {
  const lineEnd = (at: number) => (text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at));
  const lineStart = text.lastIndexOf("\n", m.header.start) + 1;
  const heldAt =
    /\b(?:[Hh]eld|[Mm]eeting|[Mm]et)\s+at\s+(?:the\s+)?([A-Z][^\n]{2,120}?)(?=\s+on\s|\s*[,.]?\s*$|\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)/m.exec(
      text.slice(lineStart, lineEnd(m.header.end)),
    );
  if (heldAt && PLACE_WORD.test(heldAt[1]!) && !/\d{1,2}[.:]\d{2}/.test(heldAt[1]!)) {
    const start = lineStart + heldAt.index + heldAt[0].indexOf(heldAt[1]!);
    return { value: heldAt[1]!.trim(), span: { start, end: start + heldAt[1]!.trim().length } };
  }
  const after = Math.max(m.header.end, m.time?.span.end ?? 0);
  const candidates: number[] = [after];
  // The line under the header, when the header's line ends with its date or time.
  if (!text.slice(after, lineEnd(after)).trim()) candidates.push(lineEnd(after) + 1);
  for (const from of candidates) {
    if (from >= text.length) continue;
    let raw = text.slice(from, lineEnd(from)).replace(LIST_STARTS, "");
    // "– 14:30", "to 4.45pm", "Hours", "." between the time and the place.
    const lead = /^[\s.,]*(?:(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*)?(?:hours|hrs)?[\s.,]*/i.exec(raw)![0];
    raw = raw.slice(lead.length).replace(/[\s.,;:–-]+$/, "");
    if (raw.length < 4 || raw.length > 160 || !/^[A-Z]/.test(raw) || !PLACE_WORD.test(raw) || findDates(raw).length || /[.!?]\s/.test(raw)) continue;
    const start = from + lead.length;
    return { value: raw, span: { start, end: start + raw.length } };
  }
  return null;
}

/**
 * The label / value pairs of a line laid out as a table's cells (three or more spaces or a tab
 * apart): "Venue      ROOM 2", and "Start Time 9.00AM" where a label and its value share a cell.
 */
function tableCells(text: string, line: Line): { label: string; value: string; span: Span }[] {
  const cells: Span[] = [];
  const re = /\S+(?:[ \u00a0]{1,2}\S+)*/g;
  const raw = text.slice(line.start, line.end);
  for (let c = re.exec(raw); c; c = re.exec(raw)) cells.push({ start: line.start + c.index, end: line.start + c.index + c[0].length });
  if (cells.length < 2) return [];
  const out: { label: string; value: string; span: Span }[] = [];
  const LABEL = /^(venue|location|place|meeting(?:\s+title)?|body|committee|board|(?:start\s+)?time)(?:\s*:)?(?:\s+(.+))?$/i;
  for (let i = 0; i < cells.length; i++) {
    const m = LABEL.exec(text.slice(cells[i]!.start, cells[i]!.end));
    if (!m) continue;
    if (m[2]) {
      const start = cells[i]!.end - m[2].length;
      out.push({ label: m[1]!, value: m[2], span: { start, end: cells[i]!.end } });
    } else if (cells[i + 1]) {
      out.push({ label: m[1]!, value: text.slice(cells[i + 1]!.start, cells[i + 1]!.end), span: cells[i + 1]! });
      i++;
    }
  }
  return out;
}

/** Words before a date that give another day than the meeting's: a page's, a paper's, an order's ("dated 27 April 2023"). */
const ANOTHER_DAYS_WORDS = "publication|published|printed|effective|updated|circulated|issued|deadline|review|dated";
/** Such a word just before a date on its line. */
const ANOTHER_DAYS_BEFORE = new RegExp(String.raw`\b(?:${ANOTHER_DAYS_WORDS})\b[^\n]{0,20}$`, "i");
/** Before a date of the opening: a word that gives another day, or another meeting's minutes to approve. */
const NOT_THIS_MEETINGS_DATE = new RegExp(
  String.raw`\b(?:next|future|previous|last|approve|confirm|agree|${ANOTHER_DAYS_WORDS}|minutes|moved|postponed|rescheduled|deferred)\b[^.,;]{0,30}$|\b(?:minutes?|confirm|approve)\b[^.,;]{0,60}\bmeeting\b[^.,;]{0,40}\bheld\b[^.,;]{0,30}$`,
  "i",
);

/**
 * The dates of a list before its last one: "27th July, 7th September and ", "12 November 2020
 * (attached) and ", "November 12, 2020 and ", "12/11/2020 and ".
 */
const DATE_LIST_TAIL =
  /(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}([/.-])\d{1,2}\1\d{2,4})\s*,?(?:\s*\d{4})?(?:\s*\([^)\n]{1,20}\))?\s*(?:,\s*and|,|and|&)\s*)+$/;

export function findMeetings(text: string, lines: Line[]): MeetingFact[] {
  const found: MeetingFact[] = [];
  const nonBlank = lines.filter((l) => l.text);
  const dates = findDates(text);
  const taken = new Set<number>();
  // Only a record of a meeting: a report or a paper dated at its top is no meeting of its own.
  const record = /\b(?:minutes|notes|meeting|present|attendees|attendance|apologies|decisions?)\b/i.test(
    text.slice(nonBlank[0]?.at ?? 0, (nonBlank[0]?.at ?? 0) + 800),
  );

  const meetingFrom = (d: FoundDate, header: Span, bodyText: { name: string; span: Span } | null, confidence: number): MeetingFact => {
    const after = text.slice(d.end, d.end + 60);
    const tm = after.match(TIME_AFTER_DATE);
    const time = tm ? parseTime(tm[1]!) : null;
    const tStart = tm ? d.end + after.indexOf(tm[1]!) : 0;
    return {
      date: d,
      body: bodyText,
      time: time ? { value: time, span: { start: tStart, end: tStart + tm![1]!.length } } : null,
      venue: null,
      kind: "formal-meeting",
      title: bodyText?.name ?? "Meeting",
      header: { start: header.start, end: Math.max(header.end, tm ? tStart + tm[1]!.length : d.end) },
      end: text.length,
      confidence,
      hasAgenda: true,
      from: Math.max(header.end, tm ? tStart + tm[1]!.length : d.end),
      titleItem: null,
    };
  };
  const bodyOnLine = (l: Line | undefined): { name: string; span: Span } | null => {
    if (!l) return null;
    const name = bodyName(l.text);
    if (!name) return null;
    const at = text.indexOf(name, l.at);
    return at >= 0 && at < l.end + 1 ? { name, span: { start: at, end: at + name.length } } : null;
  };

  // 1. Issue pages: "Meeting: 17/06/2021 - Health and Wellbeing Board (Item 8)", one meeting each.
  for (const l of nonBlank) {
    const m = l.text.match(/^Meeting:\s*(.+?)\s*[-–]\s*(.+?)(?:\s*\(Item\s+[\w.]+\))?\s*$/);
    if (!m) continue;
    const d = dates.find((x) => x.start >= l.at && x.end <= l.end);
    if (!d) continue;
    const at = text.indexOf(m[2]!, d.end);
    found.push(meetingFrom(d, { start: l.at, end: l.end }, at >= 0 ? { name: m[2]!, span: { start: at, end: at + m[2]!.length } } : null, 0.95));
    taken.add(d.start);
  }

  if (!found.length) {
    // 2. The opening lines: "Minutes of … held on <date>", "<Body> - <date>", a date under the
    // body's name, or a labelled date. The strongest form wins; a date that refers to another
    // meeting ("the minutes of the meeting held on …" to approve, "date of next meeting") never does.
    // `over`: a date whose body is named on the line under it, as a web page's posting date stands over a post's title.
    const candidates: { m: MeetingFact; rank: number; over: boolean; posting: boolean }[] = [];
    const opening = nonBlank.slice(0, 24);
    const first = nonBlank[0];
    for (const [k, l] of opening.entries()) {
      for (const d of dates.filter((x) => x.start >= l.at && x.end <= l.end + 1)) {
        const lead = text.slice(Math.max(0, l.at - 200), d.start);
        if (
          /\b(?:next|future|previous|last|approve|confirm|agree)\b[^.\n]{0,120}$/i.test(lead.slice(-140)) &&
          !/^\s*(?:minutes\s+of|held)/i.test(text.slice(l.at, d.start))
        )
          continue;
        const before = text.slice(l.at, d.start);
        // On a page flattened into one line the heading's "DRAFT MINUTES Of the … meeting held …" may
        // stand well into the line, after the page's furniture and the bodies' names.
        const heldLine =
          /^(?:[^.]{0,60}\s)?(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?minutes\s+of\b/i.test(l.text) ||
          /^held\b/i.test(l.text) ||
          (l.text.length > 200 && /\bminutes\s+of\b[^.]{0,160}$/i.test(text.slice(Math.max(l.at, d.start - 300), d.start)));
        // Only the document's own heading: a one-line page names other meetings' minutes further on.
        const opens = d.start - (first?.at ?? 0) < 400;
        const held =
          !heldLine || !opens
            ? null
            : // "… held at 7pm on Tuesday 3 January 2012": the time may come first; "held in public on …".
              lead.match(
                /minutes\s+of\s+(?:the\s+|a\s+|an\s+)?([^\n]{0,160}?|[^\n]{0,160}\n[^\n]{0,80}?)\s*held\s+(?:in\s+(?:public|private)\s+|virtually\s+|remotely\s+)?(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?(?:on\s+)?(?:[A-Za-z]+,?\s+)?(?:the\s+)?$/i,
              );
        // A date the page was published, printed or updated on is not the meeting's.
        if (ANOTHER_DAYS_BEFORE.test(before)) continue;
        // "Notes of meeting on 22nd June 2007", "Record of the meeting held on …" anywhere on the line.
        const notesOf =
          opens &&
          /\b(?:notes|minutes|record)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?meeting\s+(?:held\s+)?on\s+(?:[A-Za-z]+,?\s+)?(?:the\s+)?$/i.test(before);
        // "thDate: 25 July 2007": an ordinal's superscript run into the label.
        // "Minutes of the Open Session: Wednesday, 12 November 2014", "SEB Minutes - 12th November 2014":
        // the document's own minutes, dated by the label's colon or dash (another meeting's are
        // approved or confirmed, refused above).
        const minutesLabel = opens && /^(?:[^\n]{0,60}\s)?minutes(?:\s+of\s+(?:the\s+)?[^:\n–-]{1,60})?\s*[:–-]\s*(?:[A-Za-z]+,?\s+)?$/i.test(before);
        const labelled =
          notesOf ||
          minutesLabel ||
          /(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|(?:^|\s|\b(?:st|nd|rd|th))date|^held\s+on(?:\s+[A-Za-z]+,?)?|^held\s*:(?:\s+[A-Za-z]+,?)?|^meeting\s+held(?:\s+on)?|^meeting\s+on)\s*:?\s*$/i.test(
            before.trim(),
          );
        // "10 a.m on Monday 17th August 2015": the time before the date.
        const timeFirst = /^\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))\s*(?:on\s+)?$/i.exec(before);
        const bare = !before.trim() || /^[(\s]*$/.test(before) || !!timeFirst;
        const beside = bodyName(before);
        const kindWord = /(Development Session|Workshop|Away Day|Seminar)\s*[:,-]?\s*$/i.exec(before)?.[1];
        if (!(held || labelled || bare || beside || kindWord)) continue;
        // "The minutes of the meeting held on 19 January 2018 were approved …" speaks of another meeting.
        if (
          /^[^\n]{0,40}?\b(?:(?:were|was|be|had\s+been)\s+(?:\w+\s+)?(?:approved|agreed|confirmed|signed|accepted|noted|received)|attached|circulated)\b/i.test(
            text.slice(d.end, l.end),
          )
        )
          continue;
        // An item's heading that names another meeting ("2. Minutes … from Executive meeting on 19th
        // January"); a line that opens with the date ("4 February 2014 at 2.00 pm") has no number.
        if (
          !held &&
          ((!timeFirst && d.start > l.at && /^(?:item\s+)?\d{1,3}[.)]?\s/i.test(l.text)) ||
            (!notesOf && /\b(?:minutes|matters arising)\b.*\bmeeting\s+(?:on|held(?:\s+on)?)\s*$/i.test(before)) ||
            /\b(?:last|previous)\s+meeting\b/i.test(before))
        )
          continue;
        // "the period 1 August 2009 to 31 July 2011": a date that bounds a period dates no meeting.
        if (/\b(?:period|from|between|until|since|ending|ended)\s*(?:the\s+)?$/i.test(before)) continue;
        // "Minutes of the Third AGM held on Monday 15th March 2010" under the meeting's own date line: an item
        // naming an earlier meeting of the series, held or not.
        if (
          k > 0 &&
          /^\s*(?:to\s+(?:approve|receive|confirm|agree)\s+(?:the\s+)?)?minutes\s+of\s+the\s+(?:last|previous|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:AGM|annual\s+general\s+meeting|meeting)\b/i.test(
            before,
          )
        )
          continue;
        if (d.start - (first?.at ?? 0) > 1500) continue;
        let body: { name: string; span: Span } | null = null;
        if (held?.[1]) {
          const name = bodyName(`Minutes of ${held[1]}`) ?? bodyName(held[1]);
          // Where the heading names it, not an earlier line that holds the same word ("… Care Board" over "Minutes of the Board Meeting").
          const headingAt = Math.max(0, l.at - 200) + Math.max(0, lead.search(/minutes\s+of/i));
          const at = name ? text.toLowerCase().indexOf(name.toLowerCase(), headingAt) : -1;
          if (name && at >= 0) body = { name: text.slice(at, at + name.length), span: { start: at, end: at + name.length } };
        }
        if (!body && beside) body = { name: beside, span: { start: l.at + before.indexOf(beside), end: l.at + before.indexOf(beside) + beside.length } };
        // The name over the date: a few lines up, not across the paragraphs of a paper.
        for (let j = k - 1; j >= Math.max(0, k - 3) && !body; j--) body = bodyOnLine(opening[j]);
        const under = !body && !!opening[k + 1];
        if (under) body = bodyOnLine(opening[k + 1]);
        const headerStart = held
          ? Math.max(0, l.at - 200) + (lead.search(/minutes\s+of/i) >= 0 ? lead.search(/minutes\s+of\s+(?:the\s+|a\s+|an\s+)?[^\n]{0,160}?\s*held/i) : 0)
          : l.at;
        const m = meetingFrom(
          d,
          { start: Math.min(headerStart, body && body.span.start < l.at ? body.span.start : headerStart), end: d.end },
          body,
          held || labelled || beside ? 0.95 : 0.8,
        );
        if (kindWord) m.kind = /workshop/i.test(kindWord) ? "workshop" : "development-session";
        const early = timeFirst ? parseTime(timeFirst[1]!.replace(/\.(?=m)/i, "")) : null;
        if (early && !m.time)
          m.time = { value: early, span: { start: l.at + before.indexOf(timeFirst![1]!), end: l.at + before.indexOf(timeFirst![1]!) + timeFirst![1]!.length } };
        // "… at 10.00 am at the Council Chamber, Town Hall", "… in the Wainhouse Room", "… via Microsoft Teams".
        const tail = text.slice(m.header.end, m.header.end + 240);
        const v = tail.match(/^[ \t]*,?\s*(?:(?:at|in)\s+(?:the\s+(?=[a-z]))?|(?=via\s))([^\n]+(?:\n(?!\s*\n)[^\n]+){0,2})/i);
        if (v && (held || /^\s*,?\s*(?:via|in the)\b/i.test(tail))) {
          // The venue's lines end where a list of those present begins ("Those present: Mr Barr, …").
          const own = v[1]!.split("\n");
          const listAt = own.findIndex((x, i) => i > 0 && opensWithAttendanceLabel(x));
          let raw = (listAt > 0 ? own.slice(0, listAt).join("\n") : v[1]!).split(
            /\s+(?:Present|Apologies|Attendees|Members)\b|\n\s*(?:Present|Apologies|CONFIRMED|Attendees)\b/i,
          )[0]!;
          // "at The Place 19:00pm", "in the Library at 19:00": a time after the venue is the meeting's time.
          const late = raw.match(/(?:\s+at)?\s+(\d{1,2}[.:]\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))\s*$/i);
          if (late) {
            if (!m.time && parseTime(late[1]!)) {
              const ts = m.header.end + v.index! + v[0].indexOf(v[1]!) + late.index! + late[0].indexOf(late[1]!);
              m.time = { value: parseTime(late[1]!)!, span: { start: ts, end: ts + late[1]!.length } };
            }
            raw = raw.slice(0, late.index);
          }
          const value = raw
            .replace(/\s+/g, " ")
            .replace(/[.,:]\s*$/, "")
            .trim();
          if (value && !/^\d/.test(value) && value.length < 200) {
            const vs = m.header.end + v.index! + v[0].indexOf(v[1]!);
            m.venue = { value, span: { start: vs, end: vs + raw.trimEnd().replace(/[.,:]$/, "").length } };
            m.header.end = m.venue.span.end;
          }
        }
        // "Monday 10th October 2011 at 7pm at Rose Room" as the page's first line is its header, body or not.
        const opensWithTime = bare && k === 0 && !!m.time;
        // A month-first date standing alone, no body above it or beside it, no label, no time: a page's posting date.
        const posting = !!d.weak && !held && !labelled && !beside && !m.time && !(body && !under);
        candidates.push({
          m,
          rank: posting ? 3 : held ? 0 : labelled ? 1 : beside || kindWord || (bare && body) || opensWithTime ? 2 : 3,
          over: under && !!body,
          posting,
        });
      }
    }
    // Among equals, a header that gives the time is the meeting's own ("… Tuesday 10 February 2015
    // 13:00 hrs"); a bare date beside a name is often a running header for the paper's later use.
    // A "Minutes of the meeting held on <another day>" line below the document's own header
    // ("<Body> - Wednesday, 5th September, 2018 6.30 pm") is an item that names the last meeting.
    const top = candidates.filter((c) => c.rank <= 2 && !c.over).sort((a, b) => a.m.date!.start - b.m.date!.start)[0];
    // Unless the list of those present follows it: "Date: 23 July 2008 Item: 2 Draft Minutes of the
    // Meeting held on 23 May 2008 in the Cabinet Room Present: …" is the record of that meeting, filed
    // as an item of a later one.
    const ownList = (c: { m: MeetingFact }) =>
      /^[^\n]{0,160}?\b(?:Present|PRESENT|Attendees|Members\s+present)\s*:/.test(text.slice(c.m.header.end, c.m.header.end + 200));
    for (const c of candidates) if (top && c.rank === 0 && c.m.date!.start > top.m.date!.start && c.m.date?.iso !== top.m.date?.iso && !ownList(c)) c.rank = 3;
    candidates.sort((a, b) => a.rank - b.rank || Number(!a.m.time) - Number(!b.m.time) || a.m.header.start - b.m.header.start);
    // A date standing alone, with no body, label or time beside it, dates a meeting only in a record
    // of one; a posting date not even then (the opening's other dates are weighed below first).
    if (candidates[0] && !candidates[0].posting && (candidates[0].rank < 3 || record)) found.push(candidates[0].m);
  }

  if (!found.length) {
    // 3. Decision notices: "Date of decision: 15/05/2020", "Decided at meeting: 15/05/2020 - Cabinet", "Decision Maker: Cabinet".
    const l = nonBlank.find(
      (x) =>
        /^(?:decided\s+at\s+meeting|date\s+of\s+decision|decision\s+date|meeting\s+date)\s*:/i.test(x.text) &&
        dates.some((d) => d.start >= x.at && d.end <= x.end),
    );
    if (l) {
      const d = dates.find((x) => x.start >= l.at && x.end <= l.end)!;
      const after = text.slice(d.end, l.end).match(/^\s*[-–]\s*(.+)$/);
      const maker = nonBlank.find((x) => /^decision\s+maker\s*:/i.test(x.text));
      let body: { name: string; span: Span } | null = null;
      if (after) {
        const at = d.end + text.slice(d.end, l.end).indexOf(after[1]!);
        body = { name: after[1]!.trim(), span: { start: at, end: at + after[1]!.trim().length } };
      } else if (maker) {
        const name = maker.text.replace(/^decision\s+maker\s*:\s*/i, "");
        const at = maker.end - name.length;
        if (name) body = { name, span: { start: at, end: maker.end } };
      }
      const notice = meetingFrom(d, { start: l.at, end: l.end }, body, 0.85);
      notice.from = 0;
      const head = nonBlank.findIndex((x) => /^(?:decision\s+details|issue\s*-\s*meetings|issue\s+details)$/i.test(x.text));
      const title = head >= 0 ? nonBlank[head + 1] : undefined;
      if (title && !/^[\w\s?]{2,40}:\s/.test(title.text)) notice.titleItem = { start: title.at, end: title.end };
      found.push(notice);
    }
  }

  // A meeting found without a header of a known shape is the body's that the opening lines name.
  const openingBody = () => {
    for (const l of nonBlank.slice(0, 6)) {
      const body = bodyOnLine(l);
      if (body) return body;
    }
    return null;
  };
  if (!found.length && record) {
    // 3a. No header of a known shape, but the opening dates the document ("Meeeting Notes 3rd April
    // 2024", "Date of Meeting: Thursday 26 / February 2015" broken over two lines): the first date
    // of the opening that is not another meeting's, a publication's or an item's, kept for review.
    // Without it, every attendance list and item of the text would be lost with the date.
    const firstAt = nonBlank[0]?.at ?? 0;
    const labelledDate = (x: FoundDate) =>
      /(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|^\s*date)\s*:?\s*(?:[A-Za-z]+,?\s+)?$/i.test(text.slice(text.lastIndexOf("\n", x.start) + 1, x.start));
    const opening = dates.filter((x) => {
      if (x.start - firstAt > 1500) return false;
      const lineStart = text.lastIndexOf("\n", x.start) + 1;
      // "the minutes of the meetings held on 12 November 2020 (attached) and 14 January 2021": a date
      // that continues a list of dates is read with what stands before the list's first.
      const before = text.slice(lineStart, x.start).replace(DATE_LIST_TAIL, "");
      if (NOT_THIS_MEETINGS_DATE.test(before)) return false;
      // A sentence of the minutes' prose ("… the consultation would close on 14th January 2022, after
      // which …") speaks of some other day, not of the meeting's.
      const lineEnd = text.indexOf("\n", x.start);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      // Unless it says it is the minutes of a meeting held then: "Minutes of the Annual parish meeting,
      // held at 7.30pm in the Millennium Hall, Church Lane on 20th May 2010."
      if (line.split(/\s+/).length >= 15 && /[.!?]\s*$/.test(line) && !/\b(?:minutes|meeting|held)\b/i.test(line)) return false;
      // An item's line names some other day.
      return !/^\s*(?:item\s+)?\d{1,3}[.)]\s/i.test(before);
    });
    // A labelled date, then one the meeting's time follows, then the first; a posting date last.
    opening.sort((a, b) => Number(!!a.weak) - Number(!!b.weak));
    const d = opening.find(labelledDate) ?? opening.find((x) => TIME_AFTER_DATE.test(text.slice(x.end, x.end + 60))) ?? opening[0];
    if (d) {
      const lineStart = text.lastIndexOf("\n", d.start) + 1;
      const label = labelledDate(d);
      const guessed = meetingFrom(d, { start: Math.max(lineStart, text.slice(0, d.start).search(/\S[^\n]*$/)), end: d.end }, openingBody(), label ? 0.8 : 0.6);
      // The date may stand after the lists and the agenda (a form's fields at its foot): the meeting is the whole text.
      guessed.from = 0;
      found.push(guessed);
    }
  }

  if (!found.length && record && nonBlank[0]) {
    // 3b. Minutes that never give their date ("Agenda and minutes" of a web page whose date is only
    // in its address): one meeting, undated and left for review, so that its lists and items are read.
    const first = nonBlank[0];
    let body = openingBody();
    // "the first meeting of the Wirral Place Based Partnership Board": the body named where the minutes open.
    const named = body
      ? null
      : /\bmeeting\s+of\s+(?:the\s+)?((?:[A-Z][\w&'’-]*\s+){1,8}(?:Board|Committee|Partnership|Panel|Group|Forum|Executive|Cabinet|Council|Alliance|Commission))\b/.exec(
          text.slice(0, 3000),
        );
    if (named) {
      const at = named.index + named[0].indexOf(named[1]!);
      body = { name: named[1]!, span: { start: at, end: at + named[1]!.length } };
    }
    found.push({
      date: null,
      body,
      time: null,
      venue: null,
      kind: "formal-meeting",
      title: body?.name ?? "Meeting",
      header: { start: first.at, end: first.end },
      end: text.length,
      hasAgenda: true,
      from: 0,
      titleItem: null,
      confidence: 0.5,
    });
  }

  // 4. Later sections of a compilation, each a meeting of its own: "Development Session 5th June
  // 2024: Summary …", "Date of Meeting 15 July 2024", "Minutes of the Meeting held on …" at a line's start.
  const after = found.length ? Math.max(...found.map((m) => m.header.end)) : 0;
  for (const l of nonBlank.filter((x) => x.at >= after)) {
    const d = dates.find((x) => x.start >= l.at && x.end <= l.end);
    if (!d || found.some((m) => m.date?.start === d.start)) continue;
    const before = text.slice(l.at, d.start);
    const kindWord = /^(.{0,60}?)\b(Development Session|Workshop)\s*(?:held\s+on\s+(?:the\s+)?)?[:,-]?\s*$/i.exec(before);
    const labelled = /^(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting)\s*:?\s*$/i.test(before.trim());
    const held = /^minutes\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?meeting\s+held\s+on\s+(?:[A-Za-z]+,?\s+)?$/i.test(before.trim() + " ");
    if (!kindWord && !labelled && !held) continue;
    // "18. MINUTES OF THE PREVIOUS MEETING HELD ON 20th JUNE 2019": an item naming the last meeting.
    if (held && /\b(?:previous|last|preceding)\s+meeting\b/i.test(before)) continue;
    const idx = nonBlank.indexOf(l);
    // "Minutes of the meeting held on 25 July 2018 (copy attached)" under an item "Minutes of the
    // Previous Meeting": the item's description, naming the last meeting, not a section of its own.
    if (held && (/\(|\b(?:were|was|be|attached|circulated)\b/i.test(text.slice(d.end, l.end)) || /\bminutes\b/i.test(nonBlank[idx - 1]?.text ?? ""))) continue;
    let body: { name: string; span: Span } | null = null;
    if (kindWord?.[1]?.trim()) body = bodyOnLine(l);
    if (held && idx > 0) body = bodyOnLine(nonBlank[idx - 1]);
    const m = meetingFrom(d, { start: l.at, end: Math.min(l.end, d.end + 40) }, body, 0.85);
    if (kindWord) m.kind = /workshop/i.test(kindWord[2]!) ? "workshop" : "development-session";
    m.hasAgenda = false;
    m.title = body?.name ?? (kindWord ? `${kindWord[1]!.trim()} ${kindWord[2]}`.trim() : "Meeting");
    found.push(m);
  }

  // Venue and time labelled near each header; kind from the title or the venue.
  found.sort((a, b) => a.header.start - b.header.start);
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    m.end = found[i + 1]?.header.start ?? text.length;
    if (m.from !== 0) m.from = Math.max(m.from, m.header.end);
    const near = lines.filter((l) => l.text && l.start >= m.header.start && l.start < Math.min(m.end, m.header.end + 600));
    // A form laid out as a table: "Meeting   <body>   Venue   <room>" over "Date   …   Start Time 9.00AM".
    const prev = found[i - 1]?.header.end ?? 0;
    const form = lines.filter((l) => l.text && l.start >= Math.max(prev, m.header.start - 300) && l.start < Math.min(m.end, m.header.end + 300));
    for (const l of form) {
      for (const c of tableCells(text, l)) {
        if (!m.venue && /^(?:venue|location|place)$/i.test(c.label)) m.venue = { value: c.value, span: c.span };
        const name = !m.body && /^(?:meeting|meeting\s+title|body|committee|board)$/i.test(c.label) ? bodyName(c.value) : null;
        if (name) m.body = { name, span: { start: c.span.start + c.value.indexOf(name), end: c.span.start + c.value.indexOf(name) + name.length } };
        const t = !m.time && /^(?:start\s+)?time$/i.test(c.label) ? parseTime(c.value) : null;
        if (t) m.time = { value: t, span: c.span };
      }
    }
    for (const [n, l] of near.entries()) {
      if (!m.venue) m.venue = venueOn(text, l);
      // An address line under the heading: a UK postcode gives it away, or a short line naming a
      // room or building ("The Board Room, Francis Crick House") straight after the header.
      const building = n <= 2 && l.start >= m.header.end && l.text.length < 90 && VENUE_WORD.test(l.text);
      if (
        !m.venue &&
        n <= 4 &&
        l.start >= m.header.start &&
        (/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/.test(l.text) || building) &&
        l.text.length < 160 &&
        !/[:@]/.test(l.text) &&
        !findDates(l.text).length
      ) {
        m.venue = { value: l.text, span: { start: l.at, end: l.end } };
        if (m.from < l.end && m.from !== 0) m.from = l.end;
      }
      if (!m.time) {
        // "Time: 10:00", or on a flattened page "… Date: Tuesday 15 September 2020 Time: 10:00 – 12:05 …".
        const t =
          l.text.match(/^(?:time|start(?:\s+time)?)\s*:?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)/i) ??
          (l.text.length > 80 ? l.text.match(/\bTime:\s*(\d{1,2}[.:]\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))/i) : null);
        const value = t ? parseTime(t[1]!) : null;
        if (value) {
          const s = l.at + l.text.indexOf(t![1]!);
          m.time = { value, span: { start: s, end: s + t![1]!.length } };
        }
      }
    }
    if (!m.venue) m.venue = venueBeside(text, m);
    if (!m.venue) {
      // "The panel met at Pittwood House, Scunthorpe.", "The meeting was held at the Civic Centre." under the attendance list.
      for (const l of lines.filter((x) => x.text && x.start >= m.header.end && x.start < Math.min(m.end, m.header.end + 1500))) {
        const v =
          /^The\s+(?:meeting|panel|board|committee|group|forum|partnership|cabinet)\s+(?:was\s+held|met)\s+(?:at|in)\s+(?:the\s+(?=[A-Z]))?([A-Z][^.]{2,120})\.?$/.exec(
            l.text,
          );
        if (!v) continue;
        const start = l.at + l.text.indexOf(v[1]!);
        m.venue = { value: v[1]!.trim(), span: { start, end: start + v[1]!.trim().length } };
        break;
      }
    }
    if (!m.venue) {
      // "… held at 7.30pm in the Millennium Hall, Church Lane on 20th May 2010", "… held in The Guildhall".
      const lineAt = text.lastIndexOf("\n", m.header.start) + 1;
      const lineEnd = text.indexOf("\n", m.header.end);
      const held = HELD_IN.exec(text.slice(lineAt, lineEnd < 0 ? text.length : lineEnd));
      if (held) {
        const at = lineAt + held.index + held[0].indexOf(held[1]!);
        m.venue = { value: held[1]!, span: { start: at, end: at + held[1]!.length } };
      }
    }
    if (!m.time) {
      const before = TIME_BEFORE_DATE.exec(text.slice(m.header.start, m.header.end));
      const value = before ? parseTime(before[1]!) : null;
      if (before && value) {
        const at = m.header.start + before.index + before[0].indexOf(before[1]!);
        m.time = { value, span: { start: at, end: at + before[1]!.length } };
      }
    }
    // The header printed twice, the second time with more ("… held via Zoom on Wednesday 5 May 2021
    // commencing at 19:00."): its time and its way of meeting.
    if (!m.time && m.date) {
      const again = dates.find((d) => d.iso === m.date!.iso && d.start > m.header.end && d.start < m.header.end + 1500);
      const tm = again ? TIME_AFTER_DATE.exec(text.slice(again.end, again.end + 60)) : null;
      const value = tm ? parseTime(tm[1]!) : null;
      if (again && tm && value) {
        const at = again.end + text.slice(again.end).indexOf(tm[1]!);
        m.time = { value, span: { start: at, end: at + tm[1]!.length } };
        const line = lines.find((l) => l.start <= again.start && again.start <= l.end);
        if (line && VIRTUAL.test(line.text) && m.kind === "formal-meeting" && !m.venue) m.kind = "virtual-meeting";
      }
    }
    // "Held at: Three Rivers House", "… Time: 5.00 pm Place: Committee Room 1": the venue is what the label names.
    const label = m.venue ? [...m.venue.value.matchAll(/(?:^|\s)(?:venue|place|location|held\s+at|where)\s*:\s*/gi)].at(-1) : undefined;
    if (m.venue && label) {
      const at = label.index + label[0].length;
      const value = m.venue.value.slice(at).trim();
      if (value) m.venue = { value, span: { start: m.venue.span.start + m.venue.value.indexOf(value, at), end: m.venue.span.end } };
    }
    // "Minutes of the Board Meeting held in Public" under "NHS Somewhere Integrated Care Board": "Board"
    // alone names no body; the heading above does.
    if (m.body && GENERIC_BODY.test(m.body.name)) {
      const above = nonBlank.filter((l) => l.end <= m.header.start).slice(-3);
      const named = above.map(bodyOnLine).findLast((b) => b && !GENERIC_BODY.test(b.name));
      if (named) {
        if (m.title === m.body.name) m.title = named.name;
        m.body = named;
      }
    }
    if (!m.body) {
      m.body = bodyInProse(text, m.header.start, m.end);
      if (m.body && m.title === "Meeting") m.title = m.body.name;
    }
    const title = `${m.body?.name ?? ""} ${text.slice(m.header.start, m.header.end)}`;
    if (/development\s+session/i.test(title)) m.kind = "development-session";
    else if (/workshop/i.test(title)) m.kind = "workshop";
    else if (m.venue && VIRTUAL.test(m.venue.value)) m.kind = "virtual-meeting";
  }
  return found;
}
