import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composePrefetch } from "../../src/graphql/prefetch/fetch.js";
import { getNamedType, isLeafType, isObjectType, isInterfaceType, type GraphQLNamedType, type GraphQLSchema } from "graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import type { RelationshipField } from "../../src/graphql/relationships/declare.js";
import { RELATIONSHIP_EXTENSION } from "../../src/graphql/relationships/resolver-class.js";

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
      // Once to have Neo4j plan its statements: two new shapes at once (two root connections) are
      // sent one at a time, the other taking the loaders (fetch.ts), so the first answer's count varies.
      const first = await seeded.server.gql(query);
      const [planned, reference] = await Promise.all([seeded.server.gql(query), perLevel.gql(query)]);
      expect(JSON.stringify(first.data)).toBe(JSON.stringify(reference.data));
      expect(reference.errors).toBeUndefined();
      expect(planned.errors).toBeUndefined();
      expect(Object.values(reference.data as object).every((v) => v !== null)).toBe(true);
      expect(JSON.stringify(reference.data).length).toBeGreaterThan(200);
      expect(JSON.stringify(planned.data)).toBe(JSON.stringify(reference.data));
      expect(planned.extensions?.roundTrips).toBeLessThan(reference.extensions?.roundTrips as number);
    });
  }

  // Generated from the declarations: every declared relationship field of every entity type,
  // selected two levels deep (so the other end's own planned fields and back-references are
  // planned too), on an entity that has such relationships, against the loader path.
  describe("generated from the declarations", async () => {
    const schema = await buildGraphQLSchema();
    // Two levels of every field is a large query by design: the cost limit is not what this tests.
    const unlimited = { GRAPHQL_MAX_COST: "100000000" };
    let planning: TestServer;
    let loading: TestServer;
    beforeAll(async () => {
      planning = await startTestServer(seeded.db.gateway, unlimited);
      loading = await startTestServer(seeded.db.gateway, { ...unlimited, GRAPHQL_PREFETCH: "false" });
    });
    afterAll(async () => {
      await planning?.stop();
      await loading?.stop();
    });
    for (const { type, field, declaration } of declaredFields(schema)) {
      it(`${type}.${field} answers as the loaders do`, async () => {
        const lookup = lookupOf(schema, type);
        const empty = EMPTY_IN_SEEDS.includes(`${type}.${field}`);
        const id = (await parentWith(type, declaration)) ?? (empty ? await anyOf(type) : undefined);
        expect(id, `no ${type} in the seed data has ${field}`).toBeTruthy();
        const q = `query($id: ID!) { root: ${lookup}(id: $id) { id ${field} ${selection(schema, fieldType(schema, type, field), 2, declaration.kind === "wrapped" ? declaration.wrapper.self : undefined)} } }`;
        const [planned, reference] = await Promise.all([planning.gql(q, { id }), loading.gql(q, { id })]);
        expect(reference.errors, q).toBeUndefined();
        expect(planned.errors, q).toBeUndefined();
        const answer = (reference.data as { root: Record<string, unknown> }).root[field];
        expect(!!(Array.isArray(answer) ? answer.length : answer), `${type}.${field} is empty on ${id}`).toBe(!empty);
        expect(JSON.stringify(planned.data)).toBe(JSON.stringify(reference.data));
        // Planned, not merely equal: on its own, the field is fetched with its root in one statement.
        const minimal = declaration.kind === "wrapped" ? `{ ${declaration.wrapper.other} { id } }` : "{ id }";
        const alone = await planning.gql(`query($id: ID!) { root: ${lookup}(id: $id) { ${field} ${minimal} } }`, { id });
        expect(alone.errors).toBeUndefined();
        expect(alone.extensions?.roundTrips).toBe(1);
      });
    }
  });

  // The seeds state no succession between partnerships; these are compared on empty answers.
  const EMPTY_IN_SEEDS = ["Partnership.predecessors", "Partnership.successors"];

  async function anyOf(type: string): Promise<string | undefined> {
    const [row] = await seeded.db.gateway.read("MATCH (n:Entity) WHERE $type IN labels(n) RETURN n.id AS id ORDER BY id LIMIT 1", { type });
    return row?.id as string | undefined;
  }

  /** An entity of the type with at least one relationship the field follows. */
  async function parentWith(type: string, declaration: RelationshipField): Promise<string | undefined> {
    const hops = declaration.kind === "query" ? [{ direction: "IN", types: ["BODY_OF"] }] : declaration.hops;
    for (const hop of hops) {
      const [row] = await seeded.db.gateway.read(
        `MATCH (n:Entity) WHERE $type IN labels(n)
         MATCH (n)-[r]-(m:Entity) WHERE type(r) IN $types AND (CASE $direction WHEN 'OUT' THEN startNode(r) = n ELSE endNode(r) = n END)
           AND ($label IS NULL OR $label IN labels(m))
         WITH n, count(r) AS c ORDER BY c DESC, n.id LIMIT 1 RETURN n.id AS id`,
        { type, types: [...hop.types], direction: hop.direction, label: ("label" in hop ? hop.label : null) ?? null },
      );
      if (row) return row.id as string;
    }
    return undefined;
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

  it("sends one statement Neo4j has not planned yet at a time: a second new shape meanwhile uses the loaders, and answers the same", async () => {
    // Two shapes no other test sends, eight hops each: planning them takes Neo4j a good part of a second.
    const shapes = ["documents { id title }", "documents { id kind }"].map(
      (d) =>
        `{ partnership(id: "partnership:lsc-icp") { bodies { meetings { ${d} agendaItems { presenters { id } } } positions { position } } places { id } } }`,
    );
    const [a, b] = await Promise.all(shapes.map((q) => seeded.server.gql(q)));
    const [ra, rb] = await Promise.all(shapes.map((q) => perLevel.gql(q)));
    expect(JSON.stringify(a!.data)).toBe(JSON.stringify(ra!.data));
    expect(JSON.stringify(b!.data)).toBe(JSON.stringify(rb!.data));
    const trips = [a!.extensions?.roundTrips, b!.extensions?.roundTrips] as number[];
    expect(Math.min(...trips)).toBe(1);
    expect(Math.max(...trips)).toBeGreaterThan(1);
    // Asked again, the declined shape is planned too.
    expect((await seeded.server.gql(shapes[trips.indexOf(Math.max(...trips))]!)).extensions?.roundTrips).toBe(1);
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

  it("composes one statement from the fragments of cypher/prefetch", () => {
    const { text } = composePrefetch({
      props: ["id", "name"],
      hops: [{ key: "k", step: { kind: "link", hop: { direction: "IN", types: ["BODY_OF"] } }, relProps: [], node: { props: ["id", "name"], hops: [] } }],
    });
    expect(text).toMatchInlineSnapshot(`
      "MATCH (n0:Entity {id: $id})
      WITH n0, [COLLECT {
        MATCH (n0)<-[r1:$any($types1)]-(n1:Entity)
        WHERE $label1 IS NULL OR $label1 IN labels(n1)
        RETURN [CASE WHEN size($types1) > 1 THEN type(r1) END,
                CASE WHEN $relProps1 IS NULL THEN properties(r1) ELSE [k IN $relProps1 | r1[k]] END,
                CASE WHEN $label1 IS NULL THEN labels(n1) END,
                CASE WHEN $props1 IS NULL THEN properties(n1) ELSE [k IN $props1 | n1[k]] END,
                []]
      }
      ] AS hops
      UNWIND range(-1, size(hops) - 1) AS hop
      UNWIND CASE hop WHEN -1 THEN [null] ELSE hops[hop] END AS item
      RETURN CASE hop WHEN -1 THEN null ELSE hop END AS hop,
             item,
             CASE hop WHEN -1 THEN labels(n0) END AS labels,
             CASE WHEN hop <> -1 THEN null WHEN $props0 IS NULL THEN properties(n0) ELSE [k IN $props0 | n0[k]] END AS props
      "
    `);
  });

  it("puts no value of the query into the statement's text", () => {
    const { text, params } = composePrefetch({
      props: ["id", "name"],
      hops: [
        {
          key: "k",
          step: { kind: "link", hop: { direction: "IN", types: ["ATTENDED"] } },
          relProps: ["status"],
          node: { props: ["id", "name' OR 1=1 //"], hops: [] },
        },
      ],
    });
    expect(text).not.toContain("name");
    expect(text).not.toContain("ATTENDED");
    expect(params).toMatchObject({ props0: ["id", "name"], types1: ["ATTENDED"], relProps1: ["status"], props1: ["id", "name' OR 1=1 //"] });
  });
});

function declaredFields(schema: GraphQLSchema) {
  const out: { type: string; field: string; declaration: RelationshipField }[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (!isObjectType(t)) continue;
    for (const f of Object.values(t.getFields())) {
      const declaration = f.extensions[RELATIONSHIP_EXTENSION] as RelationshipField | undefined;
      if (declaration) out.push({ type: t.name, field: f.name, declaration });
    }
  }
  return out;
}

/** The root look-up of a type: the Query field that takes an id and returns that type. */
function lookupOf(schema: GraphQLSchema, type: string): string {
  const found = Object.values(schema.getQueryType()!.getFields()).find(
    (f) => getNamedType(f.type).name === type && f.args.length === 1 && f.args[0]!.name === "id",
  );
  if (!found) throw new Error(`no look-up by id for ${type}`);
  return found.name;
}

function fieldType(schema: GraphQLSchema, type: string, field: string): GraphQLNamedType {
  return getNamedType((schema.getType(type) as import("graphql").GraphQLObjectType).getFields()[field]!.type);
}

/** Every field without arguments, objects `depth` levels deep (below that, only their ids). */
// The wrapper's own end (`self`) is the root itself: only its id, as a client would ask.
function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, self?: string): string {
  if (isLeafType(type)) return "";
  if (!isObjectType(type) && !isInterfaceType(type)) return "";
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.length) continue;
    const t = getNamedType(f.type);
    if (f.name === self) parts.push(`${f.name} { id }`);
    else if (isLeafType(t)) parts.push(f.name);
    // Citations' documents are loaded by id on both paths; leaving them out keeps the query under the cost limit.
    else if (t.name === "Citation") parts.push(`${f.name} { documentId quote start end }`);
    else if (depth > 0) parts.push(`${f.name} ${selection(schema, t, depth - 1)}`);
    else if ((isObjectType(t) || isInterfaceType(t)) && t.getFields().id) parts.push(`${f.name} { id }`);
  }
  return `{ ${parts.join(" ")} }`;
}
