import { describe, expect, it } from "vitest";
import { ruleSpecSchema } from "../../src/dataset/format.js";
import type { MembershipContext, TermsVersion } from "../../src/membership/context.js";
import { attendanceFigures } from "../../src/membership/attendance.js";
import { membershipGaps } from "../../src/membership/gaps.js";
import { evaluateQuorum } from "../../src/membership/quorum.js";
import type { EntityRow, RelRow } from "../../src/neo4j/rows.js";

/*
 * The membership rules over hand-built contexts: no Neo4j, so a rule can be tried in milliseconds.
 * A made-up board of four seats (two councils, an NHS trust, a VCFSE seat) and its meetings.
 */

const row = (label: string, id: string, props: Record<string, unknown> = {}): EntityRow => ({ id, labels: ["Entity", label], ...props });
const cite = (quote: string): RelRow => ({ citeDoc: ["doc:test"], citeQuote: [quote], citeStart: [0], citeEnd: [quote.length] });

const partnership = row("Partnership", "partnership:test", { name: "Test Partnership" });
const board = row("Body", "body:test-board", { name: "Test Board" });
const councilA = row("Organisation", "org:council-a", { name: "Council A", kind: "district-council" });
const councilB = row("Organisation", "org:council-b", { name: "Council B", kind: "district-council" });
const trust = row("Organisation", "org:trust", { name: "The Trust", kind: "nhs-trust" });
const vcfse = row("Organisation", "org:vcfse", { name: "Voluntary Alliance", kind: "vcfse" });
const sectors = {
  lg: row("Sector", "sector:lg", { name: "Local Government" }),
  nhs: row("Sector", "sector:nhs", { name: "NHS" }),
  vcfse: row("Sector", "sector:vcfse", { name: "VCFSE" }),
};

const people = {
  ann: row("Person", "person:ann", { name: "Ann Able" }),
  bob: row("Person", "person:bob", { name: "Bob Brook" }),
  cat: row("Person", "person:cat", { name: "Cat Cole" }),
  dan: row("Person", "person:dan", { name: "Dan Dale" }),
};

function seat(ordinal: number, org: EntityRow, sector: EntityRow) {
  return {
    seat: row("Seat", `seat:test-${ordinal}`, { ordinal, sectorText: String(sector.name), organisationText: String(org.name), position: "Member" }),
    rel: { basis: "stated", ...cite("seat") },
    sector,
    organisationId: org.id,
    organisationKind: (org.kind as string | undefined) ?? null,
  };
}

function rule(ordinal: number, spec: Record<string, unknown>, kind = "quorum") {
  const r = row("Rule", `rule:test-${kind}-${ordinal}`, { kind, ordinal, text: `Rule ${ordinal}: ${JSON.stringify(spec)}` });
  return { rule: r, spec: ruleSpecSchema.parse(spec), rel: { basis: "stated", ...cite("rule") } };
}

function meeting(date: string) {
  return row("Meeting", `meeting:test-${date}`, { title: "Board meeting", date, kind: "formal-meeting", status: "held" });
}

function context(terms: TermsVersion, attendance: { meeting: EntityRow; person: EntityRow; status: string; representing?: EntityRow }[]): MembershipContext {
  const meetings = [...new Map(attendance.map((a) => [a.meeting.id, a.meeting])).values()];
  return {
    partnership,
    bodies: [board],
    terms: [terms],
    founders: new Set(),
    positions: [],
    positionsPresent: [],
    attendance: attendance.map((a) => ({
      meeting: a.meeting,
      bodyId: board.id,
      person: a.person,
      rel: { status: a.status, ...(a.representing ? { representing: a.representing.id } : {}), ...cite("listed") },
    })),
    meetings: meetings.map((m) => ({ meeting: m, bodyId: board.id })),
    affiliations: attendance
      .filter((a) => a.representing)
      .map((a) => ({ personId: a.person.id, organisation: a.representing!, role: null, asOf: String(a.meeting.date), rel: cite("represented") })),
    partners: [],
    organisations: new Map([councilA, councilB, trust, vcfse].map((o) => [o.id, o])),
  };
}

const terms = (rules: ReturnType<typeof rule>[]): TermsVersion => ({
  terms: row("TermsOfReference", "terms:test", { title: "Terms", version: "1", status: "approved", effectiveFrom: "2024-01-01" }),
  bodyId: board.id,
  seats: [seat(1, councilA, sectors.lg), seat(2, councilB, sectors.lg), seat(3, trust, sectors.nhs), seat(4, vcfse, sectors.vcfse)],
  rules,
});

const m1 = meeting("2024-03-01");

describe("quorum over a hand-built context", () => {
  const half = rule(1, { form: "share-of-seats", share: 0.5 });

  it("passes when half of the seats' holders are present, and says which clause decided", () => {
    const ctx = context(terms([half]), [
      { meeting: m1, person: people.ann, status: "present", representing: councilA },
      { meeting: m1, person: people.bob, status: "present", representing: trust },
      { meeting: m1, person: people.cat, status: "apologies", representing: vcfse },
    ]);
    const q = evaluateQuorum(ctx, m1, board.id);
    expect(q.outcome).toBe("PASSES");
    expect(q.clauses).toHaveLength(1);
    expect(q.clauses[0]!.counted.map((p) => p.id).sort()).toEqual(["person:ann", "person:bob"]);
  });

  it("does not count apologies towards the share", () => {
    const ctx = context(terms([half]), [
      { meeting: m1, person: people.ann, status: "present", representing: councilA },
      { meeting: m1, person: people.cat, status: "apologies", representing: vcfse },
      { meeting: m1, person: people.dan, status: "apologies", representing: trust },
    ]);
    const q = evaluateQuorum(ctx, m1, board.id);
    expect(q.outcome).not.toBe("PASSES");
    expect(q.clauses[0]!.counted.map((p) => p.id)).toEqual(["person:ann"]);
  });

  it("is UNDETERMINED, never a guess, when no attendance is recorded", () => {
    const ctx = context(terms([half]), []);
    expect(evaluateQuorum(ctx, m1, board.id)).toMatchObject({ outcome: "UNDETERMINED", reason: "No attendance is recorded for this meeting." });
  });

  it("chooses no terms for an undated meeting", () => {
    const undated = row("Meeting", "meeting:test-undated", { title: "Board meeting", kind: "formal-meeting", status: "proposed" });
    expect(evaluateQuorum(context(terms([half]), []), undated, board.id).outcome).toBe("UNDETERMINED");
  });
});

describe("membership gaps over a hand-built context", () => {
  it("fills a seat from stated representation and lists the sector with no seat filled", () => {
    const ctx = context(terms([]), [
      { meeting: m1, person: people.ann, status: "present", representing: councilA },
      { meeting: m1, person: people.bob, status: "present", representing: trust },
    ]);
    const report = membershipGaps(ctx, "2024-06-01");
    const byOrg = Object.fromEntries(report.seats.map((s) => [String(s.seat.organisationText), s.status]));
    expect(byOrg).toMatchObject({ "Council A": "FILLED", "The Trust": "FILLED" });
    expect(byOrg["Voluntary Alliance"]).not.toBe("FILLED");
    expect(report.sectorsWithoutFilledSeat.map((s) => s.id)).toEqual(["sector:vcfse"]);
  });
});

describe("attendance figures over a hand-built context", () => {
  it("counts present and apologies per person over the period", () => {
    const m2 = meeting("2024-04-01");
    const ctx = context(terms([]), [
      { meeting: m1, person: people.ann, status: "present", representing: councilA },
      { meeting: m2, person: people.ann, status: "apologies", representing: councilA },
      { meeting: m2, person: people.bob, status: "present", representing: trust },
    ]);
    const figures = attendanceFigures(ctx, "2024-01-01", "2024-12-31");
    expect(figures.find((f) => f.kind === "PERSON" && f.subject.id === "person:ann")).toMatchObject({ expected: 2, present: 1, apologies: 1, rate: 0.5 });
    expect(figures.find((f) => f.kind === "ORGANISATION" && f.subject.id === "org:trust")).toMatchObject({ present: 1, apologies: 0 });
  });
});
