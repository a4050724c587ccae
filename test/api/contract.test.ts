import fs from "node:fs";
import path from "node:path";
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { buildGraphQLSchema, printedSchema } from "../../src/graphql/schema.js";
import { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, startTestServer, stopSeededServer, type TestServer } from "../helpers/server.js";

describe("schema contract", () => {
  it("matches the checked-in SDL (run `npm run schema` after changing the API)", async () => {
    const file = fs.readFileSync(path.join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8");
    expect(await printedSchema()).toBe(file);
  });

  it("describes every type and every field", async () => {
    const schema = await buildGraphQLSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!["String", "Int", "Float", "Boolean", "ID"].includes(type.name) && !type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("types every day the API returns as the Date scalar, the type its date arguments take", async () => {
    const schema = await buildGraphQLSchema();
    const dayFields = /^(date|asOf|since|until|recordedOn|approved|effectiveFrom|presentedFor)$/;
    const notDate: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const f of Object.values(type.getFields())) {
        if (dayFields.test(f.name) && getNamedType(f.type).name !== "Date") notDate.push(`${type.name}.${f.name}: ${String(f.type)}`);
      }
    }
    expect(notDate).toEqual([]);
    // The check names real fields: Meeting.date among them.
    expect(String((schema.getType("Meeting") as GraphQLObjectType).getFields().date!.type)).toBe("Date");
  });

  it("keeps the root fields front ends rely on", async () => {
    const fields = Object.keys((await buildGraphQLSchema()).getQueryType()!.getFields());
    for (const f of [
      "node",
      "organisation",
      "person",
      "partnership",
      "meeting",
      "priority",
      "document",
      "organisations",
      "people",
      "partnerships",
      "meetings",
      "priorities",
      "documents",
      "search",
    ]) {
      expect(fields).toContain(f);
    }
  });
});

describe("bad input and abuse", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => ({ db, server } = await startSeededServer({ GRAPHQL_MAX_DEPTH: "7", GRAPHQL_MAX_COST: "5000" })));
  afterAll(() => stopSeededServer({ db, server }));

  it("rejects a page size over 100 as BAD_USER_INPUT naming the argument", async () => {
    const r = await server.gql(`{ organisations(first: 101) { totalCount } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    expect(r.errors?.[0]?.message).toBe("Invalid argument first: must be at most 100");
    expect(r.data).toBeNull();
  });

  it("requires first on connections", async () => {
    const r = await server.gql(`{ people { totalCount } }`);
    expect(r.errors?.[0]?.message).toMatch(/argument "first" of type "Int!" is required/);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects a cursor it did not issue, a date that is not a day, and an inverted range", async () => {
    const cursor = await server.gql(`{ people(first: 5, after: "not-a-cursor") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    // As a literal the date is checked while the query is validated; as a variable, as user input.
    const literal = await server.gql(`{ meetings(first: 5, from: "2024-02-30") { totalCount } }`);
    expect(literal.errors?.[0]?.message).toMatch(/Date 2024-02-30 is not a day of the calendar/);
    expect(literal.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const variable = await server.gql(`query($from: Date) { meetings(first: 5, from: $from) { totalCount } }`, { from: "30/02/2024" });
    expect(variable.errors?.[0]?.message).toMatch(/Date must be a string written YYYY-MM-DD/);
    expect(variable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const range = await server.gql(`{ meetings(first: 5, from: "2024-06-01", to: "2024-01-01") { totalCount } }`);
    expect(range.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
  });

  it("rejects search text that is too short", async () => {
    const r = await server.gql(`{ search(text: " a ") { score } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
  });

  it("rejects a query deeper than the limit before any Neo4j call", async () => {
    const r = await server.gql(
      `{ person(id: "person:alistair-bradley") { attendance { meeting { attendance { person { attendance { meeting { body { name } } } } } } } } }`,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxDepth: 7 });
    expect(r.extensions?.roundTrips).toBe(0);
  });

  it("rejects a query costlier than the limit before any Neo4j call", async () => {
    const r = await server.gql(`{ people(first: 100) { edges { node { attendance { meeting { attendance { status } } } } } } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxCost: 5000 });
    expect(r.errors?.[0]?.message).toMatch(/^Query costs \d+; the limit is 5000/);
    expect(r.extensions?.roundTrips).toBe(0);
  });

  it("masks unexpected errors for clients, without a stack trace, and logs them whole", async () => {
    // A document whose text file is missing makes the text resolver fail in a way no client caused.
    await db.gateway.write((tx) =>
      tx.run("CREATE (:Entity:SourceDocument {id: 'doc:lost', title: 'Lost', kind: 'notes', file: 'sources/does-not-exist.txt', sha256: 'x', length: 0})"),
    );
    try {
      const query = `{ document(id: "doc:lost") { title text } }`;
      const r = await server.gql(query);
      expect(r.errors?.[0]).toEqual({
        message: "Internal server error",
        locations: [{ line: 1, column: query.indexOf("text") + 1 }],
        path: ["document", "text"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(r)).not.toMatch(/ENOENT|does-not-exist|stack/);
      expect(server.errors.at(-1)?.extra?.error).toMatchObject({ message: expect.stringMatching(/ENOENT/), stack: expect.any(String) });
    } finally {
      await db.gateway.write((tx) => tx.run("MATCH (d:SourceDocument {id: 'doc:lost'}) DETACH DELETE d"));
    }
  });

  it("turns introspection off when configured", async () => {
    const closed = await startTestServer(db.gateway, { GRAPHQL_INTROSPECTION: "false" });
    try {
      const r = await closed.gql(`{ __schema { queryType { name } } }`);
      expect(r.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    } finally {
      await closed.stop();
    }
  });

  it("serves a GraphQL IDE whose every asset comes from this server", async () => {
    const page = await fetch(`${server.url}/ide`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(6);
    for (const asset of assets) {
      expect(asset.startsWith("/")).toBe(true);
      const res = await fetch(`${server.url}${asset}`);
      expect(res.status, asset).toBe(200);
    }
    const browser = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(browser.headers.get("location")).toBe("/ide");
  });
});
