import { citationsOf, type EntityRow, type LinkRow } from "../../neo4j/rows.js";
export { CITATION_PROPS } from "../../neo4j/rows.js";

/**
 * An object the API builds around one relationship (Attendance, Position, Relation…), declared
 * once: the field that holds the entity asking (`self`, absent for Relation), the field that holds
 * the other end (`other`), and the fields copied from relationship properties (`rel`: field → property).
 * The shape of each value and the planner's list of what a selection reads both come from here.
 */
export interface Wrapper {
  self?: string;
  other: string;
  rel: Readonly<Record<string, string>>;
}

/** Fields every wrapper has: the relationship's type and direction, and its citations. */
export const LINK_FIELDS = ["type", "direction"] as const;

export function wrap(wrapper: Wrapper, self: EntityRow, link: LinkRow): Record<string, unknown> {
  const value: Record<string, unknown> = { type: link.type, direction: link.direction, [wrapper.other]: link.node, sources: citationsOf(link.rel) };
  if (wrapper.self) value[wrapper.self] = self;
  for (const field in wrapper.rel) value[field] = link.rel[wrapper.rel[field]!] ?? null;
  return value;
}

const ATTENDANCE_REL = { status: "status", role: "role", capacity: "capacity", representing: "representing", representingText: "representingText" };

/** ATTENDED seen from the meeting and from the person. `representing` holds the organisation's id. */
export const ATTENDANCE_FROM_MEETING: Wrapper = { self: "meeting", other: "person", rel: ATTENDANCE_REL };
export const ATTENDANCE_FROM_PERSON: Wrapper = { self: "person", other: "meeting", rel: ATTENDANCE_REL };

const AFFILIATION_REL = { role: "role", asOf: "asOf" };
export const AFFILIATION_FROM_PERSON: Wrapper = { self: "person", other: "organisation", rel: AFFILIATION_REL };
export const AFFILIATION_FROM_ORGANISATION: Wrapper = { self: "organisation", other: "person", rel: AFFILIATION_REL };

const POSITION_REL = { position: "position", since: "since", recordedOn: "recordedOn", until: "until", term: "term", note: "note" };
export const POSITION_FROM_PERSON: Wrapper = { self: "person", other: "of", rel: POSITION_REL };
export const POSITION_FROM_HOLDER: Wrapper = { self: "of", other: "person", rel: POSITION_REL };

export const POSSIBLE_IDENTITY: Wrapper = { self: "person", other: "other", rel: { evidence: "evidence" } };

export const SEAT_IN_TERMS: Wrapper = { self: "terms", other: "seat", rel: { basis: "basis", note: "note" } };
export const RULE_IN_TERMS: Wrapper = { self: "terms", other: "rule", rel: { basis: "basis", note: "note" } };

/** Any relationship seen from one end: the other end as `node`. */
export const RELATION: Wrapper = { other: "node", rel: { date: "date", dateText: "dateText", note: "note" } };
