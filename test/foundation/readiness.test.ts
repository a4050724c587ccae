import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { createDriver, Neo4jGateway } from "../../src/neo4j/gateway.js";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-server.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// This file stops and restarts a Neo4j of its own, so the run's shared server is never disturbed.
describe("/readyz follows Neo4j", () => {
  const home = path.join(PROJECT_ROOT, ".neo4j", "test-readiness");
  let neo4j: LocalNeo4j | null = null;
  let server: TestServer | null = null;
  let driverClose: (() => Promise<void>) | null = null;

  afterAll(async () => {
    await server?.stop();
    await driverClose?.();
    await neo4j?.stop();
  });

  it("turns 503 with a reason when Neo4j stops and recovers when it returns", async () => {
    fs.rmSync(home, { recursive: true, force: true });
    const port = await freePort();
    const opts = { home, boltPort: port, heap: "512m", pageCacheMb: 64, startTimeoutMs: 300_000 };
    neo4j = await startLocalNeo4j(opts);
    const driver = createDriver(neo4j.uri, "neo4j", "");
    driverClose = () => driver.close();
    server = await startTestServer(new Neo4jGateway(driver, "neo4j"));

    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await neo4j.stop();
    const down = await fetch(`${server.url}/readyz`);
    expect(down.status).toBe(503);
    const body = (await down.json()) as { status: string; reason: string };
    expect(body.status).toBe("unavailable");
    expect(body.reason).toBe("The database is not answering.");
    // Liveness does not depend on the database.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    neo4j = await startLocalNeo4j(opts);
    let status = 0;
    for (let i = 0; i < 30 && status !== 200; i++) {
      status = (await fetch(`${server.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  }, 240_000);
});
