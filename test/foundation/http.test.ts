import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { loadBatch } from "../../src/dataset/load.js";
import { readBatch } from "../../src/dataset/read.js";
import { openTestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe("HTTP service on the real Neo4j", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => {
    db = await openTestDatabase();
    server = await startTestServer(db.gateway);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it("answers /healthz and /readyz", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("reads through the API what was written to Neo4j", async () => {
    const before = await server.gql<{ document: unknown }>(`{ document(id: "doc:chorley-psr-executive-2016-02-16") { id title } }`);
    expect(before.data?.document).toBeNull();

    await loadBatch(db.gateway, readBatch([path.join(PROJECT_ROOT, "data", "2016-02-16-chorley-psr-executive.yaml")]));
    // The write really reached the database: read it back with Cypher, not through our own code.
    const [row] = await db.gateway.read("MATCH (d:SourceDocument {id: $id}) RETURN d.title AS title", { id: "doc:chorley-psr-executive-2016-02-16" });
    expect(row?.title).toBe("Chorley Public Service Reform Executive, minutes of 16 February 2016");

    const after = await server.gql<{ document: { id: string; date: string; kind: string } }>(
      `{ document(id: "doc:chorley-psr-executive-2016-02-16") { id date kind } }`,
    );
    expect(after.data?.document).toEqual({ id: "doc:chorley-psr-executive-2016-02-16", date: "2016-02-16", kind: "minutes" });
  });
});
