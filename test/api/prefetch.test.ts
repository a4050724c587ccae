import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composePrefetch } from "../../src/graphql/prefetch/fetch.js";
import { HOPS } from "../../src/graphql/prefetch/hops.js";

/** What each planned (non-wrapper) field returns. */
const HOP_TARGETS: Record<string, string> = {
  "Partnership.meetings": "Meeting",
  "Partnership.bodies": "Body",
  "Partnership.places": "Place",
  "Body.meetings": "Meeting",
  "Meeting.body": "Body",
  "Meeting.agendaItems": "AgendaItem",
  "Meeting.places": "Place",
  "AgendaItem.resolutions": "Resolution",
  "AgendaItem.actions": "Action",
  "AgendaItem.presenters": "Person",
  "Person.organisations": "Organisation",
};
import { startSeededServer, startTestServer, stopSeededServer, type TestServer } from "../helpers/server.js";

/*
 * A root's nested relationship fields are fetched with it in one statement (src/graphql/prefetch).
 * The same query through the per-level loaders (GRAPHQL_PREFETCH=false) is the reference: the
 * answers must be identical, field for field, in the same order.
 */

const QUERIES: Record<string, string> = {
  "partnership → meetings → attendance → person → organisations": `{
    partnership(id: "partnership:lsc-icp") {
      id name
      meetings { id title date attendance { status role capacity representingText representing { id name } person { id name honorific organisations { id name kind } } } }
    }
  }`,
  "meeting with body, agenda, resolutions, presenters, sources, and a fragment": `
    fragment who on Person { name aliases attendance { status meeting { id date title } } }
    {
      meeting(id: "meeting:lsc-icp-2024-03-25") {
        title date venue
        sources { documentId quote start end }
        body { id name meetings { id date } }
        agendaItems { number title resolutions { text outcome } actions { text } presenters { ...who } }
        attendance { person { ...who } sources { quote } }
      }
    }`,
  "person with fields that are not planned (positions, affiliations) beside planned ones": `{
    person(id: "person:alistair-bradley") {
      name positions { position of { id } }
      affiliations { role organisation { id } }
      organisations { name people { person { id } } }
      attendance { status meeting { title body { name } } }
    }
  }`,
  "a connection page: nested fields of every node, for the whole page at once": `{
    partnerships(first: 10) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name meetings { id attendance { status person { name organisations { name } } } } bodies { name } } }
    }
    people(first: 5, after: null) { edges { node { name attendance { status meeting { title } } organisations { name sources { quote } } } } }
  }`,
  "aliases of the same field merge into one fetch": `{
    partnership(id: "partnership:chorley-psr") {
      a: meetings { id }
      b: meetings { title attendance { person { name } } }
      bodies { name meetings { id } }
      places { name }
    }
  }`,
};

describe("prefetching nested relationship fields", () => {
  let seeded: Awaited<ReturnType<typeof startSeededServer>>;
  let perLevel: TestServer;

  beforeAll(async () => {
    seeded = await startSeededServer();
    perLevel = await startTestServer(seeded.db.gateway, { GRAPHQL_PREFETCH: "false" });
  });
  afterAll(async () => {
    await perLevel?.stop();
    await stopSeededServer(seeded);
  });

  for (const [name, query] of Object.entries(QUERIES)) {
    it(`answers exactly as the per-level loaders do: ${name}`, async () => {
      const [planned, reference] = await Promise.all([seeded.server.gql(query), perLevel.gql(query)]);
      expect(reference.errors).toBeUndefined();
      expect(planned.errors).toBeUndefined();
      expect(Object.values(reference.data as object).every((v) => v !== null)).toBe(true);
      expect(JSON.stringify(reference.data).length).toBeGreaterThan(200);
      expect(JSON.stringify(planned.data)).toBe(JSON.stringify(reference.data));
      expect(planned.extensions?.roundTrips).toBeLessThan(reference.extensions?.roundTrips as number);
    });
  }

  // Generated from the declarations: every planned field, with both ends of what it returns
  // (back-references included: person → attendance → person), against the loader path.
  const ROOTS: Record<string, { via: (inner: string) => string }> = {
    Partnership: { via: (inner) => `partnership(id: "partnership:lsc-icp") { ${inner} }` },
    Body: { via: (inner) => `body(id: "body:lsc-icp") { ${inner} }` },
    Meeting: { via: (inner) => `meeting(id: "meeting:lsc-icp-2024-03-25") { ${inner} }` },
    Person: { via: (inner) => `person(id: "person:alistair-bradley") { ${inner} }` },
    AgendaItem: { via: (inner) => `meeting(id: "meeting:lsc-icp-2024-03-25") { agendaItems { ${inner} } }` },
  };
  const WHAT: Record<string, string> = {
    Partnership: "id name bodies { id } meetings { id }",
    Body: "id name meetings { id }",
    Meeting: "id title date body { id name } attendance { status person { id } } agendaItems { id }",
    Person: "id name honorific organisations { id } attendance { status meeting { id } }",
    AgendaItem: "id number title resolutions { id } presenters { id }",
    Organisation: "id name kind",
    Place: "id name",
    Resolution: "id text outcome",
    Action: "id text",
  };
  const wrapper = "status role capacity representingText representing { id name } sources { quote } person { id name attendance { status meeting { id title } } } meeting { id title attendance { status person { id name } } }";
  for (const [type, fields] of Object.entries(HOPS)) {
    for (const [field, hop] of Object.entries(fields)) {
      it(`generated: ${type}.${field} and its inverse answer as the loaders do`, async () => {
        const target = hop.kind === "links" && hop.through ? null : (HOP_TARGETS[`${type}.${field}`] ?? "Organisation");
        const inner = `${field} { ${target ? WHAT[target] : wrapper} }`;
        const q = `{ ${ROOTS[type]!.via(inner)} }`;
        const [planned, reference] = await Promise.all([seeded.server.gql(q), perLevel.gql(q)]);
        expect(reference.errors, q).toBeUndefined();
        expect(planned.errors, q).toBeUndefined();
        expect(JSON.stringify(planned.data)).toBe(JSON.stringify(reference.data));
      });
    }
  }

  it("answers a partnership → meetings → attendance → person → organisations query in one round trip", async () => {
    const r = await seeded.server.gql<{ partnership: { meetings: { attendance: { person: { organisations: unknown[] } }[] }[] } }>(
      `{ partnership(id: "partnership:lsc-icp") { meetings { id attendance { status person { name organisations { name } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const people = r.data!.partnership.meetings.flatMap((m) => m.attendance);
    expect(people.length).toBeGreaterThan(20);
    expect(people.some((a) => a.person.organisations.length > 0)).toBe(true);
    expect(r.extensions?.roundTrips).toBe(1);
  });

  it("answers a page of partnerships with their meetings' attendance in two round trips: the page, then everything under it", async () => {
    const r = await seeded.server.gql<{ partnerships: { edges: { node: { meetings: { attendance: unknown[] }[] } }[] } }>(
      `{ partnerships(first: 3) { edges { node { meetings { attendance { person { organisations { name } } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.partnerships.edges).toHaveLength(3);
    expect(r.extensions?.roundTrips).toBe(2);
  });

  it("a node of a page that is also reached by id elsewhere in the query keeps its whole row there", async () => {
    const q = `{
      people(first: 3) { edges { node { id organisations { name } } } }
      again: people(first: 3) { edges { node { id name sources { quote } } } }
    }`;
    const [planned, reference] = await Promise.all([seeded.server.gql(q), perLevel.gql(q)]);
    expect(planned.errors).toBeUndefined();
    expect(JSON.stringify(planned.data)).toBe(JSON.stringify(reference.data));
  });

  it("reuses a query's plan for the next request of the same query, whatever its variables", async () => {
    const q = `query($id: ID!) { partnership(id: $id) { name meetings { id attendance { status person { name } } } } }`;
    for (const id of ["partnership:lsc-icp", "partnership:chorley-psr", "partnership:lsc-icp"]) {
      const [planned, reference] = await Promise.all([seeded.server.gql(q, { id }), perLevel.gql(q, { id })]);
      expect(planned.errors).toBeUndefined();
      expect(JSON.stringify(planned.data)).toBe(JSON.stringify(reference.data));
      expect(planned.extensions?.roundTrips).toBe(1);
    }
  });

  it("an unknown root id is null, as without prefetching", async () => {
    const r = await seeded.server.gql<{ partnership: null }>(`{ partnership(id: "partnership:nope") { meetings { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.partnership).toBeNull();
  });

  it("an id of another type is null, as without prefetching", async () => {
    const r = await seeded.server.gql<{ partnership: null }>(`{ partnership(id: "meeting:lsc-icp-2024-03-25") { meetings { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.partnership).toBeNull();
  });

  it("puts no value of the query into the statement's text", () => {
    const { text, params } = composePrefetch({
      props: ["id", "name"],
      hops: [{ key: "k", hop: { kind: "links", direction: "IN", types: ["ATTENDED"] }, relProps: ["status"], node: { props: ["id", "name' OR 1=1 //"], hops: [] } }],
    });
    expect(text).not.toContain("name");
    expect(text).not.toContain("ATTENDED");
    expect(params).toMatchObject({ props0: ["id", "name"], types1: ["ATTENDED"], relProps1: ["status"], props1: ["id", "name' OR 1=1 //"] });
  });
});
