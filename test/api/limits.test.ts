import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

// Reproductions of the outside test's limit defects (issue 13: 1, 2, 3, 7, 18), each answered
// with a 400-class status and a GraphQL error body, before any Neo4j statement runs.
describe("query limits under abuse", () => {
  let s: Awaited<ReturnType<typeof startSeededServer>>;
  let server: TestServer;
  beforeAll(async () => {
    s = await startSeededServer({ GRAPHQL_MAX_DEPTH: "7", GRAPHQL_MAX_COST: "5000", GRAPHQL_MAX_STATEMENTS: "40" });
    server = s.server;
  });
  afterAll(() => stopSeededServer(s));

  it("answers an over-limit query with 400 and QUERY_TOO_COMPLEX, not 500", async () => {
    const r = await server.gql(`{ auditLog(first: 1000000) { who } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxCost: 5000 });
    expect(r.extensions?.roundTrips ?? 0).toBe(0);
  });

  it("counts nothing skipped and refuses a negative first, so a sibling cannot pay for a costly query", async () => {
    const costly = `people(first: 100) { edges { node { attendance { meeting { attendance { status } } } } } }`;
    const bypass = await server.gql(`{ ${costly} x: people(first: -2147483648) @skip(if: true) { edges { node { id } } } }`);
    expect(bypass.status).toBe(400);
    expect(bypass.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxCost: 5000 });
    expect(bypass.extensions?.roundTrips ?? 0).toBe(0);
    const negative = await server.gql(`{ people(first: -2147483648) { edges { node { id } } } }`);
    expect(negative.status).toBe(400);
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(negative.errors?.[0]?.message).toMatch(/Invalid argument first of people: must be a whole number of 0 or more/);
    expect((await server.gql(`{ ${costly} }`)).errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const included = await server.gql(
      `query($no: Boolean!) { people(first: 100) @include(if: $no) { edges { node { attendance { meeting { attendance { status } } } } } } }`,
      { no: false },
    );
    expect(included.errors).toBeUndefined();
    expect(included.extensions?.roundTrips).toBe(0);
  });

  it("checks a document of fragments that spread each other twice in linear time", async () => {
    // 40 fragments, each spreading the next twice: 2^40 paths for a walk that does not memoise.
    const n = 40;
    const frags = Array.from({ length: n }, (_, i) =>
      i + 1 < n ? `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Person { id }`,
    );
    const r = await server.gql(`{ person(id: "person:alistair-bradley") { ...F0 } } ${frags.join(" ")}`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data).toEqual({ person: { id: "person:alistair-bradley" } });
  });

  it("refuses a 1,000-deep list argument with a clear error, not a stack overflow", async () => {
    const deep = `${"[".repeat(1000)}1${"]".repeat(1000)}`;
    const r = await server.gql(`{ search(text: "reform", types: ${deep}) { score } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(r.errors?.[0]?.message).toMatch(/nests 1002 levels of brackets; the limit is 64/);
    expect(JSON.stringify(r)).not.toMatch(/call stack/i);
  });

  it("prices root traversals by their work: 1,000 aliased paths are refused before they run", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `p${i}: paths(from: "org:chorley-council", to: "partnership:lsc-icp", maxHops: 6) { length }`).join(
      " ",
    );
    const r = await server.gql(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
    expect(r.extensions?.roundTrips ?? 0).toBe(0);
  });

  it("stops a request that needs more statements than its budget, with QUERY_TOO_COMPLEX", async () => {
    // Within the cost limit, but each alias is its own statement: 45 searches against a budget of 40.
    const aliases = Array.from({ length: 45 }, (_, i) => `s${i}: search(text: "reform ${i}") { score }`).join(" ");
    const r = await server.gql(`{ ${aliases} }`);
    expect(r.errors?.some((e) => e.extensions?.code === "QUERY_TOO_COMPLEX" && /more than 40 database statements/.test(e.message))).toBe(true);
  });
});
