import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";
import { fetchExport, graphCounts } from "./graph-counts.js";
import { popoloValidators } from "./popolo-schema.js";

interface Source {
  url: string;
  note: string;
  quote: string;
}
interface Popolo {
  persons: { id: string; name: string; honorific_prefix?: string; sources: Source[] }[];
  organizations: { id: string; name: string; classification: string; parent_id?: string; sources: Source[] }[];
  memberships: {
    id: string;
    person_id?: string;
    organization_id: string;
    role?: string;
    start_date?: string;
    status?: string;
    event_id?: string;
    sources: Source[];
  }[];
  posts: { id: string; label: string; organization_id?: string; sources: Source[] }[];
  events: { id: string; name: string; start_date?: string; organization_id?: string; sources: Source[] }[];
  areas: { id: string; name: string; parent_id?: string; sources: Source[] }[];
}

describe("GET /export/popolo", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  let doc: Popolo;

  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    const res = await fetchExport(server, "/export/popolo");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    doc = JSON.parse(res.text) as Popolo;
  });
  afterAll(() => stopSeededServer({ db, server }));

  it("validates against the Popolo schemas, every record of every class", () => {
    const validators = popoloValidators();
    for (const [name, validate] of Object.entries(validators)) {
      const records = doc[name as keyof Popolo];
      expect(records.length, name).toBeGreaterThan(0);
      for (const record of records) expect(validate(record) ? [] : validate.errors, `${name} ${record.id}`).toEqual([]);
    }
  });

  it("holds every person, organisation, partnership, body, seat, meeting and place of the graph", async () => {
    const { byKind } = await graphCounts(db.gateway);
    expect(doc.persons).toHaveLength(byKind.Person!);
    expect(doc.organizations).toHaveLength(byKind.Organisation! + byKind.Partnership! + byKind.Body!);
    expect(doc.posts).toHaveLength(byKind.Seat!);
    expect(doc.events).toHaveLength(byKind.Meeting!);
    expect(doc.areas).toHaveLength(byKind.Place!);
    const [m] = await db.gateway.read("MATCH (:Person)-[r:AFFILIATED_WITH|HELD_POSITION|MEMBER_OF]->(:Organisation|Partnership|Body) RETURN count(r) AS c");
    const [a] = await db.gateway.read("MATCH (:Person)-[r:ATTENDED]->(:Meeting)-[:MEETING_OF]->(:Body) RETURN count(r) AS c");
    expect(doc.memberships.filter((x) => x.person_id)).toHaveLength((m!.c as number) + (a!.c as number));
  });

  it("gives a person's position with its dates and the quote that states it, linked to the passage", () => {
    const talbot = doc.persons.find((p) => p.id === "person:damian-talbot")!;
    expect(talbot).toMatchObject({ name: "Damian Talbot", honorific_prefix: "Councillor" });
    const chair = doc.memberships.find((m) => m.person_id === "person:damian-talbot" && m.organization_id === "body:lsc-icp" && m.role === "Chair")!;
    expect(chair.start_date).toBe("2024-03-25");
    expect(chair.sources[0]!.quote).toBe("Councilor Damian Talbot be elected as Chair of the ICP for 2024/25");
    expect(chair.sources[0]!.url).toMatch(new RegExp(`^${server.url}/explore/document/doc%3A[a-z0-9-]+\\?start=\\d+&end=\\d+$`));
  });

  it("makes bodies organisations of their partnership, meetings events of their body, and attendance memberships with a status", () => {
    expect(doc.organizations.find((o) => o.id === "body:lsc-icp")).toMatchObject({ classification: "committee", parent_id: "partnership:lsc-icp" });
    expect(doc.organizations.find((o) => o.id === "partnership:lsc-icp")).toMatchObject({ classification: "partnership" });
    const meeting = doc.events.find((e) => e.id === "meeting:lsc-icp-2024-03-25")!;
    expect(meeting).toMatchObject({ start_date: "2024-03-25", organization_id: "body:lsc-icp" });
    expect(meeting.sources.length).toBeGreaterThan(0);
    const present = doc.memberships.find((m) => m.person_id === "person:damian-talbot" && m.event_id === "meeting:lsc-icp-2024-03-25")!;
    expect(present).toMatchObject({ organization_id: "body:lsc-icp", status: "present" });
    expect(present.sources[0]!.quote).toBe("Councillor Damian Talbot");
  });

  it("gives a seat as a post of the body its terms govern, and a place with the place it is part of", () => {
    const seated = doc.posts.filter((p) => p.organization_id);
    expect(seated.length).toBe(doc.posts.length);
    // Chorley is part of Lancashire ("Pan-Lancashire … Chorley"); nothing cited places it in the ICS directly.
    expect(doc.areas.find((a) => a.id === "place:chorley")).toMatchObject({ parent_id: "place:lancashire" });
  });

  it("cites every record", () => {
    for (const name of ["persons", "organizations", "memberships", "posts", "events", "areas"] as const)
      for (const r of doc[name]) expect(r.sources.length, `${name} ${r.id}`).toBeGreaterThan(0);
  });
});
