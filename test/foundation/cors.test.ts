import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// A front end on its own dev server or domain calls the API from a browser (issue 15, point 4).
describe("CORS", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let configured: TestServer;
  let development: TestServer;
  let production: TestServer;
  beforeAll(async () => {
    db = await openTestDatabase();
    configured = await startTestServer(db.gateway, { CORS_ORIGINS: "https://explorer.example.org, http://localhost:5173" });
    development = await startTestServer(db.gateway, { NODE_ENV: "development" });
    production = await startTestServer(db.gateway, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    for (const s of [configured, development, production]) await s?.stop();
    await db?.close();
  });

  const preflight = (s: TestServer, origin: string) =>
    fetch(`${s.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });

  it("answers a preflight from an allowed origin per the spec, and the request after it", async () => {
    const pre = await preflight(configured, "https://explorer.example.org");
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("https://explorer.example.org");
    expect(pre.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/content-type/);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const res = await fetch(`${configured.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://explorer.example.org", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://explorer.example.org");
    expect(await res.json()).toMatchObject({ data: { __typename: "Query" } });
  });

  it("gives other origins no CORS headers, so their pages cannot read the answers", async () => {
    const pre = await preflight(configured, "https://elsewhere.example.com");
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows localhost origins in development and none in production by default", async () => {
    expect((await preflight(development, "http://localhost:5173")).headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect((await preflight(development, "https://explorer.example.org")).headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(production, "http://localhost:5173")).headers.get("access-control-allow-origin")).toBeNull();
  });
});
