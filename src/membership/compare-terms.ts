import type { EntityRow, RelRow } from "../neo4j/rows.js";

/** An entity (seat or rule) as one version of the terms holds it: the relationship carries basis, note and citations. */
export interface Held {
  node: EntityRow;
  rel: RelRow;
  /** Where the entity stands in a version, for matching distinct entities across versions (see matchKey). */
  place: string;
}

export interface TermsHoldings {
  terms: EntityRow;
  seats: Held[];
  rules: Held[];
}

/** How a seat or rule differs between two versions (the API's TermsChange). */
export const CHANGES = ["ADDED", "REMOVED", "CHANGED", "UNDETERMINED"] as const;
export type Change = (typeof CHANGES)[number];

/** Why a seat or rule of one version is taken to be one of the other (the API's TermsMatch). */
export const MATCHES = ["SAME_ENTITY", "SAME_SECTOR_AND_ORGANISATION", "SAME_KIND_AND_ORDINAL"] as const;
export type Match = (typeof MATCHES)[number];

export interface FieldChange {
  field: string;
  a: string | null;
  b: string | null;
}

export interface Difference {
  change: Change;
  matchedBy: Match | null;
  a: Held | null;
  b: Held | null;
  fields: FieldChange[];
}

export interface Comparison {
  differences: Difference[];
  unchanged: number;
}

/** What can change in a seat or rule that is the same across versions: its API fields of the same names. */
export const SEAT_FIELDS = ["sectorText", "organisationText", "position", "holderRoles", "holderOrganisationKinds"] as const;
export const RULE_FIELDS = ["text", "spec"] as const;

/**
 * Where a seat stands: the sector and organisation it names (the linked entities, else the terms'
 * wording), so a seat reworded or given another position is the same seat changed; a seat's
 * number of like seats changing shows as seats added or removed.
 */
export const seatPlace = (seat: EntityRow, sectorId: string | null, organisationId: string | null): string =>
  [sectorId ?? fold(seat.sectorText), organisationId ?? fold(seat.organisationText)].join("|");

/** Where a rule stands: its kind and its order among rules of that kind (quorum clause 3 of one version against clause 3 of the other). */
export const rulePlace = (rule: EntityRow): string => `${String(rule.kind)}|${String(rule.ordinal)}`;

const fold = (v: unknown) =>
  String(v ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/**
 * Seats or rules of version a against version b. The same entity held by both is the same seat
 * or rule (the data shares an entity across versions that carry it over); then distinct entities
 * at the same place (`placeMatch`: seatPlace, rulePlace) are paired, those with the same content
 * first and then in table order; what is left is removed (only a holds it) or added (only b does).
 * A pair whose fields differ is CHANGED; a pair either version holds only on an `uncertain` basis
 * is UNDETERMINED whatever its fields, since the documents cannot tell whether that version held it.
 */
export function compareHeld(a: readonly Held[], b: readonly Held[], fields: readonly string[], placeMatch: Match): Comparison {
  const pairs: { a: Held; b: Held; matchedBy: Match }[] = [];
  const aById = new Map(a.map((h) => [h.node.id, h]));
  const restA = new Set(a.filter((h) => !b.some((x) => x.node.id === h.node.id)));
  const restB: Held[] = [];
  for (const h of b) {
    const same = aById.get(h.node.id);
    if (same) pairs.push({ a: same, b: h, matchedBy: "SAME_ENTITY" });
    else restB.push(h);
  }
  for (const h of restB) {
    const candidates = [...restA].filter((y) => y.place === h.place);
    const partner = candidates.find((y) => fieldChanges(y, h, fields).length === 0) ?? candidates[0];
    if (!partner) continue;
    restA.delete(partner);
    pairs.push({ a: partner, b: h, matchedBy: placeMatch });
  }
  const differences: Difference[] = [];
  let unchanged = 0;
  // In b's order (the terms' table order), then what only a holds, in a's.
  for (const h of b) {
    const p = pairs.find((x) => x.b === h);
    if (!p) {
      differences.push({ change: "ADDED", matchedBy: null, a: null, b: h, fields: [] });
      continue;
    }
    const changes = fieldChanges(p.a, p.b, fields);
    if (p.a.rel.basis === "uncertain" || p.b.rel.basis === "uncertain")
      differences.push({ change: "UNDETERMINED", matchedBy: p.matchedBy, a: p.a, b: p.b, fields: changes });
    else if (changes.length) differences.push({ change: "CHANGED", matchedBy: p.matchedBy, a: p.a, b: p.b, fields: changes });
    else unchanged++;
  }
  for (const h of a) if (restA.has(h)) differences.push({ change: "REMOVED", matchedBy: null, a: h, b: null, fields: [] });
  return { differences, unchanged };
}

function fieldChanges(a: Held, b: Held, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [x, y] = [text(a.node[field]), text(b.node[field])];
    if (x !== y) changes.push({ field, a: x, b: y });
  }
  return changes;
}

/** A field's value as the API shows it in a change: strings as they are, lists as JSON. */
const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v));
