import { trimSpan, type Span } from "./lines.js";

/**
 * Decisions and actions: "RESOLVED that …" blocks (each numbered or lettered part a decision),
 * "Decision:" paragraphs, prose decisions ("It was agreed that …", "The Board noted …", minutes
 * "agreed as a correct record"), "ACTION: …" / "Action Point – …" lines and sentences that give
 * an owner a task ("HH to bring back …"). Each with the rule that found it and its confidence.
 */
export interface DecisionFact {
  kind: "resolution" | "action";
  text: string;
  outcome: string;
  ownerText: string | null;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

const OUTCOMES: [RegExp, string][] = [
  [/\b(?:approv|ratif)/i, "approved"],
  [/\bendors/i, "endorsed"],
  [/\bagree/i, "agreed"],
  [/\bsupport/i, "supported"],
  [/\bnot(?:ed|e)\b/i, "noted"],
  [/\bwelcom/i, "welcomed"],
  [/\baccept/i, "accepted"],
  [/\breceiv/i, "received"],
  [/\badopt/i, "adopted"],
  [/\b(?:elect|appoint)/i, "appointed"],
  [/\bdelegat/i, "delegated"],
  [/\brecommend/i, "recommended"],
  [/\bconfirm/i, "confirmed"],
  [/\bdefer/i, "deferred"],
];
export const outcomeOf = (s: string, fallback = "resolved"): string => OUTCOMES.find(([re]) => re.test(s))?.[1] ?? fallback;

/**
 * Where a paragraph ends: a blank line followed by something that is not a continuation. A
 * lettered, roman or bulleted part continues it; a numbered part only as the next number of the
 * list the block has begun ("1." first), so "34. Next item" after a resolution is not swallowed.
 */
function paragraphEnd(text: string, from: number, limit: number): number {
  // An item heading on the very next line ends it too: " 34.   Accelerated Reform Fund", "635 Public Questions".
  const heading = text.slice(from, limit).search(/\n[ \t\u00a0]*\d{1,3}\.?[ \t\u00a0]+[A-Z][^.\n]{2,100}[ \t\u00a0]*(?=\n)/);
  if (heading >= 0) {
    const num = Number(text.slice(from + heading).match(/\d{1,3}/)![0]);
    if (num >= 10) limit = from + heading;
  }
  // "RESOLVED that the minutes be noted.\nRESOLVED that the updates be noted.": each its own block.
  const next = text.slice(from, limit).search(/\n[ \t\u00a0]*(?:RESOLVED|Resolved)\b/);
  if (next >= 0) limit = from + next;
  // modern.gov's next item: "6 Exclusion of the press and public\nDecision:" — its heading and label end this one.
  const label =
    /(?:\n[ \t\u00a0]*(?:item\s+)?\d{1,3}\.?[ \t\u00a0]+[A-Z][^\n]{2,150}(?<![.;:]))?\n[ \t\u00a0]*(?:Decisions?|Minutes|Additional documents)[ \t]*:[ \t]*(?=\n|$)/.exec(
      text.slice(from, limit),
    );
  if (label) limit = from + label.index;
  // "Outcome: …\nAction: JR to …": an action line after the decision is the action's, not the decision's.
  const act = text.slice(from, limit).search(/\n[ \t\u00a0]*(?:ACTIONS?|Actions?)(?:\s+by|\s*\d+)?\s*[:–—-]|\n[ \t\u00a0]*(?:DECISIONS?|RESOLVED)[ \t]*(?=\n)/);
  if (act >= 0) limit = from + act;
  // A table's row ends at " |" and a line break: the next row is the next item.
  const row = text.slice(from, limit).search(/[ \t]\|[ \t]*\n/);
  if (row >= 0) limit = from + row;
  const rest = text.slice(from, limit);
  const gap = /\n[ \t\u00a0]*\n\s*/g;
  const numbered = [...rest.matchAll(/(?:^|\n)\s*\(?(\d{1,2})[.)]\s/g)];
  for (let m = gap.exec(rest); m; m = gap.exec(rest)) {
    // The list's number so far: the last part numbered before this gap.
    const before = m.index;
    const n = Number(numbered.findLast((x) => x.index < before)?.[1] ?? 0);
    const next = rest.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^(?:\(?[ivx]{1,4}[.)]|\(?[a-h][.)]|[•·▪‒–-]\s)/i.test(next)) continue;
    const num = next.match(/^\(?(\d{1,2})[.)]\s/);
    if (num && Number(num[1]) === n + 1) continue;
    return from + m.index;
  }
  return limit;
}

const ENUMERATOR = /(?:^|\n|\s)[ \t\u00a0]*(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.):]|[•·▪])[ \t\u00a0]+(?=\S)/gi;

/** Splits a resolution into its enumerated parts; the lead-in ("That the Board:") is not a part. */
function parts(text: string, s: number, e: number): Span[] {
  const body = text.slice(s, e);
  const marks = [...body.matchAll(new RegExp(ENUMERATOR.source, "gi"))];
  // Roman numerals and letters must run in order (i, ii, iii / a, b, c) to count as a list.
  if (marks.length < 2) return [trimSpan(text, s, e, /[\s;,]/)].filter((x): x is Span => !!x);
  const out: Span[] = [];
  for (let k = 0; k < marks.length; k++) {
    const a = s + marks[k]!.index! + marks[k]![0].length;
    const b = k + 1 < marks.length ? s + marks[k + 1]!.index! : e;
    // Quoted as written: the full stop stays, a list's "; and" goes.
    const t = trimSpan(text, a, b, /[\s;,]/);
    if (t) {
      const tail = text.slice(t.start, t.end).match(/[;,]?\s+and$/);
      out.push({ start: t.start, end: tail ? t.end - tail[0].length : t.end });
    }
  }
  return out;
}

const BODY_SUBJECT = String.raw`(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,7}?(?:Board|Committee|Sub-Committee|Partnership|Panel|Group|Executive|Cabinet|Members|Forum|ICP|ICB|HWB|HWBB|Council|meeting|Alliance|Assembly|Commission|Leadership\s+Team|Collaborative|Partners|System)`;
// "The Board received a report …", "… received one nomination": what came before the body, not what it decided.
const DECISION_VERB = String.raw`(?:(?:also|then|further|formally|unanimously|duly|collectively)\s+)?(agreed|approved|endorsed|noted|resolved|supported|accepted|ratified|adopted|decided|welcomed|recommended|agrees|approves|endorses|notes|supports|signed\s+off|received(?!\s+(?:an?|one|two|three|several|the\s+following)\b)|confirmed|delegated|commended|requested)`;
/** A part of "The Board:\n• noted …" that opens with what the body decided. */
const OPENS_WITH_VERB = new RegExp(String.raw`^${DECISION_VERB}\b`, "i");
/** A decision's verb as minutes set it in capitals, wherever it stands in the sentence. */
const CAPITAL_VERB = /\b(?:AGREED|APPROVED|RESOLVED|RATIFIED|ADOPTED|ENDORSED|DEFERRED|REFUSED)\b/;
/** The rule of a decision that is an item's heading and its outcome ("16/226 Draft Minutes …:Agreed."): the item stands. */
export const ITEM_OUTCOME = "an item's outcome after it";
const OUTCOME_AFTER_ITEM = /(?<!\bstatus\s*)(?:[–—-]|:)\s*(?:agreed|approved|resolved|carried|accepted)(?:\s+unanimously)?\.?\s*$/i;
/**
 * `anywhere`: the form may stand anywhere in its sentence, not only at its start; the decision is
 * cited from the line where this pattern is found.
 */
const PROSE_DECISIONS: { re: RegExp; rule: string; confidence: number; anywhere?: RegExp }[] = [
  {
    re: /^(?:it\s+was|it\s+had\s+been)\s+(?:further\s+|also\s+|unanimously\s+)?(agreed|resolved|decided|approved|confirmed)\b/i,
    rule: "it was agreed",
    confidence: 0.9,
  },
  // "It was proposed, seconded and Resolved: That …", "It was proposed, seconded and unanimously agreed that R Rooke be Chairman."
  {
    re: /^it\s+was\s+(?:proposed|moved)(?:\s+by\s+[^,.]{2,60})?,?\s+(?:and\s+)?seconded(?:\s+by\s+[^,.]{2,60})?,?\s+and\s+(?:unanimously\s+)?(?:agreed|resolved|carried|approved)\b/i,
    rule: "proposed, seconded and agreed",
    confidence: 0.9,
  },
  // "Agreed expenditure on additional playground equipment", "Agreed that the plan is signed off", "Agreed." — not "Agreed:" over a list.
  {
    re: /^(?:agreed|approved|resolved|carried)\b(?!.*:-?\s*$)(?:\.$|\s+(?:that|to|as|the|a|an|expenditure|unanimously|by)\b)/i,
    rule: "agreed, no subject",
    confidence: 0.8,
  },
  // "To approve as accurate the minutes of the meeting on 20 July 2021 – Agreed", "… held on the 6th July 2016:Agreed."
  { re: OUTCOME_AFTER_ITEM, rule: ITEM_OUTCOME, confidence: 0.8, anywhere: OUTCOME_AFTER_ITEM },
  // "This was agreed by the Board", "This was approved."
  {
    re: /^this\s+was\s+(?:then\s+|duly\s+|unanimously\s+)?(?:agreed|approved|endorsed|supported|accepted|ratified)\b/i,
    rule: "this was agreed",
    confidence: 0.8,
  },
  // "All recommendations agreed", "All recommendations were agreed".
  {
    re: /^(?:all\s+)?(?:the\s+)?recommendations?\s+(?:(?:were|was)\s+)?(?:agreed|approved|accepted|endorsed|supported)\b/i,
    rule: "recommendations agreed",
    confidence: 0.85,
  },
  // "Tameside Locality Board Notes of meeting held …" is a title: "notes of" is no decision.
  { re: new RegExp(String.raw`^${BODY_SUBJECT}\s+${DECISION_VERB}\b(?!\s+of\b)`, "i"), rule: "the body decided", confidence: 0.85 },
  // "The Committee reviewed the risk register and AGREED the new risks": a decision after what the body did first.
  {
    re: new RegExp(
      String.raw`^${BODY_SUBJECT}\s+(?:considered|reviewed|discussed|received)\b[^.;]{3,200}?(?:,\s*|\s+)and\s+${DECISION_VERB}\b(?!\s+that\b)`,
      "i",
    ),
    rule: "the body considered and decided",
    confidence: 0.8,
  },
  // "Councillor Smith proposed, and it was unanimously agreed, that the policy be adopted."
  // "Proposed by Cllr Baker, seconded by Cllr Cole, it was resolved that …", "Following discussion, it was
  // agreed …": the outcome of a vote or a debate (not "As part of the development …, it was agreed", a history).
  {
    re: /^(?:(?:in\s+considering|having\s+considered|following|after|upon|on\s+being\s+put|on\s+a\s+vote|in\s+(?:summary|conclusion))\b[^.]{0,160}?|[A-Z][^.]{0,160}?\b(?:proposed|seconded|moved)\b[^.]{0,80}?),\s+(?:and\s+)?it\s+was\s+(?:unanimously\s+|duly\s+)?(?:agreed|resolved)\b/i,
    rule: "after debate, it was agreed",
    confidence: 0.85,
  },
  {
    re: /\b(?:minutes|notes)\b[^.]{0,160}?\b(?:agreed|approved|confirmed|accepted|signed|adopted)\b[^.]{0,80}?\b(?:correct|accurate|true)\s+record/i,
    rule: "minutes as a correct record",
    confidence: 0.95,
  },
  {
    re: /^that\s+.{3,300}?\b(?:be|is|are)\s+(?:\w+ly\s+)?(?:re-)?(?:elected|appointed|approved|agreed|noted|endorsed|confirmed|adopted|received|delegated|given|granted|authori[sz]ed|supported|accepted|ratified|signed|established)\b/i,
    rule: "that … be approved",
    confidence: 0.9,
  },
  { re: /\bminutes\b.{0,160}?\bbe\s+(?:confirmed|approved|agreed|signed|accepted)\b/i, rule: "minutes be confirmed", confidence: 0.9 },
  // "1. The existing work being undertaken to develop healthy places be noted.": a clause of a decision
  // table in the subjunctive ("be", no modal or "to" before it); not "It is recommended that … be
  // noted", which proposes, nor "this should be noted".
  {
    re: /^(?:\(?\d{1,2}[.)]\s+)?(?!.*\b(?:recommend|propos|ask|invit|request)\w*\b)(?:The|A|An|Further|All|Representation|Approval|Delegated|Authority|Consideration)\b.{3,250}?\s(?<!\b(?:to|should|will|would|may|must|could|can|shall|might|not|cannot)\s)be\s+(?:\w+ly\s+)?(?:noted|approved|agreed|endorsed|given|supported|adopted|accepted|received|established|delegated|ratified|confirmed|deferred)\b/,
    rule: "a clause in the subjunctive: … be noted",
    confidence: 0.8,
  },
  {
    // "The Treasurer’s report was received and adopted."
    re: /^(?!.*:\s*$)(?!.*\bapologies\b)(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:actions?|action\s+log|minutes|record|notes|report|update|recommendations?|paper|presentation|proposals?|plan|strategy|terms\s+of\s+reference|accounts|budget|precept)\b.{0,200}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:(?:read|considered|discussed|reviewed)\s+and\s+)?(?:noted|agreed|approved|endorsed|received|accepted|adopted|supported|ratified|confirmed|signed)\b/i,
    rule: "the report was noted",
    confidence: 0.85,
  },
  // "Members AGREED that …", "Unanimously AGREED to recommend APPROVAL", "The minutes … were APPROVED".
  // Not a block's label ("RESOLVED:", "it was RESOLVED to:"): a sentence ending in a colon introduces one.
  { re: new RegExp(String.raw`^(?!.*[:–—-]\s*$).*${CAPITAL_VERB.source}`), rule: "a decision's verb in capitals", confidence: 0.85, anywhere: CAPITAL_VERB },
  // "(ii) THAT approval be given …", "THAT the Cabinet note …": a decision list's clauses.
  {
    re: /^(?!.*[:–—-]\s*$)(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+)?THAT\s+(?:the\s+|a\s+|an\s+|approval|authority|as\s+agreed)/i,
    rule: "THAT … (a decision's clause)",
    confidence: 0.8,
  },
  // "the councillors agreed in principle that …", "it agreed the precept would remain …", "board members
  // agreed the content of the draft strategy": who agreed, after whatever leads into the sentence.
  {
    re: /^(?!as\s+part\s+of\b)(?:[^.]{0,200}?[,:–—-]\s*)?(?:it(?:\s+was|\s+had\s+been)?|(?:the\s+)?(?:\w+\s+)?(?:councillors|members|partners|officers)|(?:the\s+)?(?:council|board|committee|group|meeting|panel|forum|partnership)|all|everyone)\s+(?:\w+ly\s+)?(?:agreed|resolved|approved|decided)\s+(?:that|to|in\s+princip(?:le|al)|the|on|with|nem\.?\s*con\.?)\b/i,
    rule: "who agreed, mid-sentence",
    confidence: 0.8,
  },
  { re: /^(?:members|partners|those\s+present|attendees)\s+(?:agreed|approved|endorsed|supported|noted)\b/i, rule: "members agreed", confidence: 0.85 },
  {
    re: /^(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-)?(?:elected|appointed|nominated\s+and\s+elected)\b/,
    rule: "was elected",
    confidence: 0.9,
  },
  {
    re: /\bwhich\s+(?:the\s+)?[A-Z]\w+(?:\s+\w+)?\s+(?:\w+ly\s+)?(?:endorsed|approved|agreed|noted|supported|accepted)\b/,
    rule: "which the body endorsed",
    confidence: 0.8,
  },
];

/** An action's owner as its label's line writes it: "JR to …", "… – JR", "(JR/AP)". */
const ownerIn = (t: string): string | null =>
  t.match(/^([A-Z]{2,4}|[A-Z][a-z]+\s[A-Z][a-z'’-]+|All(?:\s+\w+)?\s+members|[A-Z][a-z]+)\s+to\s/)?.[1] ??
  t.match(/[(–-]\s*([A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*)\)?\s*$/)?.[1] ??
  null;

/** Where a row's cells part: a tab, a wide gap, or a bar. */
const CELL_GAP = /\t+|\s{2,}|\s*\|\s*/;
/** The columns of an action log's heading row, where it has one for the action and one for its owner. */
function columnsOf(cells: string[]): { action: number; owner: number; due: number } | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.trim()));
  const action = find(/^(?:actions?|actions?\s+(?:required|agreed|points?)|description)$/i);
  const owner = find(/^(?:owner|lead|by\s+whom|responsible|who|action\s+owner|assigned\s+to)$/i);
  return action >= 0 && owner >= 0 ? { action, owner, due: find(/^(?:due|deadline|by\s+when|target\s+date|date)$/i) } : null;
}

/** A heading before a sentence: "Place Plan refresh: ", or a line of its own with no full stop. */
// "5. To consider a neighbourhood plan vision – It was agreed that …": an item's heading before a dash, too.
const HEADING_LEAD = /^[A-Z][^.:\n]{2,60}:[ \t]+(?=[A-Z])|^[^.!?\n]{2,100}\n[ \t\u00a0]*(?=[A-Z])|^[^.!?\n]{2,150}?[ \t][–—-][ \t]+(?=[A-Z])/;

/** "HH to bring back …", "Jane Doe to circulate …": an owner and a task. */
// Not "The Chairman to welcome everyone": an agenda's note of what the chair does.
const OWNER_TO =
  /^(?!The\s)([A-Z]{2,4}(?:\s*(?:\/|&|and)\s*[A-Z]{2,4})*|(?:(?:Cllr|Councillor|Dr)\s+)?[A-Z][a-z]+\s[A-Z][a-z'’-]+|(?:Parish\s+|Town\s+)?Clerk|Officers|Secretary|Treasurer|All\s+members)\s+to\s+(?!be\b)(?:[a-z]+)\b/;
/** "Jo was asked to check …", "…, the Clerk was asked to investigate.": a task given to someone. */
// Not "Members were asked to declare …", "The Committee was asked to consider …": the body's business.
const OWNER_ASKED =
  /^(?:[^.]{0,120}?,\s*)?((?:the\s+)?(?:Clerk|Chair(?:man)?|Secretary|Treasurer|Officers?)|(?!(?:The|Members|Committee|Board|Panel|Groups?|Partnership|Council|Cabinet|Forum|Councillors|Partners|Attendees|Participants|Delegates)\b)[A-Z][a-z]+(?:\s[A-Z][a-z'’-]+)?|[A-Z]{2,4})\s+(?:was|were)\s+(?:asked|requested|tasked)\s+to\s+[a-z]+/;
/** "Ivy to be cleared … – Action JB", "… will be available for the next one. ACTION: MR": the owner tagged at the end. */
const OWNER_TAG = /[\s.]+[–—-]?\s*(?:ACTION|Action):?\s+([A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*)\.?$/;
/** "RQ will circulate the information …": an owner (the attendance must know them) and a plan. */
const OWNER_WILL = /^([A-Z]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z'’-]+)?)\s+will\s+(?!be\b|have\b|need\b)[a-z]+\b/;
/** Whether a sentence opens with a decision or an action: then nothing before it is a heading to drop. */
const startsOne = (t: string) =>
  PROSE_DECISIONS.some((f) => f.re.source.startsWith("^") && !f.anywhere && f.re.test(t)) || OWNER_TO.test(t) || OWNER_WILL.test(t);
const findsOne = (t: string) => PROSE_DECISIONS.some((f) => f.re.test(t)) || OWNER_TO.test(t) || OWNER_WILL.test(t);

/**
 * Sentences of a span, with their offsets; initials and honorifics do not end a sentence, a table's
 * row end (" |") does, and so does a line that starts with an item's number ("Members AGREED that …\n338
 * PLANNING COMMITTEE"): minutes that end no line with a full stop still start each item afresh.
 */
function sentences(text: string, s: number, e: number): Span[] {
  const out: Span[] = [];
  let from = s;
  const re =
    /(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|e\.g|i\.e|etc|[A-Z]))[.!?](?=["'’”)]?\s+(?:[A-Z(“"‘]|\d|[-•·▪*]\s))|\n[ \t\u00a0]*\n|[ \t]\|[ \t]*\n|\n(?=[ \t]*\d{1,4}(?:\.\d{1,2})?[.)]?[ \t]+[A-Z])/g;
  re.lastIndex = s;
  const slice = text.slice(0, e);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const t = trimSpan(text, from, m.index + (m[0].startsWith("\n") ? 0 : 1), /\s/);
    if (t) out.push(t);
    from = m.index + m[0].length;
  }
  const t = trimSpan(text, from, e, /\s/);
  if (t) out.push(t);
  return out;
}

/**
 * `initials` and `names` are those of the meeting's attendees (names whole and by first name): an
 * owner the attendance does not know is no owner of "… will …", which is as often a plan as a task.
 */
export function decisions(text: string, from: number, to: number, initials: Set<string>, names: Set<string> = new Set()): DecisionFact[] {
  const out: DecisionFact[] = [];
  const taken: Span[] = [];
  const overlaps = (a: number, b: number) => taken.some((t) => Math.min(t.end, b) - Math.max(t.start, a) > 0);
  const push = (f: DecisionFact) => {
    if (overlaps(f.start, f.end) || f.end - f.start < 3) return;
    // "RESOLVED", "That Cabinet:-", "That (1)", "15.1": a block's label or a part's number, no decision in it.
    const words = (f.text.match(/\p{L}{2,}/gu) ?? []).length;
    if (f.kind === "resolution" && ((words < 6 && /[:–-]\s*(?:\(?[a-z0-9]{1,3}\))?\s*$/i.test(f.text)) || (words < 3 && !/\.$/.test(f.text)))) return;
    // A page that prints the decision twice (under "Minutes:" and again under "Decision:") records one decision.
    if (out.some((o) => o.kind === f.kind && o.text === f.text)) {
      taken.push({ start: f.start, end: f.end });
      return;
    }
    out.push(f);
    taken.push({ start: f.start, end: f.end });
  };
  const flat = (s: number, e: number) => text.slice(s, e).replace(/\s+/g, " ").trim();
  const region = text.slice(from, to);

  // 1. RESOLVED blocks and "Decision:" paragraphs.
  const resolved =
    /(?:^|\n|[.:]\s+|,?\s+and\s+(?=it\s+was\s+RESOLVED)|,\s+(?=it\s+was\s+RESOLVED))[ \t\u00a0]*(?:it\s+was\s+|the\s+\w+(?:\s+\w+){0,4}\s+)?(RESOLVED|Resolved|resolved|DECISION|Decision|Decisions|Action\/Decision|Decision\(s\)|Outcome|Agreed)(?:\s+(?:unanimously|accordingly))?(?:\s*[:–—-]+\s*|\s+(?:that|to)\b\s*|[ \t\u00a0]*\n)/g;
  let m: RegExpExecArray | null;
  while ((m = resolved.exec(region))) {
    const word = m[1]!;
    // "DECISION" in capitals alone on its line heads what follows; in a sentence it is a word.
    const alone = /^(?:DECISION|DECISIONS)$/.test(word) && /\n$/.test(m[0]) && /(?:^|\n)[ \t\u00a0]*$/.test(m[0].slice(0, m[0].indexOf(word)));
    if (/^(?:Agreed|Outcome|DECISION|Decision|Decisions)$/.test(word) && !alone && !/[:–—-]/.test(m[0].slice(m[0].indexOf(word)))) continue;
    // A decision notice's "Decisions:" heads its minutes prose: the sentences are read one by one below.
    if (/^Decisions$/.test(word)) continue;
    if (/^resolved$/.test(word) && !/^(?:\n|^)?\s*(?:it\s+was\s+)?resolved/i.test(m[0].replace(/^[.:]\s+/, ""))) continue;
    let start = from + m.index + m[0].length;
    // "Resolved" alone on its line: the decision is the next paragraph.
    while (start < to && /[\s:]/.test(text[start]!)) start++;
    let end = paragraphEnd(text, start, to);
    // "Agreed: the budget of £50,000.\nDecision – the Board approved …": one decision a line where each
    // ends with its full stop and the next starts anew (not a lower-case wrap, not a list's next part).
    const lineEnd = text.indexOf("\n", start);
    if (
      lineEnd > start &&
      lineEnd < end &&
      /[.!]["'’”)]?[ \t]*$/.test(text.slice(start, lineEnd)) &&
      /^\n[ \t\u00a0]*[A-Z]/.test(text.slice(lineEnd, lineEnd + 30))
    )
      end = lineEnd;
    for (const p of parts(text, start, end)) {
      // "Decision:\nRESOLVED that …": the label inside the block is no part of the decision's words.
      const t = flat(p.start, p.end)
        .replace(/^(?:RESOLVED|Resolved)\b\s*(?:[:–—-]\s*)?/, "")
        .replace(/^that\s+/i, "");
      if (!t || /^(?:none|n\/a|nil)\.?$/i.test(t)) continue;
      // "Agreed: the budget of £50,000": the label says the outcome where the words do not.
      const outcome = outcomeOf(t, /^agreed$/i.test(word) ? "agreed" : "resolved");
      push({ kind: "resolution", text: t, outcome, ownerText: null, start: p.start, end: p.end, confidence: 0.95, rule: word.toLowerCase() });
    }
    resolved.lastIndex = Math.max(resolved.lastIndex, end - from);
  }

  // 1a. "The Board:\n• noted the guidance;\n• approved the plan": each part that opens with a decision verb.
  const listed = new RegExp(String.raw`(?:^|\n)[ \t\u00a0]*${BODY_SUBJECT}[ \t]*:?[ \t]*\n`, "gi");
  while ((m = listed.exec(region))) {
    const start = from + m.index + m[0].length;
    const end = paragraphEnd(text, start, to);
    const found = parts(text, start, end);
    if (found.length < 2 || !found.every((p) => OPENS_WITH_VERB.test(flat(p.start, p.end)))) continue;
    for (const p of found) {
      const t = flat(p.start, p.end);
      push({
        kind: "resolution",
        text: t,
        outcome: outcomeOf(t),
        ownerText: null,
        start: p.start,
        end: p.end,
        confidence: 0.9,
        rule: "the body: a list of what it decided",
      });
    }
    listed.lastIndex = Math.max(listed.lastIndex, end - from);
  }

  // 2. Labelled actions.
  const action =
    /(?:^|\n|(?<=[a-z][.!?])[ \t]+(?=\S+:))[ \t\u00a0]*(?:\*\*)?(ACTIONS?|Actions?(?:\s+Point)?|Action\s+point|Action\s+by)(?:\s*\d+)?(?:\*\*)?\s*(?:[:–—-]+|\s(?=[A-Z]{2,4}\b))\s*/g;
  while ((m = action.exec(region))) {
    const start = from + m.index + m[0].length;
    const lineEnd = text.indexOf("\n", start);
    const end = paragraphEnd(text, start, to);
    // The action on the label's line runs over the lines that continue its sentence (a wrapped line
    // starts in lower case), not over the next lines of a list; a label alone takes the next paragraph.
    let stop: number;
    if (lineEnd < 0) stop = to;
    else if (!text.slice(start, lineEnd).trim()) stop = end;
    else {
      stop = lineEnd;
      while (stop < end && /^\n[ \t]*[a-z(]/.test(text.slice(stop, stop + 40))) {
        const n = text.indexOf("\n", stop + 1);
        stop = n < 0 ? end : Math.min(n, end);
      }
      stop = Math.min(stop, end);
    }
    const span = trimSpan(text, start, stop, /[\s*]/);
    if (!span) continue;
    const t = flat(span.start, span.end);
    // "Action by: DIRECTOR, ADULTS SERVICES (L. ADDAMS)": the decision above is to be carried out by them.
    const owner = /by$/i.test(m[1]!) ? t.split("\n")[0]!.trim() : ownerIn(t);
    push({
      kind: "action",
      text: t,
      outcome: "",
      ownerText: owner,
      start: from + m.index + m[0].search(/\S/),
      end: span.end,
      confidence: 0.95,
      rule: "action label",
    });
  }

  // 2a. A list under "Next Steps" / "Agreed actions": each bullet or numbered line an action.
  const mark = String.raw`(?:[•·▪◦*–-]|\(?\d{1,2}[.)]|\(?[a-h][.)])[ \t\u00a0]+`;
  const firstBullet = new RegExp(String.raw`^(?:[ \t\u00a0]*\n)*[ \t\u00a0]*${mark}(?=\S)`);
  // The bullet runs over the lines that continue it, up to the next bullet or a blank line before prose.
  const bulletEnd = new RegExp(String.raw`\n[ \t\u00a0]*${mark}|\n[ \t\u00a0]*\n(?![ \t\u00a0]*(?:[•·▪◦*–-]|\(?\d{1,2}[.)])|[ \t\u00a0]*[a-z(])`);
  const stepsHead = /(?:^|\n)[ \t\u00a0]*(?:next\s+steps|agreed\s+actions|actions\s+agreed|action\s+points|actions\s+arising)[ \t]*:?[ \t\u00a0]*(?=\n)/gi;
  while ((m = stepsHead.exec(region))) {
    let at = from + m.index + m[0].length;
    let seen = 0;
    for (;;) {
      const bullet = firstBullet.exec(text.slice(at, to));
      if (!bullet) break;
      const start = at + bullet[0].length;
      const next = text.slice(start, to).search(bulletEnd);
      const end = next < 0 ? to : start + next;
      const span = trimSpan(text, start, end, /[\s;,]/);
      if (!span || seen >= 20) break;
      push({
        kind: "action",
        text: flat(span.start, span.end),
        outcome: "",
        ownerText: null,
        start: span.start,
        end: span.end,
        confidence: 0.8,
        rule: "a list under Next Steps",
      });
      seen++;
      at = end;
    }
  }

  // 2b. Action logs as rows: "3. / Carol to develop the criteria … / Carol".
  // The separator stands apart: "17/01 Apologies" is a minute's number, not a row.
  const row = /(?:^|\n)[ \t]*(\d{1,3})\.?[ \t]*[/|][ \t]+([^\n]+(?:\n(?![ \t]*\d{1,3}\.?[ \t]*[/|][ \t])[^\n]+)*)/g;
  while ((m = row.exec(region))) {
    const body = m[2]!;
    const start = from + m.index + m[0].indexOf(body);
    const cells = body.split(/\s+[/|]\s+/);
    const owner = cells.length > 1 && cells.at(-1)!.trim().length <= 40 ? cells.at(-1)!.trim() : null;
    const span = trimSpan(text, start, start + body.length);
    if (span)
      push({
        kind: "action",
        text: flat(span.start, span.end),
        outcome: "",
        ownerText: owner,
        start: span.start,
        end: span.end,
        confidence: 0.85,
        rule: "action log row",
      });
  }

  // 2c. Action logs as tables: a heading row naming the action and its owner ("Action | Owner | Due"), then a row an action.
  const lines = region.split("\n");
  let at = from;
  let columns: { action: number; owner: number; due: number } | null = null;
  for (const line of lines) {
    const cells = line.trim() ? line.trim().split(CELL_GAP) : [];
    const head = cells.length >= 2 ? columnsOf(cells) : null;
    if (head) columns = head;
    else if (columns && cells.length >= 2 && cells[columns.action]) {
      const t = cells[columns.action]!;
      const start = at + line.indexOf(t);
      push({
        kind: "action",
        text: t,
        outcome: "",
        ownerText: columns.owner >= 0 ? (cells[columns.owner] ?? null) : null,
        start,
        end: at + line.trimEnd().length,
        confidence: 0.85,
        rule: "action log table",
      });
    } else if (columns && line.trim()) columns = null;
    at += line.length + 1;
  }

  // 3. Prose: each sentence of the meeting's text is tried against the decision forms.
  for (const whole of sentences(text, from, to)) {
    if (overlaps(whole.start, whole.end)) continue;
    // "Place Plan refresh: The Board endorsed the approach", "Item 2: Notes from last meeting\nThe notes
    // were agreed …": the item's name before a colon or on a line of its own is no part of the decision.
    let body = whole.start;
    for (let lead = HEADING_LEAD.exec(text.slice(body, whole.end)); lead; lead = HEADING_LEAD.exec(text.slice(body, whole.end))) body += lead[0].length;
    const rest = body > whole.start ? flat(body, whole.end) : "";
    const sentence = rest && (startsOne(rest) || (!startsOne(flat(whole.start, whole.end)) && findsOne(rest))) ? { start: body, end: whole.end } : whole;
    const sentenceText = flat(sentence.start, sentence.end);
    // "Decision status: Recommendations Approved": a decision notice's field, its decision given elsewhere.
    const status = /\bstatus\s*:\s*$/i.test(text.slice(text.lastIndexOf("\n", sentence.start) + 1, sentence.start));
    for (const f of status ? [] : PROSE_DECISIONS) {
      if (!f.re.test(sentenceText)) continue;
      // A form found anywhere in the sentence ("… \n337 EXCLUSION OF THE PRESS\nMembers AGREED that …") cites
      // from the line it stands on: the lines above are other items' text and headings.
      const at = f.anywhere ? text.slice(sentence.start, sentence.end).search(f.anywhere) : -1;
      const lineAt = at > 0 ? text.lastIndexOf("\n", sentence.start + at) + 1 : 0;
      const s = lineAt > sentence.start ? { start: lineAt + /^\s*/.exec(text.slice(lineAt, sentence.end))![0].length, end: sentence.end } : sentence;
      const t = s === sentence ? sentenceText : flat(s.start, s.end);
      // "The Board noted that the figures had improved" reports discussion; "noted the report" decides.
      const weak = /\bnoted\s+that\b|\bnoted\s+(?:the\s+)?(?:concern|comments?|point|question)s?\b/i.test(t);
      // "The Board welcomed new Members …" greets people; it decides nothing.
      if (/\bwelcomed\s+(?:new\s+|the\s+new\s+)?(?:[Mm]embers?|[A-Z][a-z]+\s+[A-Z]|everyone|all|colleagues|guests)/.test(t)) break;
      // "It was confirmed that the meeting was quorate" records a fact about the meeting, not a decision.
      if (/\b(?:in)?quorate\b/i.test(t)) break;
      push({
        kind: "resolution",
        text: t,
        outcome: outcomeOf(t),
        ownerText: null,
        start: s.start,
        end: s.end,
        confidence: weak ? 0.6 : f.confidence,
        rule: f.rule,
      });
      break;
    }
    const s = sentence;
    const t = sentenceText;
    if (overlaps(s.start, s.end)) continue;
    // "HH to bring back …", "Jane Doe to circulate …": an owner and a task.
    const owner = t.match(OWNER_TO);
    if (owner && t.length < 400) {
      const known = owner[1]!.split(/\s*(?:\/|&|and)\s*/).every((x) => initials.has(x));
      const isInitials = /^[A-Z]{2,4}\b/.test(owner[1]!);
      push({
        kind: "action",
        text: t,
        outcome: "",
        ownerText: owner[1]!,
        start: s.start,
        end: s.end,
        confidence: isInitials ? (known ? 0.85 : 0.6) : 0.75,
        rule: "owner to do",
      });
      continue;
    }
    const asked = OWNER_ASKED.exec(t) ?? OWNER_TAG.exec(t);
    if (asked && t.length < 400) {
      push({
        kind: "action",
        text: t,
        outcome: "",
        ownerText: asked[1]!.replace(/^the\s+/, ""),
        start: s.start,
        end: s.end,
        confidence: 0.7,
        rule: "someone asked to do",
      });
      continue;
    }
    // "Shaun Virtue agreed to update the Board. (Action: Shaun Virtue)": the owner in brackets after the sentence.
    const tail = /^[\s.]*\(\s*action(?:\s+by)?\s*[:–-]\s*([^)]{2,80})\)/i.exec(text.slice(s.end, s.end + 100));
    if (tail) {
      const end = s.end + tail.index + tail[0].length;
      push({
        kind: "action",
        text: flat(s.start, end),
        outcome: "",
        ownerText: tail[1]!.trim(),
        start: s.start,
        end,
        confidence: 0.85,
        rule: "(Action: owner)",
      });
      continue;
    }
    // "RQ will circulate the information …", "Mark will redraft …": someone named in the attendance will do something.
    const will = OWNER_WILL.exec(t);
    if (will && t.length < 400 && (initials.has(will[1]!) || names.has(will[1]!))) {
      push({ kind: "action", text: t, outcome: "", ownerText: will[1]!, start: s.start, end: s.end, confidence: 0.7, rule: "owner will do" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
