import type { Direction } from "../loaders.js";

/** The citation columns a `sources` field reads. */
export const CITATION_PROPS = ["citeDoc", "citeQuote", "citeStart", "citeEnd"] as const;

/**
 * A relationship field that can be fetched inside its parent's statement. Each entry states
 * exactly what the field's resolver asks the loaders for, so a prefetched answer is the answer
 * the resolver would have had:
 * - `links`: `links(ctx, row, direction, ...types)`, or with `label` `linked(…, label)`;
 * - `partnershipMeetings`: the partnershipMeetings loader.
 * `sortProps` are node properties the resolver reads to sort, fetched even when not selected.
 * `through`: the field returns wrapper objects (Attendance…) around the relationship; the node is
 * the wrapper's field of that name, and `relFields` says which relationship properties each
 * wrapper field reads (a wrapper field not listed makes the whole relationship fetched).
 */
export type Hop =
  | {
      kind: "links";
      direction: Direction;
      types: string[];
      label?: string;
      sortProps?: string[];
      through?: string;
      relFields?: Record<string, readonly string[]>;
      relSortProps?: string[];
    }
  | { kind: "partnershipMeetings" };

const ATTENDANCE_REL: Record<string, readonly string[]> = {
  person: [],
  meeting: [],
  status: ["status"],
  role: ["role"],
  capacity: ["capacity"],
  representing: ["representing"],
  representingText: ["representingText"],
  sources: CITATION_PROPS,
};

const BY_NAME = ["name", "title"];

/** Relationship fields by GraphQL type and field name. A field not listed resolves through the loaders. */
export const HOPS: Record<string, Record<string, Hop>> = {
  Partnership: {
    meetings: { kind: "partnershipMeetings" },
    bodies: { kind: "links", direction: "IN", types: ["BODY_OF"], sortProps: BY_NAME },
    places: { kind: "links", direction: "OUT", types: ["COVERS"], label: "Place" },
  },
  Body: {
    meetings: { kind: "links", direction: "IN", types: ["MEETING_OF"], sortProps: ["date"] },
  },
  Meeting: {
    body: { kind: "links", direction: "OUT", types: ["MEETING_OF"], label: "Body" },
    attendance: { kind: "links", direction: "IN", types: ["ATTENDED"], through: "person", relFields: ATTENDANCE_REL, sortProps: ["name"], relSortProps: ["status"] },
    agendaItems: { kind: "links", direction: "OUT", types: ["HAS_ITEM"], sortProps: ["number", "title"] },
    places: { kind: "links", direction: "OUT", types: ["COVERS"], label: "Place" },
  },
  AgendaItem: {
    resolutions: { kind: "links", direction: "OUT", types: ["HAS_RESOLUTION"] },
    actions: { kind: "links", direction: "OUT", types: ["HAS_ACTION"] },
    presenters: { kind: "links", direction: "IN", types: ["PRESENTED"] },
  },
  Person: {
    organisations: { kind: "links", direction: "OUT", types: ["AFFILIATED_WITH"], label: "Organisation", sortProps: BY_NAME },
    attendance: { kind: "links", direction: "OUT", types: ["ATTENDED"], through: "meeting", relFields: ATTENDANCE_REL, sortProps: ["date"] },
  },
};

/** The key under which a row keeps a prefetched relationship field, as fields.ts asks for it. */
export function hopKey(direction: Direction, types: readonly string[], label?: string): string {
  return `${direction}|${[...types].sort().join(",")}${label ? `|${label}` : ""}`;
}

export const PARTNERSHIP_MEETINGS_KEY = "partnershipMeetings";
