import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db.js";
import { loadSeed } from "../helpers/seed.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/** The value of one sample of the exposition text, e.g. graphql_requests_total{operation="X",outcome="ok"}. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = line.match(/^([a-zA-Z0-9_:]+)(?:\{(.*)\})? (\S+)$/);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return null;
}

describe("operations: /metrics and request ids", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  let keyed: TestServer;

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSeed(db.gateway);
    server = await startTestServer(db.gateway);
    keyed = await startTestServer(db.gateway, { READS_REQUIRE_KEY: "true", API_KEYS: "prom:reader:scrape-key-0123456789" });
  });
  afterAll(async () => {
    await server?.stop();
    await keyed?.stop();
    await db?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("counts requests, latency and Neo4j round trips per operation name, and errors by code, in Prometheus' format", async () => {
    for (let i = 0; i < 3; i++) expect((await post({ query: `query SeedMeeting { meeting(id: "meeting:lsc-icp-2024-03-25") { title } }` })).status).toBe(200);
    await post({ query: `query BadPage { meetings(first: 500) { totalCount } }` });

    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(sample(text, "graphql_requests_total", { operation: "SeedMeeting", outcome: "ok" })).toBe(3);
    expect(sample(text, "graphql_request_duration_seconds_count", { operation: "SeedMeeting" })).toBe(3);
    expect(sample(text, "graphql_request_duration_seconds_bucket", { operation: "SeedMeeting", le: "+Inf" })).toBe(3);
    // A look-up by id is one statement per request.
    expect(sample(text, "graphql_neo4j_round_trips_sum", { operation: "SeedMeeting" })).toBe(3);
    expect(sample(text, "graphql_requests_total", { operation: "BadPage", outcome: "error" })).toBe(1);
    expect(sample(text, "graphql_errors_total", { code: "BAD_USER_INPUT" })).toBe(1);
    expect(sample(text, "neo4j_pool_max_size")).toBe(50);
    expect(sample(text, "neo4j_sessions_in_use")).toBe(0);
    expect(sample(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("keeps client-chosen operation names from growing the label set without bound", async () => {
    await post({ query: `query ${"x".repeat(80)} { __typename }` });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(sample(text, "graphql_requests_total", { operation: "other", outcome: "ok" })).toBe(1);
    expect(text).not.toContain("x".repeat(80));
  });

  it("asks for a key when reads do", async () => {
    expect((await fetch(`${keyed.url}/metrics`)).status).toBe(401);
    const ok = await fetch(`${keyed.url}/metrics`, { headers: { authorization: "Bearer scrape-key-0123456789" } });
    expect(ok.status).toBe(200);
  });

  it("names every answer's request, echoing a caller's id and making one otherwise, and logs errors with it", async () => {
    const given = await post({ query: "{ __typename }" }, { "x-request-id": "trace-42.a" });
    expect(given.headers.get("x-request-id")).toBe("trace-42.a");
    const made = await post({ query: "{ __typename }" }, { "x-request-id": "bad id with spaces" });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    // An unexpected error (a document whose text is nowhere) is logged with the id its response carried.
    await db.gateway.write((tx) =>
      tx.run("CREATE (:Entity:SourceDocument {id: 'doc:lost', title: 'Lost', kind: 'notes', file: 'sources/does-not-exist.txt', sha256: 'x', length: 0})"),
    );
    try {
      const broken = await post({ query: `{ document(id: "doc:lost") { text } }` }, { "x-request-id": "req-broken-1" });
      expect(broken.headers.get("x-request-id")).toBe("req-broken-1");
      expect(server.errors.at(-1)).toMatchObject({ msg: "unexpected error", extra: { requestId: "req-broken-1" } });
    } finally {
      await db.gateway.write((tx) => tx.run("MATCH (d:SourceDocument {id: 'doc:lost'}) DETACH DELETE d"));
    }
  });
});
