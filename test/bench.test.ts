import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importSynthetic } from "../bench/import.js";
import { finishImport, markdown, runBench } from "../bench/run.js";
import { chart } from "../bench/chart.js";
import { createDriver, Neo4jGateway } from "../src/neo4j/gateway.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { counts, generate } from "../bench/synthetic.js";
import { openTestDatabase } from "./helpers/db.js";

// A smoke run of the benchmark harness on a tiny SYNTHETIC graph: the harness itself works, every
// query of the mix answers without error through the API and as raw Cypher. Figures are not asserted.
describe("benchmark harness (smoke)", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("generates the same graph for the same seed, of about the size asked", () => {
    const a = counts(generate(2000, 7));
    expect(counts(generate(2000, 7))).toEqual(a);
    expect(a.nodes).toBeGreaterThan(1500);
    expect(a.nodes).toBeLessThan(2500);
    expect(a.relationships / a.nodes).toBeGreaterThan(3);
    expect(counts(generate(2000, 8))).not.toEqual(a);
  });

  it("loads a synthetic graph and measures every query of the mix, API and raw", async () => {
    const bolt = { uri: inject("neo4jUri"), user: inject("neo4jUser"), password: inject("neo4jPassword"), database: inject("neo4jDatabase") };
    const r = await runBench({ size: 400, seconds: 0.3, connections: [1], gateway: db.gateway, bolt, log: () => {} });
    expect(r.load.nodes).toBe(r.graph.nodes);
    expect(r.results.map((x) => x.name)).toEqual([
      "lookup by id",
      "nested 4 levels",
      "connection page deep in a large list",
      "full-text search",
      "lineage",
      "paths (maxHops 6)",
      "membershipGaps",
      "quorum",
    ]);
    for (const x of r.results) {
      expect(x.api.requests, x.name).toBeGreaterThan(0);
      expect(x.api.errors, x.name).toBe(0);
      expect(x.raw.requests, x.name).toBeGreaterThan(0);
      expect(x.raw.errors, x.name).toBe(0);
      expect(x.roundTrips, x.name).toBeLessThanOrEqual(4);
    }
    const [synthetic] = await db.gateway.read("MATCH (n:Entity) RETURN count(n) AS all, count(CASE WHEN n.synthetic THEN 1 END) AS marked");
    expect(synthetic?.all).toBe(synthetic?.marked);
    expect(markdown(r)).toContain("| query | conns | API req/s |");
    expect(markdown(r)).toMatch(/peak resident memory over the whole run \(VmHWM\): \d+ MB/);

    // The chart of a run at two sizes: a panel per query, a p50 and a p99 line for ours and raw.
    const svg = chart(
      [
        { ...r, size: 400, graph: { ...r.graph, nodes: 400 } },
        { ...r, size: 4000, graph: { ...r.graph, nodes: 4000 } },
      ],
      1,
    );
    expect(svg.startsWith("<svg")).toBe(true);
    for (const x of r.results) expect(svg).toContain(`>${x.name.replace(/&/g, "&amp;")}</text>`);
    expect(svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(r.results.length * 4);
  }, 120_000);

  it("imports a synthetic graph with neo4j-admin into a fresh store, whole: every node, relationship and empty list", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "pg-bench-import-"));
    const g = generate(300, 3);
    const c = counts(g);
    const { probes, figures } = await importSynthetic(300, home, () => {}, 3);
    expect(probes).toEqual(g.probes);
    expect(figures.nodes).toBe(c.nodes);
    expect(figures.relationships).toBe(c.relationships);
    expect(figures.nodePhaseSeconds).toBeGreaterThan(0);
    expect(figures.relationshipPhaseSeconds).toBeGreaterThan(0);
    const local = await startLocalNeo4j({ home, boltPort: 0, heap: "512m", pageCacheMb: 64, startTimeoutMs: 120_000 });
    const driver = createDriver(local.uri, "neo4j", "");
    try {
      const gateway = new Neo4jGateway(driver, "neo4j");
      const load = await finishImport(gateway, figures, () => {});
      expect(load.endToEndSeconds).toBeGreaterThan(load.importSeconds);
      const [row] = await gateway.read(
        "MATCH (n:Entity) WITH count(n) AS nodes, count(CASE WHEN n:Priority AND n.aliases = [] THEN 1 END) AS emptyAliases, count(CASE WHEN n:Priority THEN 1 END) AS priorities " +
          "RETURN nodes, emptyAliases, priorities, COUNT { ()-[]->() } AS rels",
      );
      expect(row).toEqual({
        nodes: c.nodes,
        priorities: g.nodes.get("Priority")!.length,
        emptyAliases: g.nodes.get("Priority")!.length,
        rels: c.relationships,
      });
      const person = g.nodes.get("Person")![0]!.props;
      const [stored] = await gateway.read("MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases, p.name AS name", { id: person.id });
      expect(stored).toEqual({ aliases: person.aliases, name: person.name });
      const original = g.nodes.get("Seat")![0]!.props;
      const [seat] = await gateway.read(
        "MATCH (s:Seat {id: $id}) RETURN s.ordinal AS ordinal, s.holderRoles AS roles, s.citeStart AS citeStart, s.synthetic AS synthetic",
        { id: original.id },
      );
      expect(seat).toEqual({ ordinal: original.ordinal, roles: [], citeStart: original.citeStart, synthetic: true });
    } finally {
      await driver.close();
      await local.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
