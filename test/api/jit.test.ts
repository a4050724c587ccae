import { getIntrospectionQuery, GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, GraphQLNonNull, GraphQLInt } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompiledQueries } from "../../src/graphql/execution/compiled-queries.js";
import { asGraphQLJsError } from "../../src/graphql/execution/jit-gateway.js";
import { examples, type Request } from "../helpers/examples.js";
import { startSeededServer, startTestServer, stopSeededServer, type TestServer } from "../helpers/server.js";

/*
 * GRAPHQL_JIT runs operations compiled by graphql-jit. graphql-js, the executor without it, is the
 * reference: every answer must be the same bytes, data and errors, status and extensions, through
 * every plugin (limits, round trips, metrics) and our formatError.
 */

// The operations the explorer sends (explorer/src/views), and the benchmark's mix, with variables.
const OPERATIONS: Record<string, Request> = {
  "look-up by id (the benchmark's)": {
    query: "query($id: ID!) { person(id: $id) { id name honorific aliases } }",
    variables: { id: "person:alistair-bradley" },
  },
  "nested 4 levels (the benchmark's)": {
    query: "query($id: ID!) { partnership(id: $id) { meetings { id attendance { status person { name organisations { name } } } } } }",
    variables: { id: "partnership:lsc-icp" },
  },
  "a connection page after a cursor, with totalCount": {
    query: "query($after: String) { people(first: 7, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }",
    variables: { after: null },
  },
  "node(id) resolved to its concrete type, fragments and __typename": {
    query: `fragment who on Person { name attendance { status meeting { id date } } }
      query Node($a: ID!, $b: ID!) { a: node(id: $a) { __typename id ...who } b: node(id: $b) { __typename ... on Meeting { title date venue } } }`,
    variables: { a: "person:lisa-roberts", b: "meeting:lsc-icp-2024-03-25" },
  },
  "search with types (the explorer's)": {
    query:
      "query Search($text: String!, $first: Int, $types: [EntityType!]) { search(text: $text, first: $first, types: $types) { type score matchedIn entity { id __typename } } }",
    variables: { text: "reform", first: 5, types: ["PERSON", "ORGANISATION", "MEETING"] },
  },
  "@skip and @include by variables": {
    query:
      'query($yes: Boolean!, $no: Boolean!) { person(id: "person:alistair-bradley") { name @include(if: $yes) aliases @skip(if: $yes) attendance @include(if: $no) { status } } }',
    variables: { yes: true, no: false },
  },
  "lineage, paths and neighbourhood (the explorer's)": {
    query: `query($id: ID!, $from: ID!, $to: ID!) {
      lineage(id: $id) { steps { position date relation event { id } body { id } } }
      paths(from: $from, to: $to, maxHops: 4, first: 2) { length nodes { id } }
      neighbourhood(id: "body:interim-lancashire-place-board", depth: 1) { nodes { id } }
    }`,
    variables: { id: "priority:transforming-community-services", from: "org:chorley-council", to: "partnership:lsc-icp" },
  },
  "quorum and membership gaps (the explorer's)": {
    query: `query($meeting: ID!, $id: ID!, $asOf: Date) {
      quorum(meetingId: $meeting) { outcome clauses { outcome } }
      membershipGaps(partnershipId: $id, asOf: $asOf) { seats { status holder { id } } }
    }`,
    variables: { meeting: "meeting:lsc-icp-2024-03-25", id: "partnership:lsc-icp", asOf: "2024-07-15" },
  },
  "introspection (GraphiQL's first request)": { query: getIntrospectionQuery() },
};

// Error cases: each must be refused, or answered, in the same words, with the same code and status.
const ERRORS: Record<string, Request> = {
  "an unknown id: null, not an error": { query: "query($id: ID!) { person(id: $id) { id } }", variables: { id: "person:nobody" } },
  "a page size over 100: BAD_USER_INPUT naming the argument": { query: "{ organisations(first: 101) { totalCount } }" },
  "a negative first in a variable: BAD_USER_INPUT": { query: "query($n: Int) { people(first: $n) { edges { node { id } } } }", variables: { n: -1 } },
  "a required variable missing": { query: "query($id: ID!) { person(id: $id) { id } }", variables: {} },
  "a variable of the wrong type": { query: "query($n: Int) { people(first: $n) { totalCount } }", variables: { n: "ten" } },
  "an invalid Date variable": {
    query: "query($id: ID!, $asOf: Date) { membershipGaps(partnershipId: $id, asOf: $asOf) { seats { status } } }",
    variables: { id: "partnership:lsc-icp", asOf: "31/12/2024" },
  },
  "over the cost limit: QUERY_TOO_COMPLEX before any statement": {
    query: "{ people(first: 100) { edges { node { attendance { meeting { attendance { person { attendance { status } } } } } } } } }",
  },
  "over the depth limit": {
    query: '{ person(id: "person:alistair-bradley") { attendance { meeting { attendance { person { attendance { meeting { body { id } } } } } } } } }',
  },
  "an unknown field: a validation error": { query: '{ person(id: "person:alistair-bradley") { shoeSize } }' },
  "two operations and no name chosen": { query: "query A { __typename } query B { __typename }" },
  "a name no operation has": { query: "query A { __typename }", operationName: "Z" },
  "a write without a key: refused": { query: 'mutation { extractDocument(fileName: "x.txt", text: "Minutes.") { documentId } }' },
};

async function send(server: TestServer, request: Request): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
  return `${res.status} ${res.headers.get("content-type")}\n${await res.text()}`;
}

/** The counters of /metrics (requests by operation and outcome, errors by code, round trips): the durations differ by nature. */
async function counters(server: TestServer): Promise<string[]> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return text.split("\n").filter((l) => /^(graphql_requests_total|graphql_errors_total|graphql_neo4j_round_trips_(sum|count))\{/.test(l));
}

describe("graphql-jit answers as graphql-js does", () => {
  let seeded: Awaited<ReturnType<typeof startSeededServer>>;
  let jit: TestServer;

  beforeAll(async () => {
    seeded = await startSeededServer({ GRAPHQL_JIT: "false" });
    jit = await startTestServer(seeded.db.gateway, { GRAPHQL_JIT: "true" });
  });
  afterAll(async () => {
    await jit?.stop();
    await stopSeededServer(seeded);
  });

  const cases = { ...examples(), ...OPERATIONS, ...ERRORS };

  it.each(Object.keys(cases))("%s", async (name) => {
    const request = cases[name]!;
    // Twice: the first sight compiles, the second runs what the cache kept (and a membership
    // analysis comes from its cache, on both servers alike).
    for (let i = 0; i < 2; i++) {
      const reference = await send(seeded.server, request);
      expect(await send(jit, request)).toBe(reference);
    }
  });

  it("counts the same requests, errors and round trips in /metrics", async () => {
    const counted = await counters(jit);
    expect(counted.some((l) => l.startsWith('graphql_errors_total{code="BAD_USER_INPUT"}'))).toBe(true);
    expect(counted).toEqual(await counters(seeded.server));
  });

  it("gives the same data and errors when a null reaches the root beside a field under way", async () => {
    // graphql-js answers as soon as the error nulls the whole result, while the person look-up it
    // started is still waiting for its batch; graphql-jit waits for it. The statement is sent
    // either way; only extensions.roundTrips, read when the answer goes, tells them apart. (Servers
    // of their own, so that the other test's /metrics stay comparable.)
    const [a, b] = [await startTestServer(seeded.db.gateway, { GRAPHQL_JIT: "false" }), await startTestServer(seeded.db.gateway, { GRAPHQL_JIT: "true" })];
    try {
      const request = { query: '{ person(id: "person:alistair-bradley") { name } organisations(first: 101) { totalCount } }' };
      const [reference, compiled] = [JSON.parse((await send(a, request)).split("\n")[1]!), JSON.parse((await send(b, request)).split("\n")[1]!)];
      expect(reference.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect({ ...compiled, extensions: undefined }).toEqual({ ...reference, extensions: undefined });
      expect(compiled.extensions.roundTrips).toBeGreaterThanOrEqual(reference.extensions.roundTrips);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

describe("the compiled-query cache", () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        hello: { type: GraphQLString, args: { n: { type: GraphQLInt } }, resolve: (_, { n }: { n?: number }) => `hello ${n ?? 0}` },
        broken: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
      },
    }),
  });

  it("compiles a document once per operation name, and forgets the least recently used past its capacity", () => {
    const cache = new CompiledQueries(schema, 2);
    const doc = parse("query A { hello } query B { hello(n: 1) }");
    const a = cache.get("h1", doc, "A");
    expect(cache.get("h1", doc, "A")).toBe(a);
    cache.get("h1", doc, "B");
    expect(cache.size).toBe(2);
    cache.get("h1", doc, "A"); // A used last: B is the one to go
    cache.get("h2", parse("{ hello }"), undefined);
    expect(cache.size).toBe(2);
    expect(cache.get("h1", doc, "A")).toBe(a);
  });

  it("gives graphql-jit's own errors the shape of graphql-js's: extensions, locations, a cause that masks them", async () => {
    const cache = new CompiledQueries(schema);
    const query = cache.get("h", parse("{ broken }"), undefined);
    if (!("query" in query)) throw new Error("expected a compiled query");
    const result = await query.query(undefined, {}, {});
    const error = asGraphQLJsError(result.errors![0]! as GraphQLError);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.toJSON()).toEqual({
      message: "Cannot return null for non-nullable field Query.broken.",
      locations: [{ line: 1, column: 3 }],
      path: ["broken"],
    });
    expect(error.originalError).toBeInstanceOf(Error);
  });
});
