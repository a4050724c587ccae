import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { cypherNames, cypher } from "../../src/neo4j/cypher-files.js";
import type { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, startTestServer, stopSeededServer, type TestServer } from "../helpers/server.js";
import { fetchExport } from "./graph-counts.js";

const run = promisify(execFile);
const READER_KEY = "reader-key-0123456789abcdef";

interface Popolo {
  persons: { id: string }[];
  organizations: { id: string }[];
  memberships: { id: string; person_id?: string; organization_id: string; event_id?: string; start_date?: string }[];
  events: { id: string; start_date?: string }[];
}
type Graph = { nodes: string[]; edges: { from: string; to: string; type: string }[] };

/** The GEXF export reduced to ids: enough to check what a filter kept. */
function idsOf(gexf: string): Graph {
  return {
    nodes: [...gexf.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]!),
    edges: [...gexf.matchAll(/<edge id="[^"]*" source="([^"]+)" target="([^"]+)" label="([A-Z_]+)"/g)].map((m) => ({ from: m[1]!, to: m[2]!, type: m[3]! })),
  };
}

describe("export filters, arguments, keys and the CLI", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  let keyed: TestServer;

  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    keyed = await startTestServer(db.gateway, { API_KEYS: `analyst:reader:${READER_KEY}`, READS_REQUIRE_KEY: "true" });
  });
  afterAll(async () => {
    await keyed?.stop();
    await stopSeededServer({ db, server });
  });

  it.each(cypherNames("export"))("%s is accepted by EXPLAIN", async (name) => {
    await expect(db.gateway.read(`EXPLAIN ${cypher(name)}`)).resolves.toEqual([]);
  });

  it("limits an export to one partnership's bodies, meetings, attendance, people and documents", async () => {
    const all = idsOf((await fetchExport(server, "/export/gexf")).text);
    const res = await fetchExport(server, "/export/gexf?partnership=partnership:lsc-icp");
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="partnership-graph-lsc-icp.gexf"');
    const part = idsOf(res.text);
    expect(part.nodes).toEqual(
      expect.arrayContaining(["partnership:lsc-icp", "body:lsc-icp", "meeting:lsc-icp-2024-03-25", "person:damian-talbot", "doc:lsc-icp-2024"]),
    );
    // Another partnership's meetings and the people only they name are not in it.
    expect(part.nodes).not.toContain("meeting:chorley-psr-executive-2016-02-16");
    expect(part.nodes).not.toContain("partnership:chorley-psr");
    expect(part.nodes.length).toBeLessThan(all.nodes.length);
    expect(part.edges).toContainEqual({ from: "person:damian-talbot", to: "meeting:lsc-icp-2024-03-25", type: "ATTENDED" });
    const ids = new Set(part.nodes);
    for (const e of part.edges) expect(ids.has(e.from) && ids.has(e.to), `${e.from} ${e.type} ${e.to}`).toBe(true);
  });

  it("drops facts dated after --as-of, and relationships to what it dropped", async () => {
    const res = await fetchExport(server, "/export/gexf?asOf=2021-12-31");
    const graph = idsOf(res.text);
    expect(graph.nodes).toContain("meeting:central-lancashire-board-2021-12-09");
    expect(graph.nodes).not.toContain("meeting:lsc-icp-2024-03-25");
    expect(graph.edges.filter((e) => e.to === "meeting:lsc-icp-2024-03-25")).toEqual([]);
    // An item of a later meeting goes with it; a position held since a later day too.
    const [item] = await db.gateway.read("MATCH (:Meeting {id: 'meeting:lsc-icp-2024-03-25'})-[:HAS_ITEM]->(i) RETURN i.id AS id LIMIT 1");
    expect(graph.nodes).not.toContain(item!.id);
    expect(graph.edges).not.toContainEqual({ from: "person:damian-talbot", to: "body:lsc-icp", type: "HELD_POSITION" });
    const ids = new Set(graph.nodes);
    for (const e of graph.edges) expect(ids.has(e.from) && ids.has(e.to), `${e.from} ${e.type} ${e.to}`).toBe(true);

    const popolo = JSON.parse((await fetchExport(server, "/export/popolo?asOf=2021-12-31&partnership=partnership:central-lancashire")).text) as Popolo;
    expect(popolo.events.length).toBeGreaterThan(0);
    for (const e of popolo.events) expect(e.start_date! <= "2021-12-31", e.id).toBe(true);
  });

  it.each([
    ["/export/csv", /^the format in \/export\/<format> must be one of popolo, graphml, gexf, jsonld \(got "csv"\)$/],
    ["/export/popolo?asOf=2024-13-01", /^asOf is not a day of the calendar \(got "2024-13-01"\)$/],
    ["/export/popolo?asOf=yesterday", /^asOf must be a date written YYYY-MM-DD/],
    ["/export/popolo?partnership=body:lsc-icp", /^partnership must be a partnership id like partnership:lsc-icp/],
    ["/export/popolo?partnership=partnership:nowhere", /^partnership partnership:nowhere is not in the graph$/],
    ["/export/popolo?as_of=2024-01-01", /^unknown argument as_of/],
  ])("answers %s with 400 and a message naming the problem", async (url, message) => {
    const res = await fetchExport(server, url);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(message);
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a reader without a valid key when keys are required, and serves one with it", async () => {
    for (const headers of [{}, { authorization: "Bearer not-a-key-of-ours-at-all" }] as Record<string, string>[]) {
      const res = await fetchExport(keyed, "/export/graphml", headers);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    }
    expect((await fetchExport(keyed, "/export/graphml", { authorization: `Bearer ${READER_KEY}` })).status).toBe(200);
    expect((await fetchExport(keyed, "/export/graphml", { "x-api-key": READER_KEY })).status).toBe(200);
  });

  describe("npm run export", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-export-"));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const cli = (args: string[]) =>
      run(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/export.ts"), ...args], {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: inject("neo4jUri"),
          NEO4J_USERNAME: inject("neo4jUser"),
          NEO4J_PASSWORD: inject("neo4jPassword"),
          NEO4J_DATABASE: inject("neo4jDatabase"),
          LOG_LEVEL: "silent",
        },
      });

    it("writes the file, the same export the endpoint serves, and says what it wrote", async () => {
      const out = path.join(dir, "lsc.json");
      const { stderr } = await cli([
        "--format",
        "popolo",
        "--partnership",
        "partnership:lsc-icp",
        "--as-of",
        "2024-06-30",
        "--out",
        out,
        "--base-url",
        server.url,
      ]);
      expect(stderr).toMatch(/^Wrote \d+ entities and \d+ relationships \([\d.]+ MB\) to .*lsc\.json in [\d.]+ s; peak RSS \d+ MB$/m);
      const written = fs.readFileSync(out, "utf8");
      expect(written).toBe((await fetchExport(server, "/export/popolo?partnership=partnership:lsc-icp&asOf=2024-06-30")).text);
      expect(fs.existsSync(`${out}.partial`)).toBe(false);
    });

    it("refuses bad arguments with a message naming them, exit code 2, and writes nothing", async () => {
      const out = path.join(dir, "bad.graphml");
      for (const [args, message] of [
        [["--format", "svg", "--out", out], /--format must be one of popolo, graphml, gexf, jsonld \(got "svg"\)/],
        [["--format", "graphml", "--as-of", "2024-02-30", "--out", out], /--as-of is not a day of the calendar \(got "2024-02-30"\)/],
        [["--format", "graphml"], /--out is required/],
        [["--format", "graphml", "--partnership", "partnership:nowhere", "--out", out], /partnership partnership:nowhere is not in the graph/],
      ] as const) {
        const failed = await cli([...args]).then(
          () => null,
          (err: { code: number; stderr: string }) => err,
        );
        expect(failed?.code, args.join(" ")).toBe(2);
        expect(failed?.stderr).toMatch(message);
      }
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(`${out}.partial`)).toBe(false);
    });
  });
});
