import { describe, expect, it } from "vitest";
import { compareHeld, RULE_FIELDS, rulePlace, SEAT_FIELDS, seatPlace, type Held } from "../../src/membership/compare-terms.js";
import type { EntityRow } from "../../src/neo4j/rows.js";

/*
 * How compareTerms matches seats and rules across versions, over hand-built versions: what the
 * seed data cannot show, since its two LSC ICP versions share every seat they both hold.
 */

const seat = (id: string, ordinal: number, sectorText: string, organisationText: string, position: string, holderRoles: string[] = []): EntityRow => ({
  id,
  labels: ["Entity", "Seat"],
  ordinal,
  sectorText,
  organisationText,
  position,
  holderRoles,
  holderOrganisationKinds: [],
});
const held = (node: EntityRow, basis = "stated", sectorId: string | null = null): Held => ({
  node,
  rel: { basis, citeDoc: ["doc:test"], citeQuote: [String(node.position ?? node.text)], citeStart: [0], citeEnd: [1] },
  place: node.labels.includes("Seat") ? seatPlace(node, sectorId, null) : rulePlace(node),
});
const rule = (id: string, kind: string, ordinal: number, text: string): EntityRow => ({ id, labels: ["Entity", "Rule"], kind, ordinal, text, spec: "{}" });

describe("comparing two versions of terms of reference", () => {
  const councillor = seat("seat:a-1", 1, "Local Government", "Council A", "Elected Member", ["Councillor"]);

  it("takes a seat both versions hold as unchanged, however its relationships' quotes differ", () => {
    const result = compareHeld([held(councillor, "inferred")], [held(councillor)], SEAT_FIELDS, "SAME_SECTOR_AND_ORGANISATION");
    expect(result).toEqual({ differences: [], unchanged: 1 });
  });

  it("pairs distinct seats naming the same sector and organisation, and lists the fields that changed with both values", () => {
    const cabinet = seat("seat:b-1", 1, "Local Government", "Council A", "Cabinet Member", ["Councillor", "Cabinet Member"]);
    const { differences, unchanged } = compareHeld([held(councillor)], [held(cabinet)], SEAT_FIELDS, "SAME_SECTOR_AND_ORGANISATION");
    expect(unchanged).toBe(0);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ change: "CHANGED", matchedBy: "SAME_SECTOR_AND_ORGANISATION" });
    expect(differences[0]!.fields).toEqual([
      { field: "position", a: "Elected Member", b: "Cabinet Member" },
      { field: "holderRoles", a: '["Councillor"]', b: '["Councillor","Cabinet Member"]' },
    ]);
  });

  it("matches a reworded sector through the sector entity both seats name", () => {
    const reworded = seat("seat:b-1", 1, "Local government", "Council A", "Elected Member", ["Councillor"]);
    const { differences } = compareHeld(
      [held(councillor, "stated", "sector:lg")],
      [held(reworded, "stated", "sector:lg")],
      SEAT_FIELDS,
      "SAME_SECTOR_AND_ORGANISATION",
    );
    expect(differences.map((d) => [d.change, d.fields.map((f) => f.field)])).toEqual([["CHANGED", ["sectorText"]]]);
  });

  it("shows one more of a kind of seat as an added seat, pairing the like seats first", () => {
    const dhci = (id: string, ordinal: number) =>
      seat(id, ordinal, "Place-based Partnerships", "LSC ICB / Local Authority", "Director of Health and Care Integration");
    const a = [held(dhci("seat:a-2", 2)), held(dhci("seat:a-3", 3))];
    const b = [held(dhci("seat:b-2", 2)), held(dhci("seat:b-3", 3)), held(dhci("seat:b-4", 4))];
    const { differences, unchanged } = compareHeld(a, b, SEAT_FIELDS, "SAME_SECTOR_AND_ORGANISATION");
    expect(unchanged).toBe(2);
    expect(differences.map((d) => [d.change, d.b?.node.id])).toEqual([["ADDED", "seat:b-4"]]);
  });

  it("lists what only a holds as removed, after b's own, and an uncertain holding as undetermined", () => {
    const trust = seat("seat:a-9", 9, "NHS", "The Trust", "Chief Executive");
    const coo = seat("seat:x-5", 5, "NHS ICB", "LSC ICB", "Chief Operating Officer");
    const { differences } = compareHeld([held(trust), held(coo, "uncertain")], [held(coo)], SEAT_FIELDS, "SAME_SECTOR_AND_ORGANISATION");
    expect(differences.map((d) => [d.change, d.matchedBy, d.a?.node.id ?? null, d.b?.node.id ?? null])).toEqual([
      ["UNDETERMINED", "SAME_ENTITY", "seat:x-5", "seat:x-5"],
      ["REMOVED", null, "seat:a-9", null],
    ]);
  });

  it("pairs distinct rules of the same kind and order: quorum clause 1 reworded is changed, a new chair rule added", () => {
    const a = [held(rule("rule:a-q1", "quorum", 1, "At least a third of members."))];
    const b = [held(rule("rule:b-q1", "quorum", 1, "At least 30% of Partners.")), held(rule("rule:b-chair", "chair", 1, "The Chair rotates."))];
    const { differences } = compareHeld(a, b, RULE_FIELDS, "SAME_KIND_AND_ORDINAL");
    expect(differences.map((d) => [d.change, d.matchedBy, d.b?.node.id, d.fields.map((f) => f.field)])).toEqual([
      ["CHANGED", "SAME_KIND_AND_ORDINAL", "rule:b-q1", ["text"]],
      ["ADDED", null, "rule:b-chair", []],
    ]);
  });
});
