import { describe, expect, it } from "vitest";
import { ruleSpecSchema } from "../../src/dataset/format.js";
import type { Affiliation, MembershipContext, TermsVersion } from "../../src/membership/context.js";
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
/** An affiliation as the context holds it: of its citations, the first one's document and offset. */
const affiliation = (person: EntityRow, organisation: EntityRow, role: string | null, asOf: string): Affiliation => {
  const rel = { ...(role ? { role } : {}), asOf, citeDoc0: "doc:test", citeStart0: 0 };
  return { personId: person.id, organisation, role, asOf, rel, ref: { type: "AFFILIATED_WITH", from: person.id, to: organisation.id, sent: rel } };
};

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
    affiliations: attendance.filter((a) => a.representing).map((a) => affiliation(a.person, a.representing!, null, String(a.meeting.date))),
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

describe("the order of every list a report returns, whatever order the history comes in", () => {
  // The history comes in the store's order; here it is the reverse of every report's, with two
  // people of one name (told apart by id), a morning and an afternoon meeting on one day, and ties
  // of evidence (two affiliations as near the day) for the order to settle.
  const zoe = row("Person", "person:zoe", { name: "Zoe Young" });
  const sam2 = row("Person", "person:sam-2", { name: "Sam Smith" });
  const sam1 = row("Person", "person:sam-1", { name: "Sam Smith" });
  const session = (part: string) =>
    row("Meeting", `meeting:test-2024-04-01-${part}`, { title: "Board meeting", date: "2024-04-01", kind: "formal-meeting", status: "held" });
  const [pm, am] = [session("pm"), session("am")];
  const chair = rule(1, { form: "position-rotation", position: "Chair", rotation: "annual", from: "the partners" }, "chair");
  const held = (person: EntityRow, since: string) => ({ person, heldIn: board.id, rel: { position: "Chair", since, ...cite("chair") } });
  const unnamed = rule(2, { form: "position-holder", positions: ["Vice-Chair", "Deputy"], heldBeforeMeeting: false });
  const chairThere = rule(3, { form: "position-holder", positions: ["Chair"] });
  // The second Local Government seat is a county council's: a kind of its own.
  const county = row("Organisation", "org:county", { name: "County Council", kind: "county-council" });
  const seats = [seat(1, councilA, sectors.lg), seat(2, county, sectors.lg), seat(3, trust, sectors.nhs), seat(4, vcfse, sectors.vcfse)];
  const base = context({ ...terms([rule(1, { form: "share-of-seats", share: 0.5 }), unnamed, chairThere, chair]), seats }, [
    { meeting: pm, person: sam2, status: "apologies", representing: trust },
    { meeting: pm, person: sam1, status: "apologies", representing: trust },
    { meeting: pm, person: zoe, status: "present", representing: councilA },
    { meeting: am, person: people.ann, status: "apologies", representing: councilA },
    { meeting: am, person: zoe, status: "present", representing: councilA },
    { meeting: m1, person: zoe, status: "present", representing: councilA },
    { meeting: m1, person: sam2, status: "present", representing: councilA },
    { meeting: m1, person: people.bob, status: "present", representing: trust },
    { meeting: m1, person: sam1, status: "present", representing: councilA },
    { meeting: m1, person: people.ann, status: "present", representing: councilA },
  ]);
  const ctx: MembershipContext = {
    ...base,
    // Co-chairs: Bob from January, Ann from February.
    positions: [held(people.ann, "2024-02-01"), held(people.bob, "2024-01-01")],
    positionsPresent: ["Vice-Chair", "Deputy"].map((position) => ({ meetingId: m1.id, heldIn: board.id, rel: { position, ...cite(`the ${position}`) } })),
    // Ann's seat could rest on her apologies for Council A or on this, of the same day: a stated role comes first.
    affiliations: [
      ...base.affiliations,
      affiliation(people.ann, councilA, "Councillor", "2024-04-01"),
      // Zoe is of Council A and of the County Council: her evidence for Local Government is what fits its first seat.
      affiliation(zoe, county, null, "2024-03-01"),
    ],
  };
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  const byNameThenId = ["person:ann", "person:bob", "person:sam-1", "person:sam-2", "person:zoe"];

  /** The same history with every list the other way round, as another store might give it. */
  const reversed = (c: MembershipContext): MembershipContext => ({
    ...c,
    bodies: [...c.bodies].reverse(),
    terms: [...c.terms].reverse().map((t) => ({ ...t, seats: [...t.seats].reverse(), rules: [...t.rules].reverse() })),
    positions: [...c.positions].reverse(),
    positionsPresent: [...c.positionsPresent].reverse(),
    attendance: [...c.attendance].reverse(),
    meetings: [...c.meetings].reverse(),
    affiliations: [...c.affiliations].reverse(),
    partners: [...c.partners].reverse(),
    organisations: new Map([...c.organisations].reverse()),
  });

  it("lists the people a quorum clause counts or names, and those from each sector, by name, then id; holders by tenure", () => {
    const q = evaluateQuorum(ctx, m1, board.id);
    expect(ids(q.clauses[0]!.counted)).toEqual(byNameThenId);
    expect(q.clauses[1]!.reason).toMatch(/^The record of the meeting says the Deputy and the Vice-Chair were present, unnamed: “the Deputy”; “the Vice-Chair”/);
    expect(q.clauses[2]!.reason).toBe("Ann Able, Bob Brook held Chair and attended.");
    expect(evaluateQuorum(ctx, pm, board.id).clauses[2]!.reason).toBe("Bob Brook (Chair), Ann Able (Chair) held Chair and did not attend.");
    const zoeForLocalGovernment = q.sectors[0]!.people.find((p) => p.person.id === zoe.id)!;
    expect(zoeForLocalGovernment.evidence.organisation.id).toBe(councilA.id);
    expect(q.sectors.map((s) => [s.sector.id, ids(s.people.map((p) => p.person))])).toEqual([
      ["sector:lg", ["person:ann", "person:sam-1", "person:sam-2", "person:zoe"]],
      // The Sam Smiths sent apologies for the Trust a month later: an affiliation near the day.
      ["sector:nhs", ["person:bob", "person:sam-1", "person:sam-2"]],
      ["sector:vcfse", []],
    ]);
  });

  it("lists seat candidates and attendees without a seat by name, position holders by tenure, meetings by date, then id", () => {
    const g = membershipGaps(ctx, "2024-06-01");
    const councilASeat = g.seats.find((s) => s.seat.organisationText === "Council A")!;
    expect(ids(councilASeat.candidates)).toEqual(["person:ann", "person:sam-1", "person:sam-2", "person:zoe"]);
    expect(councilASeat.holder?.id).toBe("person:ann");
    expect(councilASeat.evidence).toMatchObject({ role: "Councillor", asOf: "2024-04-01" });
    expect(ids(g.attendeesWithoutSeat)).toEqual(["person:sam-1", "person:sam-2", "person:zoe"]);
    // Before anyone came, no sector has a seat filled: by name, though the terms number the VCFSE seat first.
    const vcfseFirst = seats.map((x, i) => ({ ...x, seat: { ...x.seat, ordinal: seats.length - i } }));
    const before = membershipGaps({ ...ctx, terms: [{ ...ctx.terms[0]!, seats: vcfseFirst }] }, "2024-01-15");
    expect(ids(before.sectorsWithoutFilledSeat)).toEqual(["sector:lg", "sector:nhs", "sector:vcfse"]);
    expect(ids(g.positionRules[0]!.holders.map((h) => h.person))).toEqual(["person:bob", "person:ann"]);
    expect(ids(g.sectorsAtMeetings.map((m) => m.meeting))).toEqual(["meeting:test-2024-03-01", "meeting:test-2024-04-01-am", "meeting:test-2024-04-01-pm"]);
  });

  it("lists the meetings of a body without seats by date, then id, and who sent apologies for a partner by name, then id", () => {
    const g = membershipGaps({ ...ctx, terms: [] }, "2024-06-01");
    expect(ids(g.meetings.map((m) => m.meeting))).toEqual(["meeting:test-2024-03-01", "meeting:test-2024-04-01-am", "meeting:test-2024-04-01-pm"]);
    const trustAtPm = g.meetings[2]!.gaps.find((x) => x.entity?.id === trust.id)!;
    expect(ids(trustAtPm.apologies)).toEqual(["person:sam-1", "person:sam-2"]);
  });

  it("lists attendance people first, then organisations, each by name, then id, with their meetings by date, then id", () => {
    const figures = attendanceFigures(ctx, "2024-01-01", "2024-12-31");
    expect(ids(figures.map((f) => f.subject))).toEqual([...byNameThenId, "org:council-a", "org:trust"]);
    expect(ids(figures.find((f) => f.subject.id === "person:zoe")!.meetings)).toEqual([
      "meeting:test-2024-03-01",
      "meeting:test-2024-04-01-am",
      "meeting:test-2024-04-01-pm",
    ]);
  });

  it("gives the same reports, to the letter, from the history in the other order", () => {
    // A report names its terms (the API returns the version, not the context's list of its rules).
    const named = <T extends { terms: TermsVersion | null }>(r: T) => ({ ...r, terms: r.terms?.terms });
    for (const c of [ctx, { ...ctx, terms: [] }]) {
      const other = reversed(c);
      expect(named(membershipGaps(other, "2024-06-01"))).toEqual(named(membershipGaps(c, "2024-06-01")));
      for (const m of [m1, am, pm]) expect(named(evaluateQuorum(other, m, board.id))).toEqual(named(evaluateQuorum(c, m, board.id)));
      expect(attendanceFigures(other, null, "2024-12-31")).toEqual(attendanceFigures(c, null, "2024-12-31"));
    }
  });
});
