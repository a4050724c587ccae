import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { loadBatch } from "../../src/dataset/load.js";
import { readBatch } from "../../src/dataset/read.js";
import { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

type Seat = {
  seat: { ordinal: number; sectorText: string; organisationText: string; position: string };
  basis: string;
  status: string;
  holder: { id: string } | null;
  reason: string;
};
type Gaps = {
  terms: { id: string } | null;
  notes: string[];
  seats: Seat[];
  sectorsWithoutFilledSeat: { id: string }[];
  attendeesWithoutSeat: { id: string }[];
  positionRules: { rule: { kind: string }; holders: { person: { id: string }; of: { id: string } }[] }[];
  meetings: { meeting: { id: string }; gaps: { name: string; status: string; apologies: { id: string }[] }[] }[];
};

const GAPS = `query($p: ID!, $d: Date) { membershipGaps(partnershipId: $p, asOf: $d) {
  terms { id } notes
  seats { seat { ordinal sectorText organisationText position } basis status holder { id } reason }
  sectorsWithoutFilledSeat { id } attendeesWithoutSeat { id }
  positionRules { rule { kind } holders { person { id } of { id } } }
  meetings { meeting { id } gaps { name status apologies { id } } }
} }`;

const QUORUM = `query($m: ID!) { quorum(meetingId: $m) { outcome reason terms { id } clauses { rule { id } outcome reason counted { id } required basis } } }`;

/** [ordinal, sector, organisation, position, status, holder] per seat: the table a strategy lead reads. */
const table = (seats: Seat[]) =>
  seats.map((s) => [s.seat.ordinal, s.seat.sectorText, s.seat.organisationText, s.seat.position, s.status, s.holder?.id ?? null]);

describe("membership gap analysis, quorum and attendance", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => ({ db, server } = await startSeededServer()));
  afterAll(() => stopSeededServer({ db, server }));

  async function gaps(p: string, d: string): Promise<Gaps> {
    const r = await server.gql<{ membershipGaps: Gaps }>(GAPS, { p, d });
    expect(r.errors).toBeUndefined();
    return r.data!.membershipGaps;
  }

  const LG = "Local Government";
  const DHCI = ["Place-based Partnerships", "LSC ICB / Local Authority", "Director of Health and Care Integration"];

  it("gives the LSC ICP seat table as of 25 March 2024 under the 2023 terms", async () => {
    const g = await gaps("partnership:lsc-icp", "2024-03-25");
    expect(g.terms?.id).toBe("tor:lsc-icp-2023");
    expect(table(g.seats)).toEqual([
      [1, LG, "Blackpool Council", "Elected Member", "UNKNOWN", null],
      // Damian Talbot's council is first stated on 5 June 2024: not known on 25 March.
      [2, LG, "Blackburn with Darwen Borough Council", "Elected Member", "UNKNOWN", null],
      [3, LG, "Westmorland and Furness Council", "Elected Member", "UNKNOWN", null],
      [4, LG, "Lancashire County Council", "Elected Member", "FILLED", "person:michael-green"],
      [5, LG, "District Council (Lancashire) – urban", "Elected Member", "UNKNOWN", null],
      [6, LG, "District Council (Lancashire) - rural", "Elected Member", "UNKNOWN", null],
      // Kevin Lavery sent apologies on 25 March, and his role is stated only in June: apologies fill no seat.
      [7, "NHS ICB", "LSC ICB", "ICB Chief Executive", "UNKNOWN", null],
      [8, "NHS ICB", "LSC ICB", "Chief Operating Officer", "UNKNOWN", null],
      [10, "Providers (Primary Care)", "LSC ICB", "Partner Member for Provider of Primary Medical Services", "UNKNOWN", null],
      [11, "Providers (Mental Health)", "LSC ICB Provider Collaborative", "Representative for Mental Health Services", "UNKNOWN", null],
      [12, "Providers (Acute and Community)", "LSC ICB Provider Collaborative", "Representative for Acute and Community Services", "UNKNOWN", null],
      [13, ...DHCI, "FILLED", "person:louise-taylor"],
      [14, ...DHCI, "UNKNOWN", null],
      [15, ...DHCI, "UNKNOWN", null],
      [16, ...DHCI, "UNKNOWN", null],
      [17, "Voluntary, Community, Faith and Social Enterprise Sector", "VCFSE Alliance", "Representative", "UNKNOWN", null],
      [18, "Voluntary, Community, Faith and Social Enterprise Sector", "VCFSE Alliance", "Representative", "UNKNOWN", null],
      [19, "Public, Patients and Communities", "Healthwatch", "Representative", "UNKNOWN", null],
      [20, "Public, Patients and Communities", "The Independent Race and Equality Panel (I-REP) for Lancashire", "Representative", "UNKNOWN", null],
      [21, "Business", "Lancashire Enterprise Partnership Health Sector Board", "Chair", "UNKNOWN", null],
      [22, "Hospices", "LSC Hospices Together", "Representative", "UNKNOWN", null],
      [23, "Higher Education", "University", "Vice Chancellor", "UNKNOWN", null],
      [24, "Children's Services", "Local Authority", "Director of Children's Services", "UNKNOWN", null],
    ]);
    // The Chief Operating Officer seat: the documents cannot tell whether the 2023 terms held it.
    expect(g.seats.find((s) => s.seat.ordinal === 8)).toMatchObject({
      basis: "uncertain",
      reason: expect.stringMatching(/cannot tell whether these terms hold this seat/),
    });
    expect(g.sectorsWithoutFilledSeat.map((s) => s.id)).toContain("sector:vcfse");
    expect(g.attendeesWithoutSeat.map((p) => p.id)).toEqual(expect.arrayContaining(["person:angela-allen", "person:naz-zaman", "person:polly-patel"]));
    expect(g.attendeesWithoutSeat.map((p) => p.id)).not.toContain("person:alistair-bradley");
    expect(g.attendeesWithoutSeat.map((p) => p.id)).not.toContain("person:kevin-lavery");
  });

  it("gives the seat table as of 15 July 2024 under the revised terms, with the three new seats", async () => {
    const g = await gaps("partnership:lsc-icp", "2024-07-15");
    expect(g.terms?.id).toBe("tor:lsc-icp-2024");
    expect(g.notes[0]).toMatch(/proposed revision/);
    expect(g.seats).toHaveLength(26);
    const byOrdinal = new Map(g.seats.map((s) => [s.seat.ordinal, s]));
    expect(table([byOrdinal.get(9)!, byOrdinal.get(25)!, byOrdinal.get(26)!])).toEqual([
      [9, "NHS ICB", "LSC ICB", "Non-Exec Board member", "UNKNOWN", null],
      [25, "Adult Social Care", "Local Authority", "Director of Adult Social Care", "FILLED", "person:cath-whalley"],
      [26, "Public Health Collaborative", "Local Authority", "Director of Public Health", "UNKNOWN", null],
    ]);
    expect(byOrdinal.get(17)).toMatchObject({ status: "FILLED", holder: { id: "person:joe-hannett" } });
    expect(byOrdinal.get(19)).toMatchObject({ status: "FILLED", holder: { id: "person:david-blacklock" } });
    // Alistair Bradley (Chorley Council) fits both district seats; choosing one would be a guess.
    expect(byOrdinal.get(5)).toMatchObject({ status: "UNKNOWN", reason: expect.stringMatching(/Alistair Bradley fit this seat and another/) });
    expect(byOrdinal.get(6)?.status).toBe("UNKNOWN");
    expect(g.positionRules.map((r) => [r.rule.kind, r.holders.map((h) => h.person.id)])).toEqual([
      ["chair", ["person:damian-talbot"]],
      ["deputy", ["person:angela-allen"]],
    ]);
    // Where a position is held is the record's answer on both paths (it was the partnership here, the body on the person).
    const person = await server.gql<{ person: { positions: { position: string; of: { id: string } }[] } }>(
      `{ person(id: "person:damian-talbot") { positions { position of { id } } } }`,
    );
    const chair = g.positionRules.find((r) => r.rule.kind === "chair")!.holders[0]!;
    expect(chair.of.id).toBe("body:lsc-icp");
    expect(person.data!.person.positions.map((p) => p.of.id)).toContain(chair.of.id);
  });

  it("evaluates the quorum of the 25 March 2024 meeting clause by clause", async () => {
    const r = await server.gql<{
      quorum: {
        outcome: string;
        terms: { id: string };
        clauses: { rule: { id: string }; outcome: string; reason: string; counted: { id: string }[]; required: number; basis: string }[];
      };
    }>(QUORUM, {
      m: "meeting:lsc-icp-2024-03-25",
    });
    const q = r.data!.quorum;
    expect(q.terms.id).toBe("tor:lsc-icp-2023");
    expect(q.clauses.map((c) => [c.rule.id, c.outcome, c.required])).toEqual([
      ["rule:lsc-icp-quorum-1", "PASSES", 7],
      ["rule:lsc-icp-quorum-2", "PASSES", 1],
      ["rule:lsc-icp-quorum-3", "PASSES", 3],
      ["rule:lsc-icp-quorum-4", "PASSES", 1],
      ["rule:lsc-icp-quorum-5", "PASSES", 2],
    ]);
    expect(q.clauses[0]!.counted).toHaveLength(9);
    // Nobody held the chair before the meeting elected one, but item 31 says the Chair was there.
    expect(q.clauses[1]!.reason).toMatch(/present, unnamed: “The Chair and Vice-Chair of the ICP introduced an item”/);
    expect(q.clauses[1]!.counted).toEqual([]);
    expect(q.clauses[2]!.counted.map((p) => p.id).sort()).toEqual([
      "person:claire-richardson",
      "person:damian-talbot",
      "person:louise-taylor",
      "person:michael-green",
    ]);
    expect(q.clauses[3]!.counted.map((p) => p.id).sort()).toEqual(["person:claire-richardson", "person:louise-taylor"]);
    expect(q.clauses[4]!.reason).toMatch(/VCFSE representative: 1 of 1 needed — Naz Zaman/);
    // Her organisation is stated at the June session: counted, and the report says the evidence came later.
    expect(q.clauses[4]!.reason).toMatch(/Naz Zaman \(Chief Officer, Inclusive North \(Lancashire BME Network\), stated 2024-06-05, after the meeting\)/);
    expect(q.outcome).toBe("PASSES");
    // The 2023 terms hold these clauses by inference (their text is the 2024 draft's); each says so.
    expect(q.clauses.map((c) => c.basis)).toEqual(["inferred", "inferred", "inferred", "inferred", "inferred"]);
    expect(q.clauses[0]!.reason).toMatch(/The clause is inferred for/);
  });

  it("says the VCFSE sector was represented at the 25 March 2024 meeting in both reports, though no VCFSE seat is filled", async () => {
    const SECTORS = `sectors { sector { id } people { person { id } organisation { id } asOf } }`;
    const q = await server.gql<{ quorum: { sectors: { sector: { id: string }; people: { person: { id: string }; organisation: { id: string } }[] }[] } }>(
      `{ quorum(meetingId: "meeting:lsc-icp-2024-03-25") { ${SECTORS} } }`,
    );
    const g = await server.gql<{
      membershipGaps: {
        sectorsWithoutFilledSeat: { id: string }[];
        sectorsAtMeetings: { meeting: { id: string }; sectors: { sector: { id: string }; people: { person: { id: string } }[] }[] }[];
      };
    }>(
      `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-03-25") { sectorsWithoutFilledSeat { id } sectorsAtMeetings { meeting { id } ${SECTORS} } } }`,
    );
    const inQuorum = q.data!.quorum.sectors.find((s) => s.sector.id === "sector:vcfse")!;
    expect(inQuorum.people).toEqual([{ person: { id: "person:naz-zaman" }, organisation: { id: "org:inclusive-north" }, asOf: "2024-06-05" }]);
    const march = g.data!.membershipGaps.sectorsAtMeetings.find((m) => m.meeting.id === "meeting:lsc-icp-2024-03-25")!;
    expect(march.sectors.find((s) => s.sector.id === "sector:vcfse")!.people.map((p) => p.person.id)).toEqual(["person:naz-zaman"]);
    // Represented is not filled: the VCFSE Alliance seats need someone from the Alliance.
    expect(g.data!.membershipGaps.sectorsWithoutFilledSeat.map((s) => s.id)).toContain("sector:vcfse");
    // One answer: both reports list the same people for every sector at that meeting.
    const names = (xs: { sector: { id: string }; people: { person: { id: string } }[] }[]) => xs.map((s) => [s.sector.id, s.people.map((p) => p.person.id)]);
    expect(names(march.sectors)).toEqual(names(q.data!.quorum.sectors));
  });

  it("answers UNDETERMINED where a body has no quorum rule", async () => {
    const r = await server.gql<{ quorum: { outcome: string; reason: string } }>(QUORUM, { m: "meeting:chorley-psr-executive-2016-02-16" });
    expect(r.data!.quorum).toEqual({
      outcome: "UNDETERMINED",
      reason: "No terms of reference with a quorum rule are recorded for this body on 2016-02-16.",
      terms: null,
      clauses: [],
    });
  });

  it("lists the organisations not represented at the Chorley PSR Executive of 16 February 2016", async () => {
    const g = await gaps("partnership:chorley-psr", "2016-02-16");
    expect(g.terms).toBeNull();
    const meeting = g.meetings.find((m) => m.meeting.id === "meeting:chorley-psr-executive-2016-02-16")!;
    expect(meeting.gaps.map((x) => [x.name, x.status, x.apologies.map((p) => p.id)])).toEqual([
      ["Department for Work and Pensions", "UNREPRESENTED", ["person:amanda-jakeman"]],
      ["Lancashire Constabulary", "UNREPRESENTED", ["person:jon-clegg"]],
      ["Lancashire Fire and Rescue", "UNREPRESENTED", ["person:john-buck"]],
      ["Lancashire Teaching Hospitals", "UNREPRESENTED", ["person:carole-spencer"]],
      ["Runshaw College", "UNREPRESENTED", ["person:janet-hodgson"]],
      ["Business Advocate", "UNREPRESENTED", ["person:allan-jones"]],
      ["GP Business Manager", "UNREPRESENTED", ["person:andrea-trafford"]],
    ]);
    // The January meeting's attendance is not in the documents: every partner UNKNOWN, not absent.
    const january = g.meetings.find((m) => m.meeting.id === "meeting:chorley-psr-executive-2016-01-19")!;
    expect(new Set(january.gaps.map((x) => x.status))).toEqual(new Set(["UNKNOWN"]));
  });

  it("reports the Lancashire Place workshops' core partner types as UNKNOWN per workshop (no attendance recorded)", async () => {
    const g = await gaps("partnership:lancashire-place", "2023-04-30");
    const first = g.meetings.find((m) => m.meeting.id === "meeting:lancashire-place-workshop-2023-01-18-lancaster")!;
    expect(first.gaps).toHaveLength(9);
    expect(first.gaps.every((x) => x.status === "UNKNOWN")).toBe(true);
  });

  it("flags members under the LSC ICP's 50% attendance rule, not officers in attendance", async () => {
    const r = await server.gql<{
      attendance: {
        kind: string;
        subject: { id: string };
        expected: number;
        present: number;
        apologies: number;
        rate: number;
        ruleApplies: boolean;
        belowThreshold: boolean;
      }[];
    }>(
      `{ attendance(partnershipId: "partnership:lsc-icp", from: "2023-07-01", to: "2024-06-30") { kind subject { id } expected present apologies rate ruleApplies belowThreshold } }`,
    );
    const byId = new Map(r.data!.attendance.map((a) => [a.subject.id, a]));
    expect(byId.get("person:alistair-bradley")).toMatchObject({
      kind: "PERSON",
      expected: 1,
      present: 0,
      apologies: 1,
      rate: 0,
      ruleApplies: true,
      belowThreshold: true,
    });
    expect(byId.get("person:michael-green")).toMatchObject({ expected: 1, present: 1, rate: 1, belowThreshold: false });
    expect(byId.get("person:polly-patel")).toMatchObject({ present: 1, ruleApplies: false, belowThreshold: false });
    expect(byId.get("org:lancashire-county-council")).toMatchObject({ kind: "ORGANISATION", expected: 1, present: 1 });
  });

  it("answers people and organisations from what the analysis holds where a selection reads no more, and loads them whole where it reads more", async () => {
    type P = { id: string; name: string; honorific: string | null; aliases?: string[]; sources?: { documentId: string }[] };
    type G = {
      membershipGaps: { seats: { holder: P | null; evidence: { person: P; organisation: { id: string; name?: string } } | null }[]; attendeesWithoutSeat: P[] };
    };
    const ask = (person: string, organisation: string) =>
      server.gql<G>(
        `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-07-15") { seats { holder ${person} evidence { person ${person} organisation ${organisation} } } attendeesWithoutSeat ${person} } }`,
      );
    await ask("{ id }", "{ id }");
    // The report is cached now: a call costs the graph version's read, and whatever its fields load.
    const part = await ask("{ id name honorific }", "{ id ... on Organisation { name kind } }");
    const whole = await ask("{ id name honorific aliases sources { documentId } }", "{ id ... on Organisation { name kind aliases } }");
    expect(part.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    expect(part.extensions?.roundTrips).toBe(1);
    expect(whole.extensions?.roundTrips).toBeGreaterThan(1);
    const people = (g: G) =>
      [...g.membershipGaps.seats.flatMap((s) => [s.holder, s.evidence?.person]), ...g.membershipGaps.attendeesWithoutSeat].filter((p) => !!p);
    // The same people, reading the same in part as whole; whole, with what the part does not carry.
    expect(people(whole.data!).map(({ id, name, honorific }) => ({ id, name, honorific }))).toEqual(people(part.data!));
    expect(people(whole.data!).length).toBeGreaterThan(5);
    for (const p of people(whole.data!)) expect(p.sources!.length).toBeGreaterThan(0);
    expect(people(whole.data!).every((p) => Array.isArray(p.aliases))).toBe(true);
    const organisations = (g: G) => g.membershipGaps.seats.flatMap((s) => (s.evidence ? [s.evidence.organisation] : []));
    expect(organisations(whole.data!).map(({ id, name }) => ({ id, name }))).toEqual(organisations(part.data!).map(({ id, name }) => ({ id, name })));
  });

  it("returns an evidence's citations where selected, fetched for the evidence alone, as the person's own affiliation gives them", async () => {
    type Cite = { documentId: string; quote: string; start: number; end: number };
    type E = { person: { id: string }; organisation: { id: string }; role: string | null; asOf: string; sources?: Cite[] };
    const ask = (sources: string) =>
      server.gql<{ membershipGaps: { seats: { evidence: E | null }[] } }>(
        `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-07-15") { seats { evidence { person { id } organisation { id } role asOf ${sources} } } } }`,
      );
    await ask("");
    const without = await ask("");
    const withSources = await ask("sources { documentId quote start end }");
    // Cached report: the version's read; the citations of every evidence in one more statement.
    expect(without.extensions?.roundTrips).toBe(1);
    expect(withSources.extensions?.roundTrips).toBe(2);
    const evidence = withSources.data!.membershipGaps.seats.flatMap((s) => (s.evidence ? [s.evidence] : []));
    expect(evidence.length).toBeGreaterThan(3);
    let compared = 0;
    for (const e of evidence) {
      expect(e.sources!.length).toBeGreaterThan(0);
      const own = await server.gql<{ person: { affiliations: (E & { sources: Cite[] })[] } }>(
        `query($id: ID!) { person(id: $id) { affiliations { organisation { id } role asOf sources { documentId quote start end } } } }`,
        { id: e.person.id },
      );
      const stated = own.data!.person.affiliations.filter((a) => a.organisation.id === e.organisation.id && a.role === e.role && a.asOf === e.asOf);
      // Evidence from a stated affiliation reads as that affiliation; one from an attendance record is not among them.
      if (stated.length) {
        expect(stated.map((a) => a.sources)).toContainEqual(e.sources);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  describe("a second, SYNTHETIC terms of reference loaded as data", () => {
    beforeAll(async () => {
      await loadBatch(db.gateway, readBatch([path.join(PROJECT_ROOT, "test/fixtures/synthetic/riverside.yaml")]));
    });

    it("fills its seats from the same rules engine", async () => {
      const g = await gaps("partnership:synthetic-riverside", "2025-05-01");
      expect(g.terms?.id).toBe("tor:synthetic-riverside-2025");
      expect(g.seats.map((s) => [s.seat.ordinal, s.status, s.holder?.id ?? null])).toEqual([
        [1, "FILLED", "person:synthetic-ann-able"],
        [2, "FILLED", "person:synthetic-bob-baker"],
        [3, "FILLED", "person:synthetic-cath-cole"],
      ]);
    });

    it("passes and fails its quorum by its own rule", async () => {
      const march = await server.gql<{ quorum: { outcome: string } }>(QUORUM, { m: "meeting:synthetic-riverside-2025-03-01" });
      expect(march.data!.quorum.outcome).toBe("PASSES");
      const may = await server.gql<{ quorum: { outcome: string; clauses: { outcome: string; reason: string }[] } }>(QUORUM, {
        m: "meeting:synthetic-riverside-2025-05-01",
      });
      expect(may.data!.quorum.outcome).toBe("FAILS");
      expect(may.data!.quorum.clauses.map((c) => c.outcome)).toEqual(["FAILS", "FAILS"]);
      expect(may.data!.quorum.clauses[0]!.reason).toBe("1 members present; 50% of 3 seats needs 2.");
    });

    it("applies its own 60% attendance threshold over its 6-month window", async () => {
      const r = await server.gql<{ attendance: { subject: { id: string }; expected: number; present: number; belowThreshold: boolean }[] }>(
        `{ attendance(partnershipId: "partnership:synthetic-riverside", to: "2025-05-31") { subject { id } expected present belowThreshold } }`,
      );
      const people = r.data!.attendance.filter((a) => a.subject.id.startsWith("person:")).map((a) => [a.subject.id, a.present, a.expected, a.belowThreshold]);
      expect(people).toEqual([
        ["person:synthetic-ann-able", 2, 3, false],
        ["person:synthetic-bob-baker", 1, 3, true],
        ["person:synthetic-cath-cole", 2, 3, false],
      ]);
    });

    it("serves a repeated analysis from the process's cache, and sees a write on the very next call", async () => {
      type Q = { data?: { quorum: { outcome: string; clauses: { outcome: string; reason: string }[] } }; extensions?: { roundTrips?: number } };
      const ask = () => server.gql(QUORUM, { m: "meeting:synthetic-riverside-2025-05-01" }) as Promise<Q>;
      const first = await ask();
      const again = await ask();
      expect(again.data).toEqual(first.data);
      // Warm: one statement, the meeting with the graph's version; the partnership's history is not sent again.
      expect(again.extensions?.roundTrips).toBe(1);
      expect(first.data!.quorum.clauses[0]!.reason).toBe("1 members present; 50% of 3 seats needs 2.");

      await loadBatch(db.gateway, readBatch([path.join(PROJECT_ROOT, "test/fixtures/synthetic/riverside-correction.yaml")]));
      const after = await ask();
      expect(after.data!.quorum.clauses[0]).toMatchObject({ outcome: "PASSES", reason: "2 members present; 50% of 3 seats needs 2." });
      // Cold (the write moved the version on): still one statement, the history sent with the version.
      expect(after.extensions?.roundTrips).toBe(1);
    });
  });
});
