import { dateSortKey } from "../../dataset/date-text.js";
import { ATTENDANCE_DISPLAY_ORDER, type AttendanceStatus } from "../../dataset/vocabulary.js";
import type { GraphQLContext } from "../context.js";
import type { EntityRow, LinkRow } from "../../neo4j/rows.js";
import type { Wrapper } from "./wrappers.js";

export type Direction = "OUT" | "IN";

/** A GraphQL object or interface class (type-graphql takes abstract ones too). */
export type GraphQLClass = abstract new (...args: never[]) => unknown;
type ClassType = GraphQLClass;

/** One step from an entity: relationships of some types in one direction, optionally only to nodes with a label. */
export interface Hop {
  direction: Direction;
  types: readonly string[];
  label?: string;
}

/**
 * The order a field's answer is given in, and what it reads to sort: the planner fetches those
 * properties even when the query does not select them, so both resolution paths sort alike.
 */
export interface Order {
  compare: (a: LinkRow, b: LinkRow) => number;
  nodeProps: readonly string[];
  relProps: readonly string[];
}

interface Common {
  description: string;
  order?: Order;
}

/**
 * A relationship field, declared once. The field resolver (resolver-class.ts) and the prefetch
 * plan (prefetch/plan.ts) are both derived from this, so they cannot disagree.
 * - `nodes`: the entities at the other end (`one`: the first, or null);
 * - `wrapped`: objects around each relationship (Attendance, Position, Relation…), see wrappers.ts;
 * - `query`: a field answered by a statement of its own (a path longer than one hop), with a
 *   prefetch fragment of cypher/prefetch and a loader that give the same answer.
 */
export type RelationshipField =
  | (Common & { kind: "nodes"; returns: () => ClassType; hops: readonly Hop[]; one?: boolean; unique?: boolean })
  | (Common & { kind: "wrapped"; returns: () => ClassType; hops: readonly Hop[]; wrapper: Wrapper })
  | (Common & {
      kind: "query";
      returns: () => ClassType;
      label: string;
      fragment: string;
      load: (ctx: GraphQLContext, row: EntityRow) => Promise<EntityRow[]>;
    });

export const out = (type: string | readonly string[], label?: string): Hop => ({
  direction: "OUT",
  types: typeof type === "string" ? [type] : type,
  ...(label ? { label } : {}),
});
export const into = (type: string | readonly string[], label?: string): Hop => ({
  direction: "IN",
  types: typeof type === "string" ? [type] : type,
  ...(label ? { label } : {}),
});

type Options = { order?: Order; unique?: boolean };

/** The entities at the other end of one hop. */
export function nodes(returns: () => ClassType, hop: Hop, description: string, options: Options = {}): RelationshipField {
  return { kind: "nodes", returns, hops: [hop], description, ...options };
}

/** The first entity at the other end of one hop, or null. */
export function node(returns: () => ClassType, hop: Hop, description: string): RelationshipField {
  return { kind: "nodes", returns, hops: [hop], one: true, description };
}

/** One wrapper object per relationship, over one or more hops (their answers concatenated in order). */
export function wrapped(returns: () => ClassType, wrapper: Wrapper, hops: Hop | readonly Hop[], description: string, options: Options = {}): RelationshipField {
  return { kind: "wrapped", returns, wrapper, hops: "direction" in hops ? [hops] : hops, description, ...options };
}

// Orders. Each names what it reads.
const compareText = new Intl.Collator().compare;

/** Two entities by name (or title, or id), as the documents write them: for resolvers the declarations do not describe. */
export const byName = (a: EntityRow, b: EntityRow) => compareText(String(a.name ?? a.title ?? a.id), String(b.name ?? b.title ?? b.id));

/** By the other end's name (or title). */
export const BY_NAME: Order = { nodeProps: ["name", "title"], relProps: [], compare: (a, b) => byName(a.node, b.node) };

/** By the other end's day, undated last, then id. */
export const BY_DATE: Order = {
  nodeProps: ["date", "dateText"],
  relProps: [],
  compare: (a, b) =>
    compareText(dateSortKey(a.node.date as string, a.node.dateText as string), dateSortKey(b.node.date as string, b.node.dateText as string)) ||
    compareText(a.node.id, b.node.id),
};

/** By the relationship's own day (a step of a lineage), undated last. */
export const BY_STEP_DATE: Order = {
  nodeProps: [],
  relProps: ["date", "dateText"],
  compare: (a, b) => compareText(dateSortKey(a.rel.date as string, a.rel.dateText as string), dateSortKey(b.rel.date as string, b.rel.dateText as string)),
};

/** By the other end's table order (seats in terms of reference). */
export const BY_ORDINAL: Order = { nodeProps: ["ordinal"], relProps: [], compare: (a, b) => Number(a.node.ordinal) - Number(b.node.ordinal) };

/** Rules by kind, then their order within it. */
export const BY_KIND_THEN_ORDINAL: Order = {
  nodeProps: ["kind", "ordinal"],
  relProps: [],
  compare: (a, b) => String(a.node.kind).localeCompare(String(b.node.kind)) || Number(a.node.ordinal) - Number(b.node.ordinal),
};

/** Agenda items by their minuted number, then title. */
/** Where an entity's first quote stands in its document: the minuted order of things the record does not number. */
const firstOffset = (row: Record<string, unknown>) => (Array.isArray(row.citeStart) ? Number(row.citeStart[0] ?? Infinity) : Infinity);

export const BY_NUMBER: Order = {
  nodeProps: ["number", "citeStart", "title"],
  relProps: [],
  compare: (a, b) =>
    Number(a.node.number ?? Infinity) - Number(b.node.number ?? Infinity) ||
    firstOffset(a.node) - firstOffset(b.node) ||
    compareText(String(a.node.title), String(b.node.title)),
};

/** A meeting's attendance: members first, apologies last (vocabulary.ts), then by name. */
export const ATTENDANCE_ORDER: Order = {
  nodeProps: ["name"],
  relProps: ["status"],
  compare: (a, b) =>
    ATTENDANCE_DISPLAY_ORDER.indexOf(a.rel.status as AttendanceStatus) - ATTENDANCE_DISPLAY_ORDER.indexOf(b.rel.status as AttendanceStatus) ||
    compareText(String(a.node.name), String(b.node.name)),
};

export { compareText };
