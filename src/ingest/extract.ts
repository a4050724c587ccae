import path from "node:path";
import { fold, indexText } from "../dataset/citations.js";
import type { DataFile, EntitySpec, RelationshipSpec } from "../dataset/format.js";
import type { KnownEntities } from "./known.js";
import { findDates } from "./dates.js";
import { initialsOf, nameKey, slug } from "./names.js";
import { attendance, NOT_ATTENDANCE, type AttendanceFact, type Skipped } from "./stages/attendance.js";
import { decisions, ITEM_OUTCOME, type DecisionFact } from "./stages/decisions.js";
import { Ids } from "./stages/ids.js";
import { agendaItems, learnedHeadings, type ItemFact } from "./stages/items.js";
import { attendeeModel as trainedAttendeeModel, contextOf } from "./learn/attendee-tokens.js";
import { ITEM_LINE_THRESHOLD, itemLineModel, itemLineProbabilities } from "./learn/item-lines.js";
import type { Model } from "./learn/softmax.js";
import { linesOf, type Span } from "./stages/lines.js";
import { presenters, signedOff, type PresenterFact } from "./stages/presenters.js";
import { LEARNED_ATTENDEE_CONFIDENCE, learnedAttendance, TRIMMED_BY_MODEL } from "./stages/learned-attendance.js";
import { rosters } from "./stages/rosters.js";
import { bodyName, findMeetings, type MeetingFact } from "./stages/meetings.js";
import { spotNames } from "./stages/name-spotter.js";

/**
 * Turns the text of minutes, key-decision notes, decision notices or a report into a draft data
 * file (the format of data/*.yaml) with a quote for every fact. A pipeline of stages, each in
 * src/ingest/stages with its own tests: segmentation and meeting metadata → attendance → agenda
 * items → decisions and actions → entity resolution against the graph → the draft, with a
 * confidence for every fact, the facts to review, and per section what was read and what skipped.
 */

export type Unresolved = Skipped;

/**
 * Whether the report may say everything was interpreted: a meeting found, no attendance entry or
 * numbered line left unread, no fact below the review threshold. Prose that matches none of the
 * decision and action forms is not counted here: the extractor cannot know what it did not see.
 */
export function fullyInterpreted(ex: Pick<Extraction, "sections" | "review" | "summary">): boolean {
  return ex.summary.meetings > 0 && ex.review.length === 0 && ex.sections.every((s) => !s.skipped.length);
}

/** Facts below this confidence are kept in the draft and listed for review. */
export const REVIEW_BELOW = 0.75;

export interface SectionReport {
  section: "metadata" | "attendance" | "agenda items" | "decisions" | "actions";
  found: number;
  toReview: number;
  skipped: Skipped[];
  /** Why a section found nothing, when it did not. */
  note: string | null;
}

export interface ReviewEntry {
  fact: string;
  confidence: number;
  why: string;
}

export interface Extraction {
  draft: DataFile & { review?: ReviewEntry[] };
  unresolved: Unresolved[];
  sections: SectionReport[];
  review: ReviewEntry[];
  /** Every fact's confidence, with the rule that found it; review holds those below REVIEW_BELOW. */
  confidence: ReviewEntry[];
  summary: {
    meetings: number;
    people: number;
    organisations: number;
    attendance: number;
    agendaItems: number;
    resolutions: number;
    actions: number;
    unresolved: number;
  };
}

/**
 * Quotes for spans, as the data format takes them: the folded text plus which occurrence it is,
 * counted the way the loader's locate() counts, over one index of the text built once.
 */
function quoter(text: string): (s: Span) => string | { quote: string; occurrence: number } {
  const doc = indexText(text);
  return ({ start, end }) => {
    const quote = fold(text.slice(start, end));
    let lo = 0;
    let hi = doc.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.map[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let at = doc.folded.indexOf(quote); at >= 0 && at < lo; at = doc.folded.indexOf(quote, at + 1)) n++;
    return n === 0 ? quote : { quote, occurrence: n + 1 };
  };
}

/** Whether a heading is nothing but people's names ("Deborah Graham Chris Jewesbury Tim Shields"). */
function namesOnly(text: string, s: Span): boolean {
  // "Councillor Questions" is a heading: one title and one word name nobody for sure.
  const names = spotNames(text, s.start, s.end).filter((n, _, all) => all.length > 1 || /\s/.test(text.slice(n.name.start, n.name.end).trim()));
  const covered = names.reduce((n, x) => n + (x.span.end - x.span.start), 0);
  return names.length > 0 && covered >= 0.6 * text.slice(s.start, s.end).replace(/\s+/g, " ").trim().length;
}

/** A line naming the document or its meeting ("Minutes of the YOT Management Board Meeting"), not an item. */
const titleOfDocument = (title: string) => /\b(?:minutes|meeting|notes)\b/i.test(title) && bodyName(title) !== null && !/\b(?:previous|last)\b/i.test(title);

/** A new body's kind from the word its name ends in or holds; a board when none says otherwise. */
const BODY_KINDS: [RegExp, string][] = [
  [/\b(?:executive|cabinet)\b/i, "executive"],
  [/\b(?:sub-)?committee\b/i, "committee"],
  [/\bpartnership\b/i, "partnership-board"],
  [/\bgroup\b/i, "group"],
  [/\balliance\b/i, "alliance"],
];
const BODY_KIND = (name: string) => BODY_KINDS.find(([re]) => re.test(name))?.[1] ?? "board";

/**
 * How sure the extractor is of a heading only the learned model found. With each round of the
 * corpus left out of the training in turn, 35 of the 52 headings it added were items (0.67;
 * `npm run train-extractor -- --by-round`, docs/EXTRACTION.md, 199 documents): below the review
 * threshold, so a reader confirms what no rule read.
 */
export const LEARNED_ITEM_CONFIDENCE = 0.7;
/** Why a heading only the learned model found is in the draft: the reason its confidence entry gives. */
export const LEARNED_ITEM_REASON = "a heading no rule read, found by the learned line model";

export interface ExtractOptions {
  file: string;
  known: KnownEntities;
  /** The learned item-heading model; the trained one when left out, none (rules alone) when null. */
  itemModel?: Model | null;
  /** The learned attendee-word model; the trained one when left out, none (rules alone) when null. */
  attendeeModel?: Model | null;
}

export function extract(text: string, opts: ExtractOptions): Extraction {
  const docSlug = slug(path.basename(opts.file).replace(/\.[a-z]+$/i, ""));
  const docId = `doc:${docSlug}`;
  const known = opts.known;
  const ids = new Ids(known.ids());
  const cite = quoter(text);
  const lines = linesOf(text);
  const itemModel = opts.itemModel === undefined ? itemLineModel() : opts.itemModel;
  const itemProbability = itemModel ? itemLineProbabilities(itemModel, lines, text.length) : [];
  const attendeeModel = opts.attendeeModel === undefined ? trainedAttendeeModel() : opts.attendeeModel;
  const attendeeContext = attendeeModel ? contextOf(lines) : null;
  const entities = new Map<string, EntitySpec>();
  const rels: RelationshipSpec[] = [];
  const relKeys = new Set<string>();
  const review: ReviewEntry[] = [];
  const confidence: ReviewEntry[] = [];
  const skipped: Skipped[] = [];
  const skippedItems: Skipped[] = [];
  const add = (e: EntitySpec) => {
    if (!entities.has(e.id)) entities.set(e.id, e);
  };
  const relate = (r: RelationshipSpec) => {
    // The same pair joined twice (a person listed twice) stays two facts, told apart by a key.
    let k = `${r.from}|${r.type}|${r.to}`;
    for (let n = 2; relKeys.has(k); n++) {
      r = { ...r, key: String(n) };
      k = `${r.from}|${r.type}|${r.to}|${n}`;
    }
    relKeys.add(k);
    rels.push(r);
  };
  const mark = (fact: string, c: number, why: string) => {
    confidence.push({ fact, confidence: c, why });
    if (c < REVIEW_BELOW) review.push({ fact, confidence: c, why });
  };

  // 1. Segmentation and metadata.
  const meetings = findMeetings(text, lines);
  const meetingIds = new Map<MeetingFact, string>();
  for (const m of meetings) {
    const id = ids.allocate(`meeting:${slug(`${docSlug}-${m.date?.iso ?? "undated"}`)}`, `meeting ${m.date?.iso ?? "undated"} at ${m.header.start}`);
    meetingIds.set(m, id);
    add({
      id,
      type: "Meeting",
      title: m.title,
      ...(m.date ? { date: m.date.iso } : {}),
      ...(m.time ? { time: m.time.value } : {}),
      ...(m.venue ? { venue: m.venue.value } : {}),
      kind: m.kind,
      status: "held",
      cite: [cite(m.header), ...(m.venue && (m.venue.span.start < m.header.start || m.venue.span.end > m.header.end) ? [cite(m.venue.span)] : [])],
    } as EntitySpec);
    relate({ type: "RECORDS", from: docId, to: id, cite: cite(m.header) } as RelationshipSpec);
    mark(id, m.confidence, m.date ? "meeting date read from an unlabelled line" : "a record of a meeting that gives no date: the date is to be added");
    if (m.body) {
      const bodyId = known.bodyByName(m.body.name) ?? ids.allocate(`body:${slug(m.body.name)}`, `body ${nameKey(m.body.name)}`);
      if (!known.has(bodyId))
        add({ id: bodyId, type: "Body", name: m.body.name, aliases: [], kind: BODY_KIND(m.body.name), cite: cite(m.body.span) } as EntitySpec);
      relate({ type: "MEETING_OF", from: id, to: bodyId, cite: cite(m.body.span) } as RelationshipSpec);
    }
  }

  // 2. Attendance, 3. items, 4. decisions and actions, per meeting (the whole text when none is found).
  const regions = meetings.length ? meetings.map((m) => ({ m, from: m.from, to: m.end })) : [{ m: null, from: 0, to: text.length }];
  const people = new Map<string, string>();
  let newPeople = 0;
  /**
   * `apart`: "Cllr Donaldson, Mrs Donaldson" in one list are two people, whatever their names share:
   * the second is keyed by its honorific too.
   */
  const personId = (a: { person: AttendanceFact["person"]; span: Span }, apart = false): string => {
    const key = apart ? `${a.person.honorific} ${nameKey(a.person.name)}` : nameKey(a.person.name);
    const hit = people.get(key);
    if (hit) return hit;
    // "Councillor Waller" after "Cllr. Andrew Waller": a surname alone is the one person of that surname named here.
    if (!key.includes(" ") && !apart) {
      const same = [...people].filter(([k]) => k.split(" ").at(-1) === key);
      if (same.length === 1) return same[0]![1];
    }
    const resolved = known.personByName(a.person.name);
    const id = resolved ? ids.claim(resolved, `person ${key}`) : ids.allocate(`person:${slug(a.person.name)}`, `person ${key}`);
    people.set(key, id);
    if (!resolved) newPeople++;
    add({
      id,
      type: "Person",
      name: a.person.name,
      ...(a.person.honorific && !resolved ? { honorific: a.person.honorific } : {}),
      aliases: [],
      cite: cite(a.span),
    } as EntitySpec);
    if (!resolved) {
      for (const other of known.lookAlikes(a.person.name)) {
        relate({
          type: "POSSIBLY_SAME_AS",
          from: id,
          to: other.id,
          evidence: `Same surname and compatible first name: "${a.person.name}" here, "${other.name}" in the graph. Not merged: no document states they are one person.`,
          cite: cite(a.span),
        } as RelationshipSpec);
      }
    }
    return id;
  };

  const allAttendance: AttendanceFact[] = [];
  const allItems: ItemFact[] = [];
  const allDecisions: DecisionFact[] = [];
  let resolutionN = 0;
  let actionN = 0;
  for (const { m, from, to } of regions) {
    const meetingId = m ? meetingIds.get(m)! : null;
    const labelled = m ? attendance(text, lines, from, to) : { facts: [], skipped: [] };
    // Lists no label announced, found by their names; only where the labelled lists did not read.
    const read = [...labelled.facts.map((a) => a.span), ...labelled.skipped];
    const unlabelled = m ? rosters(text, lines, from, to, read) : { facts: [], skipped: [] };
    const ruled = { facts: [...labelled.facts, ...unlabelled.facts], skipped: [...labelled.skipped, ...unlabelled.skipped] };
    // Names no rule read that the learned word model finds, each marked for review; a rule's name
    // that ran on into other words, cut to the name the model reads in it.
    const learnedNames =
      attendeeModel && attendeeContext && m && ruled.facts.length
        ? learnedAttendance(text, attendeeModel, attendeeContext, from, to, ruled, (s) => s.why === NOT_ATTENDANCE)
        : { added: [], trimmed: new Map<AttendanceFact, string>() };
    const reread = ruled.facts.map((a) => {
      const name = learnedNames.trimmed.get(a);
      return name
        ? { ...a, person: { ...a.person, name }, confidence: Math.min(a.confidence, LEARNED_ATTENDEE_CONFIDENCE), section: `${a.section}; ${TRIMMED_BY_MODEL}` }
        : a;
    });
    const found = { facts: [...reread, ...learnedNames.added].sort((a, b) => a.span.start - b.span.start), skipped: ruled.skipped };
    skipped.push(...found.skipped);
    const initials = new Map<string, string>();
    // A heading a rule read as a list's entry is no item; a name the model found in one does not unmake it.
    const covered = (i: ItemFact) => ruled.facts.some((a) => a.span.start < i.end && i.start < a.span.end);
    // Each fact stated so far, by person and status, with the honorific it was stated under.
    const stated = new Map<string, { rel: RelationshipSpec & { cite: unknown }; honorific: string | null }>();
    for (const a of found.facts) {
      let pid = personId(a);
      // The same surname alone under another honorific in the same list is someone else.
      const before = stated.get(`${pid}|${a.status}`)?.honorific;
      if (before && a.person.honorific && before !== a.person.honorific && !a.person.name.includes(" ")) pid = personId(a, true);
      // Named twice with the same status (the list, then "Apologies were received from …"): one fact, both quotes.
      const again = stated.get(`${pid}|${a.status}`)?.rel;
      if (again) {
        again.cite = [...(Array.isArray(again.cite) ? again.cite : [again.cite]), cite(a.span)] as never;
        continue;
      }
      allAttendance.push(a);
      const org = a.person.qualifier ? known.organisationIn(a.person.qualifier) : null;
      const rel = {
        type: "ATTENDED",
        from: pid,
        to: meetingId!,
        status: a.status,
        ...(a.person.role ? { role: a.person.role } : {}),
        ...(org ? { representing: org.id, representingText: a.person.qualifier } : a.person.qualifier ? { capacity: a.person.qualifier } : {}),
        ...(a.person.substituteFor ? { substituteFor: a.person.substituteFor } : {}),
        ...(a.person.items ? { items: a.person.items } : {}),
        cite: cite(a.span),
      } as RelationshipSpec & { cite: unknown };
      stated.set(`${pid}|${a.status}`, { rel, honorific: a.person.honorific });
      relate(rel);
      mark(`${pid} ${a.status} at ${meetingId}`, a.confidence, `attendance read from ${a.section}`);
      for (const ini of [a.initials, initialsOf(a.person.name)]) if (ini) initials.set(ini, initials.has(ini) && initials.get(ini) !== pid ? "" : pid);
    }

    const attendeeNames = new Set(found.facts.flatMap((a) => [a.person.name, a.person.name.split(" ")[0]!]));
    const foundDecisions = decisions(text, from, to, new Set([...initials].filter(([, v]) => v).map(([k]) => k)), attendeeNames);
    // Numbered lists inside a resolution ("1. That Option 4 … be approved") are not agenda items.
    const inDecision = (i: ItemFact) => foundDecisions.some((d) => d.start <= i.start && i.start < d.end && !(d.rule === ITEM_OUTCOME && d.start === i.start));
    // The meeting's own header is no item, wherever the meeting's part of the text begins.
    const candidates = (m && !m.hasAgenda ? [] : agendaItems(lines, from, to, { headings: true })).filter(
      // Nor is a title line that dates the meeting ("Meeting Notes 3rd April 2024").
      (i) =>
        !meetings.some((x) => i.start < x.header.end && x.header.start < i.end) &&
        !(i.number === null && m && findDates(text, i.start, i.end).some((d) => d.iso === m.date?.iso && d.end <= i.end)),
    );
    const numbered = candidates.filter((i) => i.number !== null && !inDecision(i));
    // An unnumbered heading above the list of those present is the page's furniture or the
    // document's title; one that is only people's names is a list's row.
    // A substitute ("Steve Vincent for Ben Brook" under an item "Nomination of Substitutes") is no such list.
    const firstPresent = Math.min(
      ...ruled.facts.filter((a) => a.status === "present" && !a.person.substituteFor && !/sentence/i.test(a.section)).map((a) => a.span.start),
      to,
    );
    // Only a list at the top, with no prose between: minutes that list those present at their end have their items above it.
    // A second copy of the header ("Minutes of … held via Zoom on …") is no prose.
    const proseBetween = (a: number, b: number) =>
      lines.some(
        (l) => l.start >= a && l.end <= b && /[.!?]$/.test(l.text) && l.text.split(/\s+/).length >= 5 && !/\b(?:minutes|meeting)\b.*\bheld\b/i.test(l.text),
      );
    const aboveList = (i: ItemFact) => firstPresent < Math.min(to, from + 3000) && i.start < firstPresent && !proseBetween(i.end, firstPresent);
    const headed = candidates.filter(
      (i) => !inDecision(i) && !covered(i) && !(i.number === null && (aboveList(i) || namesOnly(text, i) || titleOfDocument(i.title))),
    );
    for (const i of candidates.filter((c) => c.number !== null && inDecision(c))) {
      skippedItems.push({
        section: "agenda items",
        start: i.start,
        end: i.end,
        text: text.slice(i.start, i.end),
        why: "a numbered line inside a resolution: read as part of it, not as an item",
      });
    }
    // Pages that number nothing (modern.gov lists, key-decision notes) title their items instead.
    let items = numbered.length >= 2 ? numbered : headed.length > numbered.length ? headed : numbered;
    if (!items.length && m?.titleItem) items = [{ number: null, title: text.slice(m.titleItem.start, m.titleItem.end), ...m.titleItem, confidence: 0.8 }];
    // Headings no rule read that the learned model finds, where the meeting has an agenda at all.
    const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
    const learned =
      itemModel && !(m && !m.hasAgenda)
        ? learnedHeadings(lines, from, to, itemProbability, ITEM_LINE_THRESHOLD).filter(
            (i) =>
              !items.some((x) => overlaps(x, i)) &&
              !candidates.some((x) => overlaps(x, i) && !items.includes(x)) &&
              !inDecision(i) &&
              !covered(i) &&
              !meetings.some((x) => overlaps(x.header, i)) &&
              !aboveList(i) &&
              !namesOnly(text, i) &&
              !titleOfDocument(i.title),
          )
        : [];
    // The model's probability of each heading it added, by where the heading starts.
    const learnedAt = new Map(learned.map((i) => [i.start, i.confidence]));
    items = [...items, ...learned.map((i) => ({ ...i, confidence: LEARNED_ITEM_CONFIDENCE }))].sort((a, b) => a.start - b.start);
    const itemIds: { id: string; start: number }[] = [];
    const meetingSlug = (meetingId ?? docId).split(":")[1]!;
    for (const it of items) {
      allItems.push(it);
      const id = ids.allocate(`item:${meetingSlug}-${slug(it.number ?? it.title, 40)}`, `item ${meetingSlug} at ${it.start}`);
      itemIds.push({ id, start: it.start });
      add({ id, type: "AgendaItem", ...(it.number ? { number: it.number } : {}), title: it.title, cite: cite(it) } as EntitySpec);
      if (meetingId) relate({ type: "HAS_ITEM", from: meetingId, to: id, cite: cite(it) } as RelationshipSpec);
      const p = learnedAt.get(it.start);
      mark(
        id,
        it.confidence,
        p !== undefined ? `${LEARNED_ITEM_REASON} (p ${p.toFixed(2)})` : it.number ? "numbered heading" : "unnumbered heading: a short line standing alone",
      );
    }

    for (const p of presenters(text, from, to)) {
      const item = itemIds.filter((i) => i.start <= p.span.start).at(-1);
      if (!item) continue;
      const pid = personId({ person: p.person, span: p.name });
      relate({ type: "PRESENTED", from: pid, to: item.id, cite: cite(p.span) } as RelationshipSpec);
      mark(`${pid} presented ${item.id}`, 0.8, "named speaking to the item");
    }

    for (const d of foundDecisions) {
      allDecisions.push(d);
      const item = itemIds.filter((i) => i.start <= d.start).at(-1) ?? null;
      const id =
        d.kind === "resolution"
          ? ids.allocate(`resolution:${meetingSlug}-${++resolutionN}`, `resolution at ${d.start}`)
          : ids.allocate(`action:${meetingSlug}-${++actionN}`, `action at ${d.start}`);
      if (d.kind === "resolution") add({ id, type: "Resolution", text: d.text, outcome: d.outcome, cite: cite(d) } as EntitySpec);
      else add({ id, type: "Action", text: d.text, ...(d.ownerText ? { ownerText: d.ownerText } : {}), cite: cite(d) } as EntitySpec);
      if (item) relate({ type: d.kind === "resolution" ? "HAS_RESOLUTION" : "HAS_ACTION", from: item.id, to: id, cite: cite(d) } as RelationshipSpec);
      const owner = d.ownerText ? initials.get(d.ownerText) || people.get(nameKey(d.ownerText)) : undefined;
      if (owner && d.kind === "action") relate({ type: "ASSIGNED_TO", from: id, to: owner, cite: cite(d) } as RelationshipSpec);
      mark(id, d.confidence, `${d.kind} found by the rule "${d.rule}"`);
    }
  }

  const author: PresenterFact | null = signedOff(text);
  if (author)
    relate({
      type: "AUTHORED",
      from: personId({ person: author.person, span: author.name }),
      to: docId,
      note: "completed and signed off",
      cite: cite(author.span),
    } as RelationshipSpec);

  // The document's title is its first line that says something: not a page number ("16") or a mark.
  const first = lines.find((l) => l.text.replace(/[^\p{L}]/gu, "").length >= 3) ?? lines.find((l) => l.text.length >= 3);
  const hasMinutes = allAttendance.length > 0 || /\bminutes\b/i.test(text.slice(0, 400));
  const draft: Extraction["draft"] = {
    document: {
      id: docId,
      title: first?.text.slice(0, 200) || path.basename(opts.file),
      kind: /key\s+(?:actions\s+and\s+)?(?:decisions|messages)/i.test(text.slice(0, 2000)) ? "key-decisions" : hasMinutes ? "minutes" : "report",
      file: `sources/${path.basename(opts.file)}`,
      cite: first ? cite({ start: first.at, end: first.end }) : path.basename(opts.file),
      ...(meetings[0]?.date ? { date: meetings[0].date.iso } : {}),
    },
    entities: [...entities.values()],
    relationships: rels,
    ...(review.length ? { review } : {}),
  } as Extraction["draft"];

  const count = (pred: (id: string) => boolean) => review.filter((r) => pred(r.fact)).length;
  const sections: SectionReport[] = [
    {
      section: "metadata",
      found: meetings.length,
      toReview: count((f) => f.startsWith("meeting:")),
      skipped: [],
      note: meetings.length ? null : "no meeting date found in a header, a 'Minutes of the meeting held on …' line or a 'Meeting date' label",
    },
    {
      section: "attendance",
      found: allAttendance.length,
      toReview: count((f) => f.startsWith("person:")),
      skipped,
      note: allAttendance.length ? null : "no attendance list (Present, Apologies, In attendance, …) found: none recorded",
    },
    {
      section: "agenda items",
      found: allItems.length,
      toReview: count((f) => f.startsWith("item:")),
      skipped: skippedItems,
      note: allItems.length ? null : "no numbered or titled item headings found",
    },
    {
      section: "decisions",
      found: allDecisions.filter((d) => d.kind === "resolution").length,
      toReview: count((f) => f.startsWith("resolution:")),
      skipped: [],
      note: allDecisions.some((d) => d.kind === "resolution")
        ? null
        : "no RESOLVED or Decision: blocks, and no sentence of the forms 'It was agreed …', 'The Board approved/noted/endorsed …', 'That … be approved', '… agreed as a correct record'",
    },
    {
      section: "actions",
      found: allDecisions.filter((d) => d.kind === "action").length,
      toReview: count((f) => f.startsWith("action:")),
      skipped: [],
      note: allDecisions.some((d) => d.kind === "action") ? null : "no ACTION: lines, action-log rows or '<owner> to <do>' sentences",
    },
  ];
  return {
    draft,
    unresolved: skipped,
    sections,
    review,
    confidence,
    summary: {
      meetings: meetings.length,
      people: newPeople,
      organisations: 0,
      attendance: allAttendance.length,
      agendaItems: allItems.length,
      resolutions: allDecisions.filter((d) => d.kind === "resolution").length,
      actions: allDecisions.filter((d) => d.kind === "action").length,
      unresolved: skipped.length,
    },
  };
}
