import "reflect-metadata";
import { getMetadataStorage } from "type-graphql";
import { isInterfaceType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directCounts, propertyFields } from "../../src/graphql/execution/direct.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { examples, type Request } from "../helpers/examples.js";
import { startSeededServer, startTestServer, stopSeededServer, type TestServer } from "../helpers/server.js";

/*
 * GRAPHQL_DIRECT writes a look-up the prefetch plan answers whole straight from the prefetched
 * rows (src/graphql/execution/direct.ts). graphql-js, without it, is the reference: status,
 * content type and body, extensions included, must be the same bytes.
 */

// Look-ups the walk answers, and some it must leave to graphql-js (their names say which).
const DIRECT: Record<string, Request> = {
  "nested 4 levels (the benchmark's)": {
    query: "query($id: ID!) { partnership(id: $id) { meetings { id attendance { status person { name organisations { name } } } } } }",
    variables: { id: "partnership:lsc-icp" },
  },
  "aliases, __typename, fragments and a literal id": {
    query: `fragment who on Person { __typename name honorific aliases }
      { p: partnership(id: "partnership:chorley-psr") { __typename id level a: meetings { id } b: meetings { title date attendance { s: status role capacity representingText person { ...who ... on Person { id } } } } bodies { name kind meetings { id } } } }`,
  },
  "a person's meetings and organisations, sorted and each once": {
    query: "query($id: ID!) { person(id: $id) { name attendance { status meeting { id title date } } organisations { id name kind } } }",
    variables: { id: "person:alistair-bradley" },
  },
  "@skip and @include with literals": {
    query:
      '{ meeting(id: "meeting:lsc-icp-2024-03-25") { title @include(if: true) venue @skip(if: true) attendance { status @skip(if: false) person { name } } } }',
  },
  "an unknown id: null": { query: "query($id: ID!) { partnership(id: $id) { meetings { id } } }", variables: { id: "partnership:nope" } },
  "an id of another type: null": { query: '{ partnership(id: "meeting:lsc-icp-2024-03-25") { meetings { id } } }' },
  "not taken: a field resolver of its own (representing, sources)": {
    query: '{ meeting(id: "meeting:lsc-icp-2024-03-25") { attendance { representing { id } person { name sources { quote } } } } }',
  },
  "not taken: an interface (an affiliation's organisation)": {
    query: '{ person(id: "person:alistair-bradley") { affiliations { role organisation { id } } } }',
  },
  "not taken: the wrapper's own end asked for more than its id": {
    query: '{ person(id: "person:alistair-bradley") { attendance { person { name } meeting { id } } } }',
  },
  "not taken: a second variable": {
    query: "query($id: ID!, $n: Int) { person(id: $id) { attendance { status } } }",
    variables: { id: "person:alistair-bradley", n: 1 },
  },
  "not taken: two root fields": {
    query: '{ a: person(id: "person:alistair-bradley") { attendance { status } } b: person(id: "person:lisa-roberts") { name } }',
  },
  "a required variable missing": { query: "query($id: ID!) { person(id: $id) { attendance { status } } }", variables: {} },
  "an id variable of the wrong type": { query: "query($id: ID!) { person(id: $id) { attendance { status } } }", variables: { id: { no: 1 } } },
};

async function send(server: TestServer, request: Request): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
  return `${res.status} ${res.headers.get("content-type")}\n${await res.text()}`;
}

describe("GRAPHQL_DIRECT answers as graphql-js does", () => {
  let seeded: Awaited<ReturnType<typeof startSeededServer>>;
  let direct: TestServer;

  beforeAll(async () => {
    seeded = await startSeededServer({ GRAPHQL_DIRECT: "false" });
    direct = await startTestServer(seeded.db.gateway, { GRAPHQL_DIRECT: "true" });
  });
  afterAll(async () => {
    await direct?.stop();
    await stopSeededServer(seeded);
  });

  const cases = { ...examples(), ...DIRECT };

  it.each(Object.keys(cases))("%s", async (name) => {
    const request = cases[name]!;
    // Once for Neo4j to plan the statement: a new statement may be declined while another is
    // being planned (prefetch/fetch.ts), on either server, and the round trips differ then.
    await send(seeded.server, request);
    await send(direct, request);
    const before = { ...directCounts };
    const reference = await send(seeded.server, request);
    expect(await send(direct, request)).toBe(reference);
    // The examples are taken or not as they select; the cases above say which they are.
    if (name in DIRECT)
      expect(directCounts.answered > before.answered, `${name}: answered directly?`).toBe(!name.startsWith("not taken") && !/variable/.test(name));
    expect(directCounts.handedOn).toBe(before.handedOn);
  });

  it("hands a null where the schema says non-null to graphql-js, which reports it: the same data and errors, one more statement", async () => {
    await seeded.db.gateway.write((tx) => tx.run("CREATE (:Entity:Person {id: 'person:nameless', aliases: []})"));
    const request = { query: '{ person(id: "person:nameless") { name attendance { status } } }' };
    await send(direct, request);
    const before = { ...directCounts };
    const [reference, answered] = await Promise.all([send(seeded.server, request), send(direct, request)]);
    expect(directCounts.handedOn).toBe(before.handedOn + 1);
    const strip = (text: string) => {
      const body = JSON.parse(text.slice(text.indexOf("\n") + 1)) as { data: unknown; errors: unknown; extensions: { roundTrips: number } };
      return { data: body.data, errors: body.errors, roundTrips: body.extensions.roundTrips };
    };
    expect(strip(answered).errors).toBeDefined();
    expect({ ...strip(answered), roundTrips: 0 }).toEqual({ ...strip(reference), roundTrips: 0 });
    expect(strip(answered).roundTrips).toBe(strip(reference).roundTrips + 1);
  });
});

// The walk reads these fields as properties of the object it has; a field resolver on any of them
// (on its type or an interface the type implements) would be skipped, so there must be none.
describe("the fields GRAPHQL_DIRECT reads as properties", () => {
  it("are @Prop fields and wrappers' properties, none with a field resolver of its own", async () => {
    const schema = await buildGraphQLSchema();
    const resolved = new Set(
      getMetadataStorage().fieldResolvers.map((r) => `${(r.getObjectType?.() as { name?: string } | undefined)?.name ?? ""}.${r.schemaName}`),
    );
    const fields = propertyFields(schema);
    expect(fields.get("Attendance")).toEqual(new Set(["person", "meeting", "status", "role", "capacity", "representingText"]));
    expect(fields.get("Affiliation")).toEqual(new Set(["role", "asOf"]));
    for (const [typeName, names] of fields) {
      const type = schema.getType(typeName);
      expect(isObjectType(type)).toBe(true);
      const owners = [
        typeName,
        ...(isObjectType(type)
          ? type
              .getInterfaces()
              .filter(isInterfaceType)
              .map((i) => i.name)
          : []),
      ];
      for (const name of names) for (const owner of owners) expect(resolved.has(`${owner}.${name}`), `${owner}.${name}`).toBe(false);
    }
  });
});
