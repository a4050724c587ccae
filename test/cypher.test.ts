import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/env.js";
import { cypher, cypherNames } from "../src/neo4j/cypher-files.js";
import { openTestDatabase } from "./helpers/db.js";

const neo4jInt = (n: number) => neo4j.int(n);

// Every statement the code runs lives in cypher/; each must at least plan on the real server.
describe("cypher/ files", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const names = [...cypherNames("queries"), ...cypherNames("ingest"), ...cypherNames("bench"), ...cypherNames("admin"), ...cypherNames("export")];

  it("has the query files the code uses", () => {
    expect(names.length).toBeGreaterThan(15);
  });

  it("names a missing file in its error, which module constants raise at start-up", () => {
    expect(() => cypher("queries/no-such-query")).toThrow("No Cypher file cypher/queries/no-such-query.cypher");
  });

  // The graph's version is read by three statements and written once: each includes the fragment.
  it("expands an :include line to the file it names, so the version's expression is written once", () => {
    const fragment = cypher("fragments/graph-version").trim();
    for (const name of ["queries/graph-version", "queries/membership-context-since", "queries/meeting-context-since"]) {
      expect(cypher(name)).toContain(fragment);
      expect(cypher(name)).not.toMatch(/^\s*:include/m);
    }
    const files = fs.readdirSync(path.join(PROJECT_ROOT, "cypher"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".cypher"));
    const writing = files.filter((f) => fs.readFileSync(path.join(PROJECT_ROOT, "cypher", f), "utf8").includes("coalesce(g.epoch"));
    expect(writing).toEqual([path.join("fragments", "graph-version.cypher")]);
  });

  it.each(names)("%s is accepted by EXPLAIN", async (name) => {
    await expect(db.gateway.read(`EXPLAIN ${cypher(name)}`)).resolves.toEqual([]);
  });

  // A page's total without filters is the count store's figure, O(1) at any size: at 10M a label
  // scan made the first page of people take 224 ms (docs/BENCHMARKS.md, the 10M point).
  it.each(["people-page", "organisations-page", "partnerships-page", "priorities-page"])("%s counts from the count store when unfiltered", async (name) => {
    const text = cypher(`queries/${name}`);
    const params = Object.fromEntries([...new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].map((p) => [p, p === "limit" ? neo4jInt(10) : null]));
    const session = db.driver.session({ database: inject("neo4jDatabase") });
    try {
      const { summary } = await session.run(`EXPLAIN ${text}`, params);
      const operators: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        operators.push(p.operatorType);
        for (const c of p.children) walk(c as typeof p);
      };
      walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.some((o) => o.startsWith("NodeCountFromCountStore"))).toBe(true);
    } finally {
      await session.close();
    }
  });

  // Everything the membership analyses read is reached from the partnership, by index seek and
  // expansion: the cold analyses cost one partnership's history, not the graph's (issue 17; the
  // positions held were once looked for over every HELD_POSITION in the graph).
  // The statements a cold analysis sends (with the graph's version, membership-context-since; and
  // from a meeting, meeting-context-since) include the same context, and must plan as well.
  it.each(["membership-context", "membership-context-since", "meeting-context-since"])(
    "%s reaches everything from its partnership, scanning no label or type",
    async (name) => {
      const session = db.driver.session({ database: inject("neo4jDatabase") });
      try {
        const { summary } = await session.run(`EXPLAIN ${cypher(`queries/${name}`)}`, { partnership: "partnership:x", id: "meeting:x", known: {} });
        const operators: string[] = [];
        const walk = (p: { operatorType: string; children: unknown[] }) => {
          operators.push(p.operatorType);
          for (const c of p.children) walk(c as typeof p);
        };
        walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
        expect(operators.filter((o) => o.includes("Scan"))).toEqual([]);
        expect(operators.some((o) => o.startsWith("NodeUniqueIndexSeek"))).toBe(true);
      } finally {
        await session.close();
      }
    },
  );
});
