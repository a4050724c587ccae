import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";
import type { openTestDatabase } from "../helpers/db.js";

/**
 * Evidence that says what the fact claims (issue 15, point 3): a quote must state the fact, a
 * position's start is only what a document states, and an inferred link says it is inferred.
 */
describe("evidence that does not overreach", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => ({ db, server } = await startSeededServer()));
  afterAll(() => stopSeededServer({ db, server }));

  it("gives a chair named at a meeting no start date the minutes do not state", async () => {
    const r = await server.gql<{ person: { positions: { position: string; since: string | null; recordedOn: string | null }[] } }>(
      `{ person(id: "person:alistair-bradley") { positions { position since recordedOn } } }`,
    );
    expect(r.data!.person.positions).toContainEqual({ position: "Chair", since: null, recordedOn: "2016-02-16" });
    // Elected at a meeting: that is when the position began, and the resolution says so.
    const talbot = await server.gql<{ person: { positions: { since: string | null; sources: { quote: string }[] }[] } }>(
      `{ person(id: "person:damian-talbot") { positions { since sources { quote } } } }`,
    );
    expect(talbot.data!.person.positions[0]).toMatchObject({ since: "2024-03-25", sources: [{ quote: expect.stringMatching(/be elected as Chair/) }] });
  });

  it("records a presentation only where the quote names who or what was presented", async () => {
    const rows = await db.gateway.read(
      `MATCH (f:Entity)-[r:PRESENTED_TO]->(t:Entity) RETURN f.id AS from, [f.name, f.title] + coalesce(f.aliases, []) AS names, r.citeQuote AS quotes`,
    );
    expect(rows.length).toBeGreaterThan(3);
    const key = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’']/g, "'")
        .replace(/^the\s+/, "");
    for (const row of rows) {
      const names = (row.names as (string | null)[]).filter((n): n is string => !!n).map(key);
      const quotes = (row.quotes as string[]).map(key);
      expect(
        quotes.some((q) => names.some((n) => q.includes(n))),
        `${String(row.from)}: ${quotes.join(" | ")}`,
      ).toBe(true);
    }
    // The Accelerating Reform Fund is a DHSC scheme; the DHSC did not present it.
    expect(rows.map((r) => r.from)).not.toContain("org:dhsc");
    expect(rows.map((r) => r.from)).not.toContain("org:kings-fund");
  });

  it("says so where a link between bodies is inferred rather than stated", async () => {
    const r = await server.gql<{ partnership: { parents: { type: string; node: { id: string }; note: string | null; sources: { quote: string }[] }[] } }>(
      `{ partnership(id: "partnership:central-lancashire") { parents { type node { id } note sources { quote } } } }`,
    );
    const ics = r.data!.partnership.parents.find((p) => p.node.id === "body:lsc-ics")!;
    expect(ics.type).toBe("PART_OF");
    expect(ics.note).toMatch(/^inferred/);
    expect(ics.sources[0]!.quote).toMatch(/across the ICS with central Lancashire/);
  });
});
