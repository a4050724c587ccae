import { ATTENDING_STATUSES, ruleSpecSchema, type RuleSpec } from "../dataset/format.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway, RoundTripCounter } from "../neo4j/gateway.js";
import type { EntityRow, RelRow } from "../neo4j/rows.js";

const MEMBERSHIP_CONTEXT = cypher("queries/membership-context");
const MEMBERSHIP_CONTEXT_SINCE = cypher("queries/membership-context-since");
const MEETING_CONTEXT_SINCE = cypher("queries/meeting-context-since");

/** What the membership analyses read about one partnership (cypher/fragments/partnership-context.cypher). */
export interface MembershipContext {
  partnership: EntityRow;
  bodies: EntityRow[];
  terms: TermsVersion[];
  founders: Set<string>;
  positions: { person: EntityRow; heldIn: string; rel: RelRow }[];
  /** Positions a meeting's record says were present, unnamed (POSITION_PRESENT). */
  positionsPresent: { meetingId: string; heldIn: string; rel: RelRow }[];
  attendance: AttendanceRecord[];
  /** Every meeting of the partnership's bodies, whether or not its attendance is recorded. */
  meetings: { meeting: EntityRow; bodyId: string }[];
  /** Stated affiliations, plus the organisation each attendance says a person represented. */
  affiliations: Affiliation[];
  partners: { entity: EntityRow; bodyId: string; rel: RelRow }[];
  /** Organisations, in part (partSent), by id: those represented at meetings, where an attendance record's `representing` is looked up, and those of stated affiliations. */
  organisations: Map<string, EntityRow>;
}

export interface TermsVersion {
  terms: EntityRow;
  bodyId: string;
  seats: { seat: EntityRow; rel: RelRow; sector: EntityRow | null; organisationId: string | null; organisationKind: string | null }[];
  rules: { rule: EntityRow; spec: RuleSpec; rel: RelRow }[];
}

/**
 * Of a relationship's citations, the document and offset of the first: all the analyses read of
 * them (the last tie-break between two pieces of evidence: order.ts). A report that returns the
 * evidence fetches its citations by its RelationshipRef.
 */
interface FirstCited {
  citeDoc0?: string;
  citeStart0?: number;
}

/** What the analyses read of an ATTENDED relationship: the statement sends nothing else of it. */
export interface AttendanceRel extends FirstCited {
  status?: string;
  representing?: string;
  capacity?: string;
}

/** What the analyses read of an AFFILIATED_WITH relationship: the statement sends nothing else of it. */
export interface AffiliationRel extends FirstCited {
  role?: string;
  asOf?: string;
}

export interface AttendanceRecord {
  meeting: EntityRow;
  bodyId: string;
  /**
   * The person in part: id, name, honorific and labels, all the analyses read (partSent); the API
   * loads the whole entity where a report returns it and its selection reads more (whole-row.ts).
   */
  person: EntityRow;
  rel: AttendanceRel;
}

export interface Affiliation {
  personId: string;
  /**
   * The organisation in part: id, name, kind and labels, all the analyses read (partSent);
   * the API loads the whole entity where a report returns it and its selection reads more
   * (graphql/common/whole-row.ts).
   */
  organisation: EntityRow;
  role: string | null;
  /** The date of the document or meeting that states it. */
  asOf: string | null;
  /** The stated affiliation, or the attendance record that says whom the person represented. */
  rel: AffiliationRel | AttendanceRel;
  /** Which relationship that is, to fetch its citations by. */
  ref: RelationshipRef;
}

/**
 * A relationship the context holds in part: its type, its ends, and what was sent of it, which
 * tells it from any other of its type between the same ends (a second role at one organisation).
 */
export interface RelationshipRef {
  type: "AFFILIATED_WITH" | "ATTENDED";
  from: string;
  to: string;
  sent: AffiliationRel | AttendanceRel;
}

/** Whether a relationship, whole (of the ref's type, between its ends), is the one the ref names. */
export function isReferenced(ref: RelationshipRef, whole: RelRow): boolean {
  const names = ref.type === "ATTENDED" ? ATTENDANCE_REL : AFFILIATION_REL;
  const held = ref.sent as Record<string, unknown>;
  const projected = sentOf(names, whole);
  return names.every((n) => held[n] === projected[n]);
}

/** An attendance record as the statement sends it: values in this order, not a map (see its header). */
type AttendanceValues = [
  meetingPlace: number,
  personId: string,
  status: string | null,
  representing: string | null,
  capacity: string | null,
  ...firstCitation: FirstCitationValues,
];
/** Entities of one set of labels, as the statement sends them: the labels once, then each entity's values. */
type Grouped<V> = [labels: string[], entities: V[]];
/** A person as the statement sends it: in part (PERSON_PART, less labels), with their stated affiliations. */
type PersonValues = [...person: PartValues, affiliations: StatedValues[]];
/** A stated affiliation: its organisation's id (sent once in `organisations`), then the relationship's values. */
type StatedValues = [organisationId: string, role: string | null, asOf: string | null, ...firstCitation: FirstCitationValues];
/** An entity in part: id and two properties (PERSON_PART, ORGANISATION_PART); its labels are its group's. */
type PartValues = [id: string, first: unknown, second: unknown];
type FirstCitationValues = [citeDoc0: string | null, citeStart0: number | null];

/** The short lists and the entities sent whole: the columns of the statement's `head` part. */
interface Head {
  partnership: EntityRow;
  bodies: EntityRow[];
  terms: (Omit<TermsVersion, "rules"> & { rules: { rule: EntityRow; rel: RelRow }[] })[];
  founders: string[];
  positions: MembershipContext["positions"];
  positionsPresent: MembershipContext["positionsPresent"];
  meetings: { meeting: EntityRow; bodyId: string }[];
  partners: MembershipContext["partners"];
}
/** A part of the context as the statements send it, a row each (fragments/partnership-context.cypher, at its end). */
type Part = ["head", Head] | ["attendance", AttendanceValues[]] | ["people", Grouped<PersonValues>] | ["organisations", Grouped<PartValues>];
/** The first row of meeting-context-since.cypher. */
type MeetingPart = ["meeting", { meeting: EntityRow; bodyId: string; partnershipId: string | null }];

/**
 * A relationship's properties from the values sent, the first at `from`, as properties() would
 * give them: a property the relationship does not have is absent, not null. (A loop over indexes,
 * not slices and spreads: it runs for every one of thousands of records a cold context holds.)
 */
function propertiesOf<T extends object>(names: readonly (keyof T & string)[], values: readonly unknown[], from = 0): T {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) {
    const value = values[from + i];
    if (value !== null && value !== undefined) out[names[i]!] = value;
  }
  return out as T;
}

const FIRST_CITED = ["citeDoc0", "citeStart0"] as const;
const ATTENDANCE_REL = ["status", "representing", "capacity", ...FIRST_CITED] as const;
const AFFILIATION_REL = ["role", "asOf", ...FIRST_CITED] as const;

/** What the statement sends of a relationship, from the whole relationship: the first citation as citeDoc[0], citeStart[0]. */
function sentOf(names: readonly string[], whole: RelRow): Record<string, unknown> {
  return propertiesOf<Record<string, unknown>>(
    names,
    names.map((n) => (n === "citeDoc0" ? whole.citeDoc?.[0] : n === "citeStart0" ? whole.citeStart?.[0] : whole[n])),
  );
}

/** What the analyses read of the people recorded and of organisations: all the statement sends of them, their labels once a group. */
const PERSON_PART = ["id", "name", "honorific", "labels"] as const;
const ORGANISATION_PART = ["id", "name", "kind", "labels"] as const;
/** Of a part, the properties sent as each entity's values (PartValues): all but its labels. */
const valuesOf = (part: readonly string[]) => part.slice(0, -1);

/** Statuses of someone who was there (vocabulary.ts: every status but apologies). */
export const PRESENT = new Set<string>(ATTENDING_STATUSES);

/**
 * Marks an entity row the context holds in part, with the properties sent of it: a symbol and not
 * enumerable, so that no copy, walk or answer of the row sees it (a spread copy is whole again, as
 * it would be out of a WeakMap). A WeakMap beside the rows cost twice as much to fill: 0.8 of
 * the 2 ms of building a cold context at 1M, 1,788 rows.
 */
const SENT = Symbol("sent");

/** The properties sent of a row held in part; undefined for a whole row. */
export const partSent = (row: EntityRow): readonly string[] | undefined => (row as { [SENT]?: readonly string[] })[SENT];

/** Each entity of the groups sent, in part (`names`), by id. A property the node lacks comes as null; the whole row would not have it at all. */
function partialRows<V extends readonly [...PartValues, ...unknown[]]>(
  names: readonly string[],
  groups: Grouped<V>[],
  each?: (row: EntityRow, values: V) => void,
): Map<string, EntityRow> {
  const sent = valuesOf(names) as (keyof EntityRow & string)[];
  const out = new Map<string, EntityRow>();
  for (const [labels, entities] of groups)
    for (const values of entities) {
      const row = propertiesOf<EntityRow>(sent, values);
      row.labels = labels;
      Object.defineProperty(row, SENT, { value: names });
      out.set(row.id, row);
      each?.(row, values);
    }
  return out;
}

export class RuleDataError extends Error {
  override name = "RuleDataError";
}

export async function loadMembershipContext(gateway: Neo4jGateway, partnershipId: string, counter?: RoundTripCounter): Promise<MembershipContext | null> {
  const rows = await gateway.read(MEMBERSHIP_CONTEXT, { partnership: partnershipId }, counter);
  return rows.length ? contextOf(rows.map((r) => r.part as Part)) : null;
}

/** The versions of the contexts a caller holds, by partnership id: what it need not be sent again. */
export type HeldVersions = Record<string, string>;

/** The graph's version, and the context where the caller does not hold it at that version. */
export interface SinceHeld {
  version: string;
  /** Undefined where the caller holds the context at `version` (not sent); null where no partnership has the id. */
  context: MembershipContext | null | undefined;
}

/** One partnership's context unless held at the graph's version, with that version: one round trip (membership-context-since.cypher). */
export async function loadContextSince(gateway: Neo4jGateway, partnershipId: string, known: HeldVersions, counter?: RoundTripCounter): Promise<SinceHeld> {
  const rows = await gateway.read(MEMBERSHIP_CONTEXT_SINCE, { partnership: partnershipId, known }, counter);
  // One row, its part null, where the context is not sent.
  const parts = rows.map((r) => r.part as Part | null).filter((part) => part !== null);
  return sinceHeld(String(rows[0]!.version), parts, known[partnershipId]);
}

/** A meeting, its body and partnership, with the version and the partnership's context unless held at it (meeting-context-since.cypher); null for no such meeting. */
export async function loadMeetingSince(
  gateway: Neo4jGateway,
  meetingId: string,
  known: HeldVersions,
  counter?: RoundTripCounter,
): Promise<(SinceHeld & { meeting: EntityRow; bodyId: string; partnershipId: string | null }) | null> {
  const [first, ...rest] = await gateway.read(MEETING_CONTEXT_SINCE, { id: meetingId, known }, counter);
  if (!first) return null;
  const [, found] = first.part as MeetingPart;
  const held = found.partnershipId === null ? undefined : known[found.partnershipId];
  const parts = rest.map((r) => r.part as Part);
  return { ...found, ...sinceHeld(String(first.version), parts, held) };
}

/** The context from the parts sent; none where not sent (the version is the one held) or where there is no partnership. */
function sinceHeld(version: string, parts: Part[], held: string | undefined): SinceHeld {
  if (parts.length) return { version, context: contextOf(parts) };
  return { version, context: version === held ? undefined : null };
}

/** The context from the parts the statements send (fragments/partnership-context.cypher), in any order. */
function contextOf(parts: Part[]): MembershipContext {
  let head: Head | undefined;
  const sent = { attendance: [] as AttendanceValues[], people: [] as Grouped<PersonValues>[], organisations: [] as Grouped<PartValues>[] };
  for (const part of parts) {
    if (part[0] === "head") head = part[1];
    else if (part[0] === "attendance") sent.attendance.push(...part[1]);
    else if (part[0] === "people") sent.people.push(part[1]);
    else sent.organisations.push(part[1]);
  }
  if (!head) throw new Error("The context statement sent no head part");
  // Organisations once each, however many affiliations and attendance records name them.
  const named = partialRows(ORGANISATION_PART, sent.organisations);
  const meetingRows = head.meetings;
  const affiliations: Affiliation[] = [];
  const people = partialRows(PERSON_PART, sent.people, (person, [, , , stated]) => {
    for (const values of stated) {
      const orgId = values[0];
      const rel = propertiesOf<AffiliationRel>(AFFILIATION_REL, values, 1);
      const ref = { type: "AFFILIATED_WITH" as const, from: person.id, to: orgId, sent: rel };
      affiliations.push({ personId: person.id, organisation: named.get(orgId)!, role: rel.role ?? null, asOf: rel.asOf ?? null, rel, ref });
    }
  });
  const attendance: AttendanceRecord[] = sent.attendance.map((values) => ({
    meeting: meetingRows[values[0]]!.meeting,
    bodyId: meetingRows[values[0]]!.bodyId,
    person: people.get(values[1])!,
    rel: propertiesOf<AttendanceRel>(ATTENDANCE_REL, values, 2),
  }));
  // What a record says was represented is an Organisation (as the statement matched it), not just any entity an affiliation names.
  const organisations = new Map([...named].filter(([, o]) => o.labels.includes("Organisation")));
  const meetings = [...new Map(meetingRows.map((m) => [m.meeting.id, m])).values()];
  // Representing an organisation at a meeting is evidence of affiliation on that day.
  for (const a of attendance) {
    const org = a.rel.representing ? organisations.get(a.rel.representing) : undefined;
    if (org)
      affiliations.push({
        personId: a.person.id,
        organisation: org,
        role: a.rel.capacity ?? null,
        asOf: (a.meeting.date as string | undefined) ?? null,
        rel: a.rel,
        ref: { type: "ATTENDED", from: a.person.id, to: a.meeting.id, sent: a.rel },
      });
  }
  const terms = head.terms.map((t) => ({
    ...t,
    rules: t.rules.map((r) => {
      const parsed = ruleSpecSchema.safeParse(JSON.parse(String(r.rule.spec)));
      if (!parsed.success) throw new RuleDataError(`Rule ${r.rule.id} has an invalid spec: ${parsed.error.issues[0]?.message}`);
      return { rule: r.rule, spec: parsed.data, rel: r.rel };
    }),
  }));
  return {
    partnership: head.partnership,
    bodies: head.bodies,
    terms,
    founders: new Set(head.founders),
    positions: head.positions,
    positionsPresent: head.positionsPresent,
    attendance,
    meetings,
    affiliations,
    partners: head.partners,
    organisations,
  };
}

/** A context's affiliations by person and attendance by meeting and by person, each list in the context's order. */
export interface ContextIndex {
  affiliationsOf(personId: string): readonly Affiliation[];
  attendanceAt(meetingId: string): readonly AttendanceRecord[];
  attendanceOf(personId: string): readonly AttendanceRecord[];
}

const INDEXES = new WeakMap<MembershipContext, ContextIndex>();
const NONE: readonly never[] = Object.freeze([]);

/**
 * The context's index, built on first use and kept beside it: the analyses look up a person's
 * affiliations for every seat and meeting, and a meeting's attendance for every meeting, and
 * filtering the whole lists each time was most of their cost (1,400 affiliations, 500 records at
 * 1M). Kept aside, not in the context, so that a context built by hand (the tests) is indexed
 * alike; a context is never changed once built (it is shared through the cache), so the index
 * cannot go stale.
 */
export function indexOf(ctx: MembershipContext): ContextIndex {
  let index = INDEXES.get(ctx);
  if (!index) {
    const group = <T>(items: readonly T[], key: (item: T) => string) => {
      const out = new Map<string, T[]>();
      for (const item of items) {
        const k = key(item);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    };
    const byPerson = group(ctx.affiliations, (a) => a.personId);
    const atMeeting = group(ctx.attendance, (a) => a.meeting.id);
    const ofPerson = group(ctx.attendance, (a) => a.person.id);
    index = {
      affiliationsOf: (id) => byPerson.get(id) ?? NONE,
      attendanceAt: (id) => atMeeting.get(id) ?? NONE,
      attendanceOf: (id) => ofPerson.get(id) ?? NONE,
    };
    INDEXES.set(ctx, index);
  }
  return index;
}

/** The date the terms start to apply: approval or effect for approved terms, the meeting presented to for proposed ones. */
export function termsDate(t: EntityRow): string | null {
  return ((t.effectiveFrom ?? t.approved ?? t.presentedFor) as string | undefined) ?? null;
}

/** The version of the terms that applies on a day: the latest whose date is on or before it. */
export function termsOn(ctx: MembershipContext, day: string, bodyId?: string): TermsVersion | null {
  const candidates = ctx.terms
    .filter((t) => (!bodyId || t.bodyId === bodyId) && termsDate(t.terms) !== null && termsDate(t.terms)! <= day)
    // Two versions of one date (two bodies' terms, asked without a body) are told apart by id, not left to the store.
    .sort((a, b) => termsDate(b.terms)!.localeCompare(termsDate(a.terms)!) || a.terms.id.localeCompare(b.terms.id));
  return candidates[0] ?? null;
}

/** Whole months between two ISO days, in either direction (for evidence windows). */
export function monthsApart(a: string, b: string): number {
  const [ya, ma, da] = a.split("-").map(Number) as [number, number, number];
  const [yb, mb, db] = b.split("-").map(Number) as [number, number, number];
  return Math.abs((ya - yb) * 12 + (ma - mb) + (da - db) / 31);
}

export function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
