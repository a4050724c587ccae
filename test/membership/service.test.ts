import { describe, expect, it } from "vitest";
import { createMembershipCaches, gapsReport, type MembershipReader } from "../../src/membership/service.js";
import { cypher } from "../../src/neo4j/cypher-files.js";
import { RoundTripCounter, type Neo4jGateway, type Params, type Row } from "../../src/neo4j/gateway.js";

/*
 * What the analyses ask the database, cold and warm, against a gateway that records each statement
 * and answers as Neo4j would for a partnership with no history: which statements go, with what,
 * and when the partnership's history is sent. No Neo4j: the statements themselves are tried on
 * the real server in test/cypher.test.ts and test/api/membership.test.ts.
 */

const SINCE = cypher("queries/membership-context-since");
const VERSION = cypher("queries/graph-version");
const ID = "partnership:test";

/** A context with no history, as the statement sends it: its `head` part alone. */
const EMPTY_CONTEXT = [
  "head",
  {
    partnership: { id: ID, labels: ["Entity", "Partnership"], name: "Test" },
    bodies: [],
    terms: [],
    founders: [],
    positions: [],
    positionsPresent: [],
    meetings: [],
    partners: [],
  },
];

/** A gateway at a graph version the test moves on; `sent` lists each statement's name and $known. */
function fakeDatabase() {
  const db = { version: "e:1", sent: [] as { statement: string; known?: unknown }[], release: Promise.resolve() };
  const gateway = {
    async read(text: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
      counter?.add();
      const version = db.version;
      await db.release;
      if (text === VERSION) {
        db.sent.push({ statement: "graph-version" });
        return [{ version }];
      }
      if (text !== SINCE) throw new Error(`unexpected statement: ${text.slice(0, 80)}`);
      db.sent.push({ statement: "membership-context-since", known: params.known });
      const held = (params.known as Record<string, string>)[ID];
      // Fresh values each answer, as the driver decodes them.
      return [{ version, part: held === version ? null : structuredClone(EMPTY_CONTEXT) }];
    },
  } as unknown as Neo4jGateway;
  return { db, gateway };
}

describe("membership analyses and the database", () => {
  const reader = (gateway: Neo4jGateway, caches = createMembershipCaches()): MembershipReader & { roundTrips: RoundTripCounter } => ({
    gateway,
    roundTrips: new RoundTripCounter(),
    membershipCaches: caches,
  });

  it("reads the version and the history in one statement cold, and only the version warm", async () => {
    const { db, gateway } = fakeDatabase();
    const caches = createMembershipCaches();
    const cold = reader(gateway, caches);
    expect(await gapsReport(cold, ID, "2025-01-01")).not.toBeNull();
    expect(cold.roundTrips.count).toBe(1);
    const warm = reader(gateway, caches);
    await gapsReport(warm, ID, "2025-02-01");
    expect(warm.roundTrips.count).toBe(1);
    db.version = "e:2";
    const afterWrite = reader(gateway, caches);
    await gapsReport(afterWrite, ID, "2025-01-01");
    expect(afterWrite.roundTrips.count).toBe(1);
    // Held at e:1, so asked again at e:1 (not sent) and at e:2 (sent: the version had moved on).
    expect(db.sent).toEqual([
      { statement: "membership-context-since", known: {} },
      { statement: "membership-context-since", known: { [ID]: "e:1" } },
      { statement: "membership-context-since", known: { [ID]: "e:1" } },
    ]);
    expect(caches.contexts.misses).toBe(2);
  });

  it("loads a partnership's history once for two analyses asked at the same time, cold", async () => {
    const { db, gateway } = fakeDatabase();
    let open!: () => void;
    db.release = new Promise((resolve) => (open = resolve));
    const caches = createMembershipCaches();
    const both = Promise.all([gapsReport(reader(gateway, caches), ID, "2025-01-01"), gapsReport(reader(gateway, caches), ID, "2025-02-01")]);
    open();
    const [a, b] = await both;
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(db.sent.map((s) => s.statement).sort()).toEqual(["graph-version", "membership-context-since"]);
    expect(caches.contexts.misses).toBe(1);
  });

  // Tests and development freeze what the caches keep, so that a report or resolver changing a
  // shared context fails there (the whole-answer fixtures run every field over frozen values);
  // production skips the 2–4 ms (MembershipCaches.freeze).
  it("freezes the context and report it keeps unless told not to, as in production", async () => {
    for (const freeze of [true, false]) {
      const { gateway } = fakeDatabase();
      const caches = createMembershipCaches(freeze);
      const report = await gapsReport(reader(gateway, caches), ID, "2025-01-01");
      const context = await caches.contexts.get(ID, "e:1", () => Promise.reject(new Error("not held")));
      expect([Object.isFrozen(report), Object.isFrozen(context), Object.isFrozen(context?.partnership)]).toEqual([freeze, freeze, freeze]);
    }
  });
});
