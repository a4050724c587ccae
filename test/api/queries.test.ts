import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

type Edge<T> = { cursor: string; node: T };
type Conn<T> = { totalCount: number; edges: Edge<T>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe("GraphQL API over the seed graph", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => ({ db, server } = await startSeededServer()));
  afterAll(() => stopSeededServer({ db, server }));

  describe("look-ups", () => {
    it("finds each kind by id and answers null, not an error, for an unknown id", async () => {
      const r = await server.gql<Record<string, { id: string } | null>>(`{
        organisation(id: "org:chorley-council") { id }
        person(id: "person:alistair-bradley") { id }
        partnership(id: "partnership:lsc-icp") { id }
        meeting(id: "meeting:lsc-icp-2024-03-25") { id }
        priority(id: "priority:transforming-community-services") { id }
        document(id: "doc:lsc-icp-2024") { id }
        missing: person(id: "person:nobody") { id }
        wrongKind: person(id: "org:chorley-council") { id }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({
        organisation: { id: "org:chorley-council" },
        person: { id: "person:alistair-bradley" },
        partnership: { id: "partnership:lsc-icp" },
        meeting: { id: "meeting:lsc-icp-2024-03-25" },
        priority: { id: "priority:transforming-community-services" },
        document: { id: "doc:lsc-icp-2024" },
        missing: null,
        wrongKind: null,
      });
    });

    it("resolves node(id) to the right concrete type", async () => {
      const r = await server.gql<{ a: { __typename: string; name: string }; b: { __typename: string; title: string } }>(`{
        a: node(id: "person:lisa-roberts") { __typename ... on Person { name } }
        b: node(id: "meeting:lsc-icp-2024-03-25") { __typename ... on Meeting { title } }
      }`);
      expect(r.data?.a).toEqual({ __typename: "Person", name: "Lisa Roberts" });
      expect(r.data?.b.__typename).toBe("Meeting");
    });

    it("gives a meeting's attendance with status, representation and a citation whose offsets point at the quote", async () => {
      const r = await server.gql<{
        meeting: {
          attendance: {
            status: string;
            person: { name: string };
            representing: { id: string } | null;
            sources: { quote: string; start: number; end: number; document: { file: string } }[];
          }[];
        };
      }>(`{
        meeting(id: "meeting:chorley-psr-executive-2016-02-16") {
          attendance { status person { name } representing { id } sources { quote start end document { file } } }
        }
      }`);
      const att = r.data!.meeting.attendance;
      expect(att.filter((a) => a.status === "PRESENT")).toHaveLength(9);
      expect(att.filter((a) => a.status === "APOLOGIES")).toHaveLength(11);
      expect(att.filter((a) => a.status === "OBSERVER").map((a) => a.person.name)).toEqual(["Hasina Khan"]);
      expect(
        att
          .filter((a) => a.status === "OFFICER")
          .map((a) => a.person.name)
          .sort(),
      ).toEqual(["Hayley Hughes", "Vicky Willett"]);
      const karen = att.find((a) => a.person.name === "Karen Sharrocks")!;
      expect(karen.representing?.id).toBe("org:chorley-south-ribble-ccg");
      const c = karen.sources[0]!;
      const text = fs.readFileSync(path.join(PROJECT_ROOT, "data", c.document.file), "utf8");
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).toBe("Karen Sharrocks (Chorley and South Ribble Clinical Commissioning Group)");
    });

    it("keeps look-alike people apart and shows the possible identity", async () => {
      const r = await server.gql<{ person: { possibleIdentities: { other: { id: string }; evidence: string }[] } }>(
        `{ person(id: "person:l-roberts") { possibleIdentities { other { id } evidence } } }`,
      );
      expect(r.data?.person.possibleIdentities.map((p) => p.other.id)).toEqual(["person:lisa-roberts"]);
    });
  });

  describe("connections", () => {
    async function allPages<T extends { id: string }>(
      field: string,
      args: string,
      selection: string,
      first: number,
    ): Promise<{ total: number; ids: string[]; nodes: T[] }> {
      const nodes: T[] = [];
      let after: string | null = null;
      let total = -1;
      for (let i = 0; i < 100; i++) {
        const r: { data?: Record<string, Conn<T>>; errors?: unknown } = await server.gql(
          `query($after: String) { ${field}(first: ${first}, after: $after${args}) { totalCount edges { cursor node { id ${selection} } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(r.errors).toBeUndefined();
        const conn = r.data![field]!;
        total = conn.totalCount;
        nodes.push(...conn.edges.map((e) => e.node));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      return { total, ids: nodes.map((n) => n.id), nodes };
    }

    it("pages through every organisation once, in name order", async () => {
      const { total, ids, nodes } = await allPages<{ id: string; name: string }>("organisations", "", "name", 7);
      expect(total).toBe(29);
      expect(ids).toHaveLength(29);
      expect(new Set(ids).size).toBe(29);
      const names = nodes.map((n) => n.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it("pages meetings oldest first, undated last", async () => {
      const { ids, nodes } = await allPages<{ id: string; date: string | null }>("meetings", "", "date", 5);
      expect(ids).toHaveLength(22);
      expect(ids[0]).toBe("meeting:chorley-psr-executive-2016-01-19");
      const dated = nodes.filter((n) => n.date).map((n) => n.date!);
      expect(dated).toEqual([...dated].sort());
      expect(nodes.slice(-5).every((n) => n.date === null)).toBe(true);
    });

    it("places events dated only to a month after that month's days, in month order, with the month machine-readable", async () => {
      const { nodes } = await allPages<{ id: string; date: string | null; dateText: string | null; month: string | null; datePrecision: string | null }>(
        "meetings",
        "",
        "date dateText month datePrecision",
        4,
      );
      const byMonth = nodes.filter((n) => n.datePrecision === "MONTH");
      expect(byMonth.map((n) => [n.dateText, n.month])).toEqual([
        ["September 2024", "2024-09"],
        ["September 2024", "2024-09"],
        ["December 2024 (possible)", "2024-12"],
        ["March 2025", "2025-03"],
        ["June 2025", "2025-06"],
      ]);
      // Each month's events follow every event dated to a day: the sort key of the whole list rises.
      const key = (n: { date: string | null; month: string | null }) => n.date ?? (n.month ? `${n.month}-32` : "9999-12-31");
      expect(nodes.map(key)).toEqual(nodes.map(key).sort());
      expect(nodes.find((n) => n.date)?.datePrecision).toBe("DAY");
    });

    it("keeps cursors right when data is added between pages", async () => {
      const first = await server.gql<{ people: Conn<{ id: string; name: string }> }>(
        `{ people(first: 10) { edges { cursor node { id name } } pageInfo { endCursor } } }`,
      );
      const seen = first.data!.people.edges.map((e) => e.node.id);
      // Someone whose name sorts before everything already read.
      await db.gateway.write((tx) => tx.run("CREATE (:Entity:Person {id: 'person:aaron-aardvark', name: 'Aaron Aardvark', aliases: []})"));
      try {
        const rest = await allPages<{ id: string }>("people", "", "name", 100);
        const next = await server.gql<{ people: Conn<{ id: string }> }>(`query($a: String) { people(first: 10, after: $a) { edges { node { id } } } }`, {
          a: first.data!.people.pageInfo.endCursor,
        });
        const nextIds = next.data!.people.edges.map((e) => e.node.id);
        // The next page starts right after the last person read: nothing repeated, nothing skipped.
        expect(nextIds.some((id) => seen.includes(id))).toBe(false);
        expect(nextIds).toEqual(rest.ids.slice(rest.ids.indexOf(seen.at(-1)!) + 1, rest.ids.indexOf(seen.at(-1)!) + 11));
      } finally {
        await db.gateway.write((tx) => tx.run("MATCH (p:Person {id: 'person:aaron-aardvark'}) DETACH DELETE p"));
      }
    });

    it("filters meetings by body and date range", async () => {
      const r = await server.gql<{ meetings: Conn<{ id: string }> }>(
        `{ meetings(first: 20, body: "body:lancashire-place-locality-workshops", from: "2023-01-01", to: "2023-02-28") { totalCount edges { node { id } } } }`,
      );
      expect(r.data?.meetings.edges.map((e) => e.node.id)).toEqual([
        "meeting:lancashire-place-workshop-2023-01-18-lancaster",
        "meeting:lancashire-place-workshop-2023-01-31-central",
        "meeting:lancashire-place-workshop-2023-02-01-fylde-wyre",
        "meeting:lancashire-place-workshop-2023-02-08-east-am",
        "meeting:lancashire-place-workshop-2023-02-08-east-pm",
      ]);
      expect(r.data?.meetings.totalCount).toBe(5);
    });

    it("filters meetings by partnership", async () => {
      const r = await server.gql<{ meetings: Conn<{ id: string }> }>(
        `{ meetings(first: 50, partnership: "partnership:chorley-psr") { edges { node { id } } } }`,
      );
      expect(r.data?.meetings.edges.map((e) => e.node.id)).toEqual([
        "meeting:chorley-psr-executive-2016-01-19",
        "meeting:chorley-psr-executive-2016-02-16",
        "meeting:chorley-psr-executive-2016-03-15",
      ]);
    });

    it("filters organisations by kind and by sector", async () => {
      const councils = await server.gql<{ organisations: Conn<{ id: string }> }>(
        `{ organisations(first: 50, kind: "unitary-council") { edges { node { id } } } }`,
      );
      expect(councils.data?.organisations.edges.map((e) => e.node.id)).toEqual([
        "org:blackburn-with-darwen-council",
        "org:blackpool-council",
        "org:cumberland-council",
        "org:north-yorkshire-council",
        "org:westmorland-and-furness-council",
      ]);
      const localGov = await server.gql<{ organisations: Conn<{ id: string }> }>(
        `{ organisations(first: 50, sector: "sector:local-government") { edges { node { id } } } }`,
      );
      expect(localGov.data?.organisations.edges.map((e) => e.node.id)).toEqual([
        "org:blackburn-with-darwen-council",
        "org:blackpool-council",
        "org:lancashire-county-council",
        "org:westmorland-and-furness-council",
      ]);
    });

    it("filters people by organisation", async () => {
      const r = await server.gql<{ people: Conn<{ id: string }> }>(`{ people(first: 50, organisation: "org:chorley-council") { edges { node { id } } } }`);
      expect(r.data?.people.edges.map((e) => e.node.id)).toEqual([
        "person:a-barrago",
        "person:alistair-bradley",
        "person:caroline-wolfenden",
        "person:gary-hall",
        "person:jamie-carson",
        "person:polly-patel",
        "person:rebecca-huddleston",
      ]);
    });
  });

  it("lists a meeting's unnumbered agenda items in the order the minutes give them", async () => {
    const r = await server.gql<{ meeting: { agendaItems: { number: string | null; title: string }[] } }>(
      `{ meeting(id: "meeting:central-lancashire-2021-06-22") { agendaItems { number title } } }`,
    );
    expect(r.data!.meeting.agendaItems.map((i) => i.title)).toEqual([
      "Partner updates – Lancashire Carers Services",
      "ICP Vision, aims and objectives refresh",
      "ICP Development Plan",
      "Matters for Escalation (and where to)",
    ]);
  });

  describe("search", () => {
    it("ranks the person named first for their name", async () => {
      const r = await server.gql<{ search: { entity: { id: string }; type: string; score: number }[] }>(
        `{ search(text: "Alistair Bradley") { type score entity { id } } }`,
      );
      expect(r.data?.search[0]).toMatchObject({ type: "PERSON", entity: { id: "person:alistair-bradley" } });
      const scores = r.data!.search.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it("finds organisations by alias and filters by kind", async () => {
      const r = await server.gql<{ search: { entity: { id: string } }[] }>(`{ search(text: "LSC ICB", types: [ORGANISATION], first: 3) { entity { id } } }`);
      expect(r.data?.search[0]?.entity.id).toBe("org:lsc-icb");
      expect(r.data?.search.every((h) => h.entity.id.startsWith("org:"))).toBe(true);
    });

    it("searches quoted evidence and takes the last word as a prefix", async () => {
      const r = await server.gql<{ search: { entity: { id: string }; matchedIn: string[] }[] }>(
        `{ search(text: "AskSA", types: [PRIORITY]) { matchedIn entity { id } } }`,
      );
      expect(r.data?.search[0]?.entity.id).toBe("priority:asksara");
    });

    it("finds other forms of the words and what the name's aliases call it: 'Accelerating Reform Fund'", async () => {
      const r = await server.gql<{ search: { entity: { id: string }; matchedIn: string[]; via: string | null }[] }>(
        `{ search(text: "Accelerating Reform Fund") { matchedIn via entity { id } } }`,
      );
      const ids = r.data!.search.map((h) => h.entity.id);
      expect(ids[0]).toBe("priority:accelerating-reform-fund");
      // The agenda item says "Accelerated": a stem of the same word.
      expect(r.data!.search.find((h) => h.entity.id === "item:lsc-icp-2024-03-25-34")).toMatchObject({
        matchedIn: expect.arrayContaining(["title"]),
        via: null,
      });
      // The resolution says only "ARF", the priority's alias.
      expect(r.data!.search.find((h) => h.entity.id === "resolution:lsc-icp-2024-03-25-34")).toMatchObject({ via: "ARF", matchedIn: ["text", "quote"] });
    });

    it("puts the current body first for a shared alias, and says which older one shares it: 'ICP'", async () => {
      const r = await server.gql<{ search: { entity: { id: string }; sharesNameWith: { id: string }[] }[] }>(
        `{ search(text: "ICP") { entity { id } sharesNameWith { id } } }`,
      );
      const hits = r.data!.search;
      expect(hits[0]).toEqual({ entity: { id: "partnership:lsc-icp" }, sharesNameWith: [{ id: "partnership:central-lancashire" }] });
      expect(hits.find((h) => h.entity.id === "partnership:central-lancashire")?.sharesNameWith).toEqual([{ id: "partnership:lsc-icp" }]);
      // A name nobody else has shares it with no one.
      const one = await server.gql<{ search: { entity: { id: string }; sharesNameWith: unknown[] }[] }>(
        `{ search(text: "LSC ICP") { entity { id } sharesNameWith { id } } }`,
      );
      expect(one.data!.search[0]).toEqual({ entity: { id: "partnership:lsc-icp" }, sharesNameWith: [] });
    });

    it("treats Lucene syntax in user text as plain characters", async () => {
      const r = await server.gql<{ search: unknown[] }>(`{ search(text: "Bradley:* (OR) \\"~") { score } }`);
      expect(r.errors).toBeUndefined();
    });

    it("takes Lucene's operator words as words: AND, OR, NOT, TO alone or leading", async () => {
      for (const text of ["AND", "OR Chorley", "NOT", "Chorley TO"]) {
        const r = await server.gql<{ search: unknown[] }>(`query($text: String!) { search(text: $text) { score } }`, { text });
        expect(r.errors, text).toBeUndefined();
      }
    });
  });

  describe("round trips", () => {
    it("costs two Neo4j round trips for partnerships → meetings → attendance → person → organisations", async () => {
      const r = await server.gql<{ partnerships: Conn<{ meetings: { attendance: { person: { organisations: { id: string }[] } }[] }[] }> }>(`{
        partnerships(first: 10) {
          totalCount
          edges { node { id meetings { id attendance { status person { id organisations { id name } } } } } }
        }
      }`);
      expect(r.errors).toBeUndefined();
      // The whole seed graph: all seven partnerships fit in the page.
      expect(r.data!.partnerships.totalCount).toBe(7);
      expect(r.data!.partnerships.edges).toHaveLength(7);
      const rows = r.data!.partnerships.edges.flatMap((e) => e.node.meetings.flatMap((m) => m.attendance));
      expect(rows.length).toBeGreaterThan(60);
      expect(rows.some((a) => a.person.organisations.length > 0)).toBe(true);
      // The page, then everything nested under its nodes in one statement (src/graphql/prefetch).
      expect(r.extensions?.roundTrips).toBe(2);
    });
  });
});
