import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

/*
 * The root connections over resolutions, actions, terms of reference and possible identities,
 * the comparison of two versions of terms, and a meeting's attendance counts, as someone checking
 * them against the seed documents (data/*.yaml and their texts) would.
 */

type Conn<T> = { totalCount: number; edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Citation = { documentId: string; quote: string; start: number; end: number; document: { file: string } };

// The resolutions of the LSC ICP's meeting of 25 March 2024 (data/2024-lsc-icp.yaml), as its minutes give them.
const LSC_ICP_2024_03_25 = ["29", "30-i", "30-ii", "31", "32-i", "32-ii", "32-iii", "33", "34", "35"].map((n) => `resolution:lsc-icp-2024-03-25-${n}`);

/** The quote stands at its offsets in the document's text. */
function expectQuoted(c: Citation): void {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, "data", c.document.file), "utf8");
  expect(text.slice(c.start, c.end)).toBe(c.quote);
}

describe("entry points", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => ({ db, server } = await startSeededServer()));
  afterAll(() => stopSeededServer({ db, server }));

  /** Every page of a connection, `first` at a time, following endCursor. */
  async function allPages(field: string, args: string, first: number): Promise<{ total: number; ids: string[]; pages: string[][] }> {
    const pages: string[][] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 50; i++) {
      const r: { data?: Record<string, Conn<{ id: string }>>; errors?: unknown } = await server.gql(
        `query($after: String) { c: ${field}(first: ${first}, after: $after${args}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      total = r.data!.c!.totalCount;
      pages.push(r.data!.c!.edges.map((e) => e.node.id));
      if (!r.data!.c!.pageInfo.hasNextPage) break;
      after = r.data!.c!.pageInfo.endCursor;
    }
    return { total, ids: pages.flat(), pages };
  }

  describe("resolutions", () => {
    it("lists the resolutions of the LSC ICP's meetings in the order the minutes give them", async () => {
      const r = await server.gql<{
        resolutions: Conn<{ id: string; outcome: string; agendaItem: { number: string; meeting: { id: string; body: { id: string } } } }>;
      }>(`{ resolutions(first: 50, body: "body:lsc-icp") { totalCount edges { node { id outcome agendaItem { number meeting { id body { id } } } } } } }`);
      expect(r.errors).toBeUndefined();
      const nodes = r.data!.resolutions.edges.map((e) => e.node);
      expect(r.data!.resolutions.totalCount).toBe(10);
      expect(nodes.map((n) => n.id)).toEqual(LSC_ICP_2024_03_25);
      expect(new Set(nodes.map((n) => n.agendaItem.meeting.id))).toEqual(new Set(["meeting:lsc-icp-2024-03-25"]));
      expect(nodes.find((n) => n.id.endsWith("32-ii"))!.outcome).toBe("elected");
    });

    it("filters by the meeting's date: only 2021's meetings, oldest first", async () => {
      const r = await server.gql<{ resolutions: Conn<{ id: string; agendaItem: { meeting: { date: string } } }> }>(
        `{ resolutions(first: 50, from: "2021-01-01", to: "2021-12-31") { totalCount edges { node { id agendaItem { meeting { date } } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const dates = r.data!.resolutions.edges.map((e) => e.node.agendaItem.meeting.date);
      // Three of the PPCV meeting of 22 June 2021, five of the partnership board of 9 December 2021.
      expect(dates).toEqual([...Array(3).fill("2021-06-22"), ...Array(5).fill("2021-12-09")]);
      expect(r.data!.resolutions.totalCount).toBe(8);
      const all = await allPages("resolutions", "", 100);
      expect(all.total).toBe(26);
      expect(all.ids.filter((id) => id.includes("-2021-"))).toEqual(r.data!.resolutions.edges.map((e) => e.node.id));
    });

    it("pages with after: each page starts right after the last, nothing repeated or skipped", async () => {
      const whole = await allPages("resolutions", "", 100);
      const paged = await allPages("resolutions", "", 4);
      expect(paged.pages).toHaveLength(7);
      expect(paged.pages.slice(0, -1).every((p) => p.length === 4)).toBe(true);
      expect(paged.ids).toEqual(whole.ids);
      expect(new Set(paged.ids).size).toBe(26);
      const byBody = await allPages("resolutions", `, body: "body:lsc-icp"`, 3);
      expect(byBody.ids).toEqual(LSC_ICP_2024_03_25);
    });

    it("filters by meeting, and by a person who presented the item", async () => {
      const r = await server.gql<{ m: Conn<{ id: string }>; p: Conn<{ id: string }> }>(`{
        m: resolutions(first: 10, meeting: "meeting:central-lancashire-2021-06-22") { totalCount edges { node { id } } }
        p: resolutions(first: 10, person: "person:vicky-willett") { totalCount edges { node { id } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.m.edges.map((e) => e.node.id)).toEqual([
        "resolution:central-lancashire-2021-06-22-vision-refresh",
        "resolution:central-lancashire-2021-06-22-place-flexibility",
        "resolution:central-lancashire-2021-06-22-no-escalation",
      ]);
      // Vicky Willett presented items 4 and 7 on 16 February 2016; only item 4 has a resolution.
      expect(r.data!.p.edges.map((e) => e.node.id)).toEqual(["resolution:chorley-psr-2016-02-16-programme-commitment"]);
    });

    it("refuses an inverted date range and an id of the wrong kind, naming the argument", async () => {
      const range = await server.gql(`{ resolutions(first: 5, from: "2024-01-01", to: "2023-01-01") { totalCount } }`);
      expect(range.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
      const kind = await server.gql(`{ actions(first: 5, person: "org:chorley-council") { totalCount } }`);
      expect(kind.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "person" });
      expect(kind.errors?.[0]?.message).toBe("Invalid argument person: must be a person id such as person:alistair-bradley");
    });
  });

  describe("actions", () => {
    it("lists the Chorley PSR Executive's action points in minuted order, and the one assigned to Steve Winterson", async () => {
      const r = await server.gql<{ body: Conn<{ id: string }>; person: Conn<{ id: string; ownerText: string; assignees: { id: string }[] }> }>(`{
        body: actions(first: 10, body: "body:chorley-psr-executive") { totalCount edges { node { id } } }
        person: actions(first: 10, person: "person:steve-winterson") { totalCount edges { node { id ownerText assignees { id } } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.body.edges.map((e) => e.node.id)).toEqual(
        ["capacity", "representatives", "pmo-updates", "implementation-group", "self-assessment"].map((a) => `action:chorley-psr-2016-02-16-${a}`),
      );
      expect(r.data!.person.edges.map((e) => e.node)).toEqual([
        { id: "action:chorley-psr-2016-02-16-implementation-group", ownerText: "Steve Winterson", assignees: [{ id: "person:steve-winterson" }] },
      ]);
    });

    it("finds actions recorded under a meeting itself, not under an item, and leaves other days out", async () => {
      const r = await server.gql<{ session: Conn<{ id: string; agendaItem: null }>; june: Conn<{ id: string }> }>(`{
        session: actions(first: 10, meeting: "meeting:lsc-icp-development-session-2024-06-05") { totalCount edges { node { id agendaItem { id } } } }
        june: actions(first: 10, from: "2024-06-01", to: "2024-06-30") { totalCount edges { node { id } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.session.totalCount).toBe(5);
      expect(r.data!.session.edges.every((e) => e.node.agendaItem === null)).toBe(true);
      expect(r.data!.session.edges[0]!.node.id).toBe("action:lsc-icp-2024-06-05-criteria");
      expect(r.data!.june.edges.map((e) => e.node.id)).toEqual(r.data!.session.edges.map((e) => e.node.id));
      const all = await allPages("actions", "", 5);
      expect(all.total).toBe(18);
      expect(new Set(all.ids).size).toBe(18);
    });
  });

  describe("termsOfReference", () => {
    it("lists the LSC ICP's two versions in the order they took effect, by body or partnership, a page at a time", async () => {
      const r = await server.gql<{ body: Conn<{ id: string; status: string }>; partnership: Conn<{ id: string }>; none: Conn<{ id: string }> }>(`{
        body: termsOfReference(first: 5, body: "body:lsc-icp") { totalCount edges { node { id status } } }
        partnership: termsOfReference(first: 5, partnership: "partnership:lsc-icp") { totalCount edges { node { id } } }
        none: termsOfReference(first: 5, partnership: "partnership:chorley-psr") { totalCount edges { node { id } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.body.edges.map((e) => e.node)).toEqual([
        { id: "tor:lsc-icp-2023", status: "approved" },
        { id: "tor:lsc-icp-2024", status: "proposed" },
      ]);
      expect(r.data!.partnership.edges.map((e) => e.node.id)).toEqual(["tor:lsc-icp-2023", "tor:lsc-icp-2024"]);
      expect(r.data!.none.totalCount).toBe(0);
      const paged = await allPages("termsOfReference", `, body: "body:lsc-icp"`, 1);
      expect(paged.pages).toEqual([["tor:lsc-icp-2023"], ["tor:lsc-icp-2024"]]);
    });
  });

  describe("possibleIdentities", () => {
    it("lists L. Roberts and Lisa Roberts as a possible identity, with the evidence and both quotes", async () => {
      const r = await server.gql<{
        possibleIdentities: Conn<{ person: { id: string }; other: { id: string; name: string }; evidence: string; sources: Citation[] }>;
      }>(
        `{ possibleIdentities(first: 1) { totalCount pageInfo { hasNextPage } edges { cursor node { person { id } other { id name } evidence sources { documentId quote start end document { file } } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const c = r.data!.possibleIdentities;
      expect(c.totalCount).toBe(1);
      expect(c.pageInfo.hasNextPage).toBe(false);
      const identity = c.edges[0]!.node;
      expect(identity.person.id).toBe("person:l-roberts");
      expect(identity.other).toEqual({ id: "person:lisa-roberts", name: "Lisa Roberts" });
      expect(identity.evidence).toMatch(/^Same surname and initial/);
      expect(identity.evidence).toMatch(/No document states they are the same person/);
      // One quote from each document that records it.
      expect(new Set(identity.sources.map((s) => s.documentId))).toEqual(new Set(["doc:central-lancashire-2021-06-22", "doc:lsc-icp-2024"]));
      expect(identity.sources.map((s) => s.quote)).toContain(
        "L. Roberts advised that all other place-based partnerships in Lancashire and South Cumbria were taking the same approach",
      );
      identity.sources.forEach(expectQuoted);
      const after = await server.gql<{ possibleIdentities: Conn<unknown> }>(
        `query($a: String) { possibleIdentities(first: 5, after: $a) { edges { cursor } } }`,
        {
          a: c.edges[0]!.cursor,
        },
      );
      expect(after.data!.possibleIdentities.edges).toEqual([]);
    });
  });

  describe("compareTerms", () => {
    type Side = { basis: string; note: string | null; seat: { id: string; position: string }; sources: Citation[] } | null;
    type RuleSide = { basis: string; rule: { id: string; kind: string }; sources: Citation[] } | null;
    type Comparison = {
      unchangedSeats: number;
      unchangedRules: number;
      seats: { change: string; matchedBy: string | null; fields: unknown[]; a: Side; b: Side }[];
      rules: { change: string; matchedBy: string | null; a: RuleSide; b: RuleSide }[];
    };
    const cite = "sources { documentId quote start end document { file } }";
    const query = (a: string, b: string) =>
      `{ compareTerms(a: "${a}", b: "${b}") { unchangedSeats unchangedRules
           seats { change matchedBy fields { field } a { basis note seat { id position } ${cite} } b { basis note seat { id position } ${cite} } }
           rules { change matchedBy a { basis rule { id kind } ${cite} } b { basis rule { id kind } ${cite} } } } }`;

    it("lists the seats and rules the July 2024 revision adds to the 2023 terms, each with its quote", async () => {
      const r = await server.gql<{ compareTerms: Comparison }>(query("tor:lsc-icp-2023", "tor:lsc-icp-2024"));
      expect(r.errors).toBeUndefined();
      const cmp = r.data!.compareTerms;
      // The report names three additions to the core membership: an ICB Non-Executive member, a
      // Director of Public Health and a Director of Adult Social Care (seats 9, 26 and 25 of 7.2).
      const added = cmp.seats.filter((s) => s.change === "ADDED");
      expect(added.map((s) => [s.b!.seat.id, s.b!.seat.position])).toEqual([
        ["seat:lsc-icp-09", "Non-Exec Board member"],
        ["seat:lsc-icp-25", "Director of Adult Social Care"],
        ["seat:lsc-icp-26", "Director of Public Health"],
      ]);
      expect(added.every((s) => s.a === null && s.matchedBy === null && s.b!.basis === "stated")).toBe(true);
      // The seat's row, with the terms' title and the heading of the list it is in: the quotes name both ends.
      expect(added[0]!.b!.sources.map((s) => s.quote.replace(/\s+/g, " ").trim())).toEqual([
        "Report Title LSC Integrated Care Partnership Terms of Reference Date of Meeting 15 July 2024",
        "7.2. Full Members are as follows:",
        "NHS ICB LSC ICB Non-Exec Board member",
      ]);
      // The Chief Operating Officer's seat: the 2023 terms may or may not have had it.
      const coo = cmp.seats.find((s) => s.b?.seat.id === "seat:lsc-icp-08")!;
      expect(coo).toMatchObject({ change: "UNDETERMINED", matchedBy: "SAME_ENTITY", fields: [], a: { basis: "uncertain" }, b: { basis: "stated" } });
      expect(coo.a!.sources.map((s) => s.quote.replace(/\s+/g, " "))).toContain(
        "consideration of additional ICB representatives to reflect the value of having the Chief Operating Officer's input",
      );
      expect(cmp.unchangedSeats).toBe(22);
      // The chair's and deputy's rotation (paragraphs 7.8 and 7.9) are new; quorum and attendance are carried over.
      expect(cmp.rules.map((x) => [x.change, x.b!.rule.id])).toEqual([
        ["ADDED", "rule:lsc-icp-2024-chair"],
        ["ADDED", "rule:lsc-icp-2024-deputy"],
      ]);
      // The rule's own clause and the terms' title, beside the covering paper's summary of the change.
      expect(cmp.rules[0]!.b!.sources.map((s) => s.quote.replace(/\s+/g, " ").trim())).toEqual([
        "Paragraph 7.8 outlines the proposed updates to the rotation of the Chair",
        "Report Title LSC Integrated Care Partnership Terms of Reference Date of Meeting 15 July 2024",
        "7.8. The ICB and local authorities will jointly select a Partnership Chair, appointed on a biennial rotational basis",
      ]);
      expect(cmp.unchangedRules).toBe(6);
      for (const d of [...cmp.seats, ...cmp.rules]) for (const side of [d.a, d.b]) side?.sources.forEach(expectQuoted);
    });

    it("read the other way, the same seats and rules are removed", async () => {
      const r = await server.gql<{ compareTerms: Comparison }>(query("tor:lsc-icp-2024", "tor:lsc-icp-2023"));
      expect(r.errors).toBeUndefined();
      const cmp = r.data!.compareTerms;
      expect(cmp.seats.filter((s) => s.change === "REMOVED").map((s) => s.a!.seat.id)).toEqual(["seat:lsc-icp-09", "seat:lsc-icp-25", "seat:lsc-icp-26"]);
      expect(cmp.rules.map((x) => [x.change, x.a!.rule.kind, x.b])).toEqual([
        ["REMOVED", "chair", null],
        ["REMOVED", "deputy", null],
      ]);
    });

    it("names the argument whose id is no version of terms, and refuses comparing a version with itself", async () => {
      const unknown = await server.gql(`{ compareTerms(a: "tor:lsc-icp-2023", b: "tor:lsc-icp-2099") { unchangedSeats } }`);
      expect(unknown.errors?.[0]?.message).toBe("Invalid argument b: no terms of reference has id tor:lsc-icp-2099");
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "b" });
      const same = await server.gql(`{ compareTerms(a: "tor:lsc-icp-2023", b: "tor:lsc-icp-2023") { unchangedSeats } }`);
      expect(same.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "b" });
      const wrong = await server.gql(`{ compareTerms(a: "body:lsc-icp", b: "tor:lsc-icp-2023") { unchangedSeats } }`);
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "a" });
    });
  });

  describe("Meeting.attendanceCounts", () => {
    it("counts the LSC ICP's 25 March 2024 attendance by status, as its attendance lists it", async () => {
      const r = await server.gql<{ meeting: { attendanceCounts: { status: string; count: number }[]; attendance: { status: string }[] } }>(
        `{ meeting(id: "meeting:lsc-icp-2024-03-25") { attendanceCounts { status count } attendance { status } } }`,
      );
      expect(r.errors).toBeUndefined();
      const { attendanceCounts, attendance } = r.data!.meeting;
      for (const { status, count } of attendanceCounts) expect(count, status).toBe(attendance.filter((a) => a.status === status).length);
      // Nine present, seven in attendance, seven apologies (data/2024-lsc-icp.yaml); every status listed, members first.
      expect(attendanceCounts).toEqual([
        { status: "PRESENT", count: 9 },
        { status: "PARTICIPANT", count: 0 },
        { status: "IN_ATTENDANCE", count: 7 },
        { status: "OBSERVER", count: 0 },
        { status: "OFFICER", count: 0 },
        { status: "APOLOGIES", count: 7 },
      ]);
    });

    it("answers for every meeting of a page, and zeros for a meeting with no recorded attendance", async () => {
      const r = await server.gql<{ meetings: Conn<{ id: string; attendanceCounts: { count: number }[]; attendance: unknown[] }> }>(
        `{ meetings(first: 30) { edges { node { id attendanceCounts { count } attendance { status } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const nodes = r.data!.meetings.edges.map((e) => e.node);
      for (const m of nodes)
        expect(
          m.attendanceCounts.reduce((n, c) => n + c.count, 0),
          m.id,
        ).toBe(m.attendance.length);
      expect(nodes.find((m) => m.id === "meeting:lsc-icp-2024-09")!.attendanceCounts.every((c) => c.count === 0)).toBe(true);
    });
  });

  describe("persisted queries (Apollo APQ), as the README shows them", () => {
    const query = `{ meeting(id: "meeting:lsc-icp-2024-03-25") { title date } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const ext = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
    const post = (body: unknown) =>
      fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] },
      }));

    it("asks for the query once, then answers by hash alone, by POST and by GET (Accept: */*, as Apollo Client sends it)", async () => {
      const unknown = await post({ extensions: ext(sha256Hash) });
      expect(unknown.body.errors?.[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      const registered = await post({ query, extensions: ext(sha256Hash) });
      const answer = { meeting: { title: "Lancashire and South Cumbria Integrated Care Partnership", date: "2024-03-25" } };
      expect(registered.body.data).toEqual(answer);
      expect((await post({ extensions: ext(sha256Hash) })).body.data).toEqual(answer);
      const get = await fetch(`${server.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(ext(sha256Hash)))}`, {
        headers: { accept: "*/*", "apollo-require-preflight": "true" },
        redirect: "manual",
      });
      expect(get.status).toBe(200);
      expect(((await get.json()) as { data: unknown }).data).toEqual(answer);
    });

    it("refuses a hash that is not the query's as the client's mistake", async () => {
      const wrong = await post({ query, extensions: ext("0".repeat(64)) });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    });
  });
});
