import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";
import { fetchExport, graphCounts } from "./graph-counts.js";

const ORG = "http://www.w3.org/ns/org#";
const PROV = "http://www.w3.org/ns/prov#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const pg = (id: string) => `urn:partnership-graph:${id}`;

interface Quad {
  subject: { value: string };
  predicate: { value: string };
  object: { value: string; termType: string };
}

describe("GET /export/jsonld", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  let quads: Quad[];
  const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
  const subjects = (p: string, o: string) => quads.filter((q) => q.predicate.value === p && q.object.value === o).map((q) => q.subject.value);

  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    const res = await fetchExport(server, "/export/jsonld");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/ld\+json/);
    // No document loader is given: a remote @context would fail here, the inline one needs none.
    const doc = JSON.parse(res.text) as object;
    quads = (await jsonld.toRDF(doc, { documentLoader: () => Promise.reject(new Error("no network in this test")) })) as unknown as Quad[];
  });
  afterAll(() => stopSeededServer({ db, server }));

  it("expands offline with every entity typed", async () => {
    const { nodes } = await graphCounts(db.gateway);
    const typed = new Set(
      quads
        .filter(
          (q) =>
            q.predicate.value === RDF_TYPE &&
            q.subject.value.startsWith(pg("")) &&
            !q.subject.value.includes("#") &&
            !q.subject.value.startsWith(pg("relationship:")),
        )
        .map((q) => q.subject.value),
    );
    expect(typed.size).toBe(nodes);
  });

  it("states a known person's membership of a known body in ORG, derived from the passage the dataset quotes", async () => {
    const person = pg("person:damian-talbot");
    const body = pg("body:lsc-icp");
    expect(objects(person, RDF_TYPE)).toContain("http://xmlns.com/foaf/0.1/Person");
    expect(objects(person, `${ORG}memberOf`)).toContain(body);
    const memberships = subjects(`${ORG}member`, person).filter((m) => objects(m, `${ORG}organization`).includes(body));
    const chair = memberships.find((m) => objects(m, RDF_TYPE).includes("urn:partnership-graph:vocab#HELD_POSITION"))!;
    expect(objects(chair, RDF_TYPE)).toContain(`${ORG}Membership`);
    expect(chair).toBeDefined();
    const role = objects(chair, `${ORG}role`)[0]!;
    expect(objects(role, "http://www.w3.org/2000/01/rdf-schema#label")).toEqual(["Chair"]);
    const [stored] = await db.gateway.read(
      "MATCH (:Person {id: 'person:damian-talbot'})-[r:HELD_POSITION]->(:Body {id: 'body:lsc-icp'}) RETURN r.citeQuote AS quotes, r.citeDoc AS docs",
    );
    const passages = objects(chair, `${PROV}wasDerivedFrom`);
    expect(passages.flatMap((p) => objects(p, `${PROV}value`))).toEqual(stored!.quotes);
    expect(passages.flatMap((p) => objects(p, `${PROV}wasQuotedFrom`))).toEqual((stored!.docs as string[]).map(pg));
  });

  it("derives entities too from their passages, and attributes a document to the body that issued it", async () => {
    const derived = objects(pg("meeting:lsc-icp-2024-03-25"), `${PROV}wasDerivedFrom`);
    expect(derived.length).toBeGreaterThan(0);
    const [issued] = await db.gateway.read("MATCH (d:SourceDocument)-[:ISSUED_BY]->(b:Entity) RETURN d.id AS doc, b.id AS body LIMIT 1");
    expect(objects(pg(issued!.doc as string), `${PROV}wasAttributedTo`)).toContain(pg(issued!.body as string));
  });
});
