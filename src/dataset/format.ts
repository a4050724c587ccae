import { z } from "zod";
import {
  ATTENDANCE_STATUSES,
  BASES,
  BODY_KINDS,
  COUNTABLE_STATUSES,
  DOCUMENT_KINDS,
  LEVELS,
  LINEAGE_TYPES,
  MEETING_KINDS,
  MEETING_STATUSES,
  ORGANISATION_KINDS,
  PLAIN_RELATIONSHIP_TYPES,
  PRIORITY_KINDS,
  RULE_KINDS,
  STRATEGY_KINDS,
} from "./vocabulary.js";

export * from "./vocabulary.js";

/**
 * The data-file format: one YAML file per source document under data/, holding the document's
 * metadata, the entities it names and the relationships it states, each with the quotes that prove
 * it. The same format is what the extractor drafts (src/ingest) and what `npm run ingest` loads.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const id = (prefix?: string) =>
  z
    .string()
    .regex(
      prefix ? new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`) : /^[a-z]+:[a-z0-9][a-z0-9-]*$/,
      prefix ? `must be an id like ${prefix}:some-name (lower case, digits, hyphens)` : "must be an id like kind:some-name",
    );

/**
 * A quote that must occur in the document. By default its first occurrence is cited; `after` picks
 * the first occurrence following that text, `occurrence` the n-th (1-based) for repeated rows.
 */
export const citeSchema = z.union([
  z.string().min(3, "a quote needs at least 3 characters"),
  z
    .object({
      quote: z.string().min(3, "a quote needs at least 3 characters"),
      after: z.string().min(1).optional(),
      occurrence: z.number().int().positive().optional(),
    })
    .strict(),
]);
const cites = z.union([citeSchema, z.array(citeSchema).min(1, "needs at least one quote")]);
export type CiteSpec = z.infer<typeof citeSchema>;

const documentSchema = z
  .object({
    id: id("doc"),
    title: z.string().min(1),
    issuingBody: z.string().min(1).optional(),
    date: isoDate.optional(),
    kind: z.enum(DOCUMENT_KINDS),
    file: z.string().regex(/^sources\/[^/]+\.(txt|md)$/, "must be a file under sources/, e.g. sources/minutes.txt"),
    cite: cites,
  })
  .strict();

const aliases = z.array(z.string().min(1)).default([]);

const base = { id: z.string(), cite: cites };

/** Which attendees a rule counts: each given condition must hold. */
const attendeeMatch = z
  .object({
    founder: z.boolean().optional(),
    organisationKinds: z.array(z.enum(ORGANISATION_KINDS)).optional(),
    roles: z.array(z.string().min(1)).optional(),
    notCountedAbove: z.boolean().optional(),
  })
  .strict();

/**
 * The rules of terms of reference, as data. Evaluated by src/membership without code per partnership:
 * another partnership's terms work by writing their rules in these forms.
 */
export const ruleSpecSchema = z.discriminatedUnion("form", [
  z
    .object({ form: z.literal("share-of-seats"), share: z.number().gt(0).lte(1), countStatuses: z.array(z.enum(COUNTABLE_STATUSES)).default(["present"]) })
    .strict(),
  z
    .object({
      form: z.literal("position-holder"),
      positions: z.array(z.string().min(1)).min(1),
      min: z.number().int().positive().default(1),
      heldBeforeMeeting: z.boolean().default(true),
      countStatuses: z.array(z.enum(COUNTABLE_STATUSES)).default(["present"]),
    })
    .strict(),
  z
    .object({
      form: z.literal("count"),
      min: z.number().int().positive(),
      match: attendeeMatch.default({}),
      including: z.array(z.object({ label: z.string().min(1), min: z.number().int().positive(), match: attendeeMatch }).strict()).default([]),
      countStatuses: z.array(z.enum(COUNTABLE_STATUSES)).default(["present"]),
      evidenceWindowMonths: z.number().int().positive().default(12),
    })
    .strict(),
  z
    .object({
      form: z.literal("attendance-threshold"),
      threshold: z.number().gt(0).lte(1),
      windowMonths: z.number().int().positive(),
      meetingKinds: z.array(z.enum(MEETING_KINDS)).default(["formal-meeting", "virtual-meeting"]),
    })
    .strict(),
  z.object({ form: z.literal("position-rotation"), position: z.string().min(1), rotation: z.string().min(1), from: z.string().min(1) }).strict(),
]);
export type RuleSpec = z.infer<typeof ruleSpecSchema>;

export const entitySchema = z.discriminatedUnion("type", [
  z.object({ ...base, id: id("org"), type: z.literal("Organisation"), name: z.string().min(1), aliases, kind: z.enum(ORGANISATION_KINDS) }).strict(),
  z.object({ ...base, id: id("person"), type: z.literal("Person"), name: z.string().min(1), honorific: z.string().min(1).optional(), aliases }).strict(),
  z.object({ ...base, id: id("partnership"), type: z.literal("Partnership"), name: z.string().min(1), aliases, level: z.enum(LEVELS) }).strict(),
  z
    .object({ ...base, id: id("body"), type: z.literal("Body"), name: z.string().min(1), aliases, kind: z.enum(BODY_KINDS), level: z.enum(LEVELS).optional() })
    .strict(),
  z
    .object({
      ...base,
      id: id("meeting"),
      type: z.literal("Meeting"),
      title: z.string().min(1),
      date: isoDate.optional(),
      dateText: z.string().optional(),
      time: z.string().optional(),
      venue: z.string().optional(),
      kind: z.enum(MEETING_KINDS),
      status: z.enum(MEETING_STATUSES),
    })
    .strict(),
  z.object({ ...base, id: id("item"), type: z.literal("AgendaItem"), number: z.string().optional(), title: z.string().min(1) }).strict(),
  z.object({ ...base, id: id("resolution"), type: z.literal("Resolution"), text: z.string().min(1), outcome: z.string().min(1) }).strict(),
  z
    .object({ ...base, id: id("action"), type: z.literal("Action"), text: z.string().min(1), ownerText: z.string().optional(), due: z.string().optional() })
    .strict(),
  z
    .object({
      ...base,
      id: id("priority"),
      type: z.literal("Priority"),
      name: z.string().min(1),
      aliases,
      kind: z.enum(PRIORITY_KINDS),
    })
    .strict(),
  z.object({ ...base, id: id("strategy"), type: z.literal("Strategy"), name: z.string().min(1), aliases, kind: z.enum(STRATEGY_KINDS) }).strict(),
  z.object({ ...base, id: id("sector"), type: z.literal("Sector"), name: z.string().min(1), aliases }).strict(),
  z.object({ ...base, id: id("place"), type: z.literal("Place"), name: z.string().min(1), aliases, level: z.enum(LEVELS) }).strict(),
  z
    .object({
      ...base,
      id: id("tor"),
      type: z.literal("TermsOfReference"),
      title: z.string().min(1),
      version: z.string().min(1),
      status: z.enum(["approved", "proposed", "superseded"]),
      approved: isoDate.optional(),
      effectiveFrom: isoDate.optional(),
      presentedFor: isoDate.optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      id: id("seat"),
      type: z.literal("Seat"),
      ordinal: z.number().int().positive(),
      sectorText: z.string().min(1),
      organisationText: z.string().min(1),
      position: z.string().min(1),
      // Who can hold the seat, as data: a holder's stated role (or honorific) must contain one of
      // holderRoles (any role when empty); where the seat names no organisation, the holder's
      // organisation must be of one of holderOrganisationKinds.
      holderRoles: z.array(z.string().min(1)).default([]),
      holderOrganisationKinds: z.array(z.enum(ORGANISATION_KINDS)).default([]),
    })
    .strict(),
  z
    .object({
      ...base,
      id: id("rule"),
      type: z.literal("Rule"),
      kind: z.enum(RULE_KINDS),
      ordinal: z.number().int().positive(),
      text: z.string().min(1),
      spec: ruleSpecSchema,
    })
    .strict(),
]);
export type EntitySpec = z.infer<typeof entitySchema>;
export type EntityType = EntitySpec["type"];
export const ENTITY_TYPES = entitySchema.options.map((o) => o.shape.type.value) as EntityType[];

const relBase = { from: id(), to: id(), cite: cites, key: z.string().optional() };
const lineageProps = { date: isoDate.optional(), dateText: z.string().optional() };

/** Relationship types, each with the properties it may carry. */
export const relationshipSchema = z.discriminatedUnion("type", [
  z
    .object({
      ...relBase,
      type: z.literal("ATTENDED"),
      status: z.enum(ATTENDANCE_STATUSES),
      role: z.string().optional(),
      representing: id("org").optional(),
      representingText: z.string().optional(),
      capacity: z.string().optional(),
      // Whom a substitute stood in for, as the text names them ("Mr D Blacklock").
      substituteFor: z.string().optional(),
      // Part attendance: the items the text says the person was there for ("Items 1-6").
      items: z.string().optional(),
    })
    .strict(),
  z.object({ ...relBase, type: z.literal("AFFILIATED_WITH"), role: z.string().optional(), asOf: isoDate.optional() }).strict(),
  z
    .object({
      ...relBase,
      type: z.literal("HELD_POSITION"),
      position: z.string().min(1),
      // since: when the position began, only where a document says so; recordedOn: the date of a
      // record that names the person in it (a chair at a meeting), which says nothing of when it began.
      since: isoDate.optional(),
      recordedOn: isoDate.optional(),
      until: isoDate.optional(),
      term: z.string().optional(),
      // "inferred: …" where the documents name the position but not in so many words what it is of.
      note: z.string().optional(),
    })
    .strict(),
  z.object({ ...relBase, type: z.literal("POSSIBLY_SAME_AS"), evidence: z.string().min(1) }).strict(),
  // The record says the holder of a position was at the meeting without naming them ("The Chair
  // and Vice-Chair of the ICP introduced an item …"): evidence for a quorum clause, never a person.
  z.object({ ...relBase, type: z.literal("POSITION_PRESENT"), position: z.string().min(1), note: z.string().optional() }).strict(),
  // basis: "stated" when the terms list the seat; "inferred" when derived from what a later paper says
  // changed; "uncertain" when the documents cannot tell (reported as UNKNOWN, never guessed).
  z.object({ ...relBase, type: z.literal("HAS_SEAT"), basis: z.enum(BASES), note: z.string().optional() }).strict(),
  z.object({ ...relBase, type: z.literal("HAS_RULE"), basis: z.enum(BASES), note: z.string().optional() }).strict(),
  ...PLAIN_RELATIONSHIP_TYPES.map((t) => z.object({ ...relBase, type: z.literal(t), note: z.string().optional(), date: isoDate.optional() }).strict()),
  ...LINEAGE_TYPES.map((t) => z.object({ ...relBase, type: z.literal(t), ...lineageProps, note: z.string().optional() }).strict()),
]);
export type RelationshipSpec = z.infer<typeof relationshipSchema>;
export type RelationshipType = RelationshipSpec["type"];
export const RELATIONSHIP_TYPES = relationshipSchema.options.map((o) => o.shape.type.value) as RelationshipType[];
type Endpoint = EntityType | "SourceDocument";
const LINEAGE_SUBJECTS: Endpoint[] = ["Priority", "Strategy", "TermsOfReference", "Resolution", "Action"];
const PARTS: Endpoint[] = ["Body", "Organisation", "Partnership", "Place", "Priority", "Strategy"];

/**
 * Which kinds of entity each relationship type may join, from → to: the model's one statement of
 * it. The loader refuses any other pairing (an organisation ATTENDED a place, a person MEETING_OF
 * something), so traversals such as paths never walk an edge the model has no meaning for.
 */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, { from: readonly Endpoint[]; to: readonly Endpoint[] }> = {
  ATTENDED: { from: ["Person"], to: ["Meeting"] },
  AFFILIATED_WITH: { from: ["Person"], to: ["Organisation", "Partnership", "Body"] },
  HELD_POSITION: { from: ["Person"], to: ["Body", "Partnership", "Organisation"] },
  POSSIBLY_SAME_AS: { from: ["Person", "Organisation"], to: ["Person", "Organisation"] },
  POSITION_PRESENT: { from: ["Meeting"], to: ["Body", "Partnership"] },
  HAS_SEAT: { from: ["TermsOfReference"], to: ["Seat"] },
  HAS_RULE: { from: ["TermsOfReference"], to: ["Rule"] },
  BODY_OF: { from: ["Body"], to: ["Partnership"] },
  PART_OF: { from: PARTS, to: PARTS },
  REPORTS_TO: { from: ["Body", "Partnership"], to: ["Body", "Partnership"] },
  RECEIVES_UPDATES_FROM: { from: ["Body", "Partnership"], to: ["Body", "Partnership"] },
  SUCCEEDED_BY: {
    from: ["Body", "Partnership", "Organisation", "TermsOfReference", "Strategy"],
    to: ["Body", "Partnership", "Organisation", "TermsOfReference", "Strategy"],
  },
  FOUNDED_BY: { from: ["Body", "Partnership"], to: ["Organisation"] },
  MEMBER_OF: { from: ["Organisation", "Person", "Sector", "Body"], to: ["Body", "Partnership"] },
  COVERS: { from: ["Body", "Meeting", "Partnership", "Priority", "Organisation", "Strategy"], to: ["Place"] },
  MEETING_OF: { from: ["Meeting"], to: ["Body"] },
  RECORDS: { from: ["SourceDocument"], to: ["Meeting"] },
  HAS_ITEM: { from: ["Meeting"], to: ["AgendaItem"] },
  HAS_RESOLUTION: { from: ["AgendaItem", "Meeting"], to: ["Resolution"] },
  HAS_ACTION: { from: ["AgendaItem", "Meeting"], to: ["Action"] },
  ASSIGNED_TO: { from: ["Action"], to: ["Person", "Organisation", "Body"] },
  PRESENTED: { from: ["Person", "Organisation"], to: ["AgendaItem", "Meeting"] },
  IN_SECTOR: { from: ["Organisation", "Body", "Person"], to: ["Sector"] },
  GOVERNS: { from: ["TermsOfReference"], to: ["Body", "Partnership"] },
  SEAT_SECTOR: { from: ["Seat"], to: ["Sector"] },
  SEAT_ORGANISATION: { from: ["Seat"], to: ["Organisation", "Body"] },
  REVISES: { from: ["TermsOfReference", "Strategy"], to: ["TermsOfReference", "Strategy"] },
  SECTION_OF: { from: ["Strategy", "Priority"], to: ["Strategy"] },
  ISSUED_BY: { from: ["SourceDocument"], to: ["Body", "Organisation", "Partnership"] },
  FACILITATED: { from: ["Organisation", "Person", "Body"], to: ["Meeting"] },
  AUTHORED: { from: ["Person", "Body", "Organisation"], to: ["SourceDocument", "Strategy", "TermsOfReference"] },
  ESTABLISHED: { from: ["Body", "Partnership", "Organisation", "Resolution", "Meeting"], to: ["Body", "Partnership", "Priority", "Strategy"] },
  RAISED_AT: { from: LINEAGE_SUBJECTS, to: ["Meeting"] },
  REQUESTED_AT: { from: LINEAGE_SUBJECTS, to: ["Meeting"] },
  DISCUSSED_AT: { from: LINEAGE_SUBJECTS, to: ["Meeting"] },
  PROPOSED_FOR: { from: LINEAGE_SUBJECTS, to: ["Meeting", "Body"] },
  APPROVED_AT: { from: LINEAGE_SUBJECTS, to: ["Meeting"] },
  AGREED_AT: { from: LINEAGE_SUBJECTS, to: ["Meeting"] },
  ADOPTED_INTO: { from: ["Priority", "Strategy", "Resolution"], to: ["TermsOfReference", "Strategy", "Priority"] },
  FEEDS_INTO: { from: ["Priority", "Strategy"], to: ["Priority", "Strategy"] },
  PRESENTED_TO: { from: ["Organisation", "Partnership", "Strategy", "Priority", "TermsOfReference", "Person", "Body"], to: ["Meeting", "Body"] },
};

/** Why a pairing is not in the model, or null when it is. */
export function endpointProblem(type: RelationshipType, from: string, to: string): string | null {
  const allowed = RELATIONSHIP_ENDPOINTS[type];
  if (!allowed.from.includes(from as Endpoint))
    return `${type} cannot start at a ${from} (it joins ${allowed.from.join(" or ")} to ${allowed.to.join(" or ")})`;
  if (!allowed.to.includes(to as Endpoint)) return `${type} cannot end at a ${to} (it joins ${allowed.from.join(" or ")} to ${allowed.to.join(" or ")})`;
  return null;
}

/**
 * What an extractor's draft asks a reviewer to check: facts it was unsure of, by id (or
 * "<from> <status> at <meeting>" for attendance), with its confidence and the rule that found them.
 * Kept in the draft so nothing unsure is dropped or silently trusted; the loader does not store it.
 */
const reviewSchema = z.array(z.object({ fact: z.string().min(1), confidence: z.number().min(0).max(1), why: z.string().min(1) }).strict());

export const dataFileSchema = z
  .object({
    document: documentSchema,
    entities: z.array(entitySchema).default([]),
    relationships: z.array(relationshipSchema).default([]),
    review: reviewSchema.optional(),
  })
  .strict();
export type DataFile = z.infer<typeof dataFileSchema>;
