import type { EntityRow } from "../neo4j/rows.js";
import { monthsApart, type Affiliation, type MembershipContext } from "./context.js";

/*
 * The orders of the membership reports, each stated once. A partnership's history comes from the
 * store in whatever order the store returns it, which nobody chose and which moves when the store
 * does (another write, another test file's graph before this one): no list a report returns, and no
 * choice that takes the first of several (which affiliation is a seat's evidence, which candidate
 * holds it), may follow it. So every such list is sorted by one of these, and each ends on ids, so
 * that two entries never tie. The README's "How membership analysis decides" lists which is which.
 */

/** Code-point order, for ids and dates: the same on every machine, whatever its locale. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** People, organisations, sectors: by name (English collation, whatever the machine's locale), then id. */
export const byName = (a: EntityRow, b: EntityRow): number => text(a.name).localeCompare(text(b.name), "en-GB") || cmp(a.id, b.id);

/** Meetings: by date, then id (two on one day, a morning and an afternoon session, by their ids). */
export const byDate = (a: EntityRow, b: EntityRow): number => cmp(text(a.date), text(b.date)) || cmp(a.id, b.id);

/** Seats, and rules of one kind: in the terms' order (their ordinal), then id. */
export const byOrdinal = (a: EntityRow, b: EntityRow): number => Number(a.ordinal) - Number(b.ordinal) || cmp(a.id, b.id);

type Held = MembershipContext["positions"][number];
type Present = MembershipContext["positionsPresent"][number];

/** Holders of positions: by the day the holding begins (or is first recorded), then the person by name, then where it is held. */
export const byTenure = (a: Held, b: Held): number =>
  cmp(text(a.rel.since ?? a.rel.recordedOn), text(b.rel.since ?? b.rel.recordedOn)) || byName(a.person, b.person) || cmp(a.heldIn, b.heldIn);

/** Positions a record says were present unnamed: by position, then where it is held. */
export const byPosition = (a: Present, b: Present): number => cmp(text(a.rel.position), text(b.rel.position)) || cmp(a.heldIn, b.heldIn);

/**
 * A person's affiliations as evidence for a day: nearest to the day first; at the same distance the
 * earlier statement (what was known by the day before what was said after it); then by organisation;
 * then one that states a role before one that does not, and by role; last by the citation, so that
 * two statements of the same organisation and role on the same day do not tie either.
 */
export function byNearness(day: string): (a: Affiliation, b: Affiliation) => number {
  return (a, b) =>
    monthsApart(a.asOf!, day) - monthsApart(b.asOf!, day) ||
    cmp(text(a.asOf), text(b.asOf)) ||
    byName(a.organisation, b.organisation) ||
    Number(a.role === null) - Number(b.role === null) ||
    cmp(text(a.role), text(b.role)) ||
    cmp(text(a.rel.citeDoc0), text(b.rel.citeDoc0)) ||
    (a.rel.citeStart0 ?? 0) - (b.rel.citeStart0 ?? 0);
}
