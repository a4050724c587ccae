import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// Reproductions of the outside test's HTTP defects (issue 13: 9, 15, 16, 17): every refusal is
// JSON in the GraphQL error shape with a 400-class status, and nothing internal shows.
describe("the HTTP layer under malformed and hostile requests", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  beforeAll(async () => {
    db = await openTestDatabase();
    server = await startTestServer(db.gateway, { NODE_ENV: "development" });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  const post = (body: string | Uint8Array, headers: Record<string, string>) => fetch(`${server.url}/graphql`, { method: "POST", headers, body });
  const expectJsonError = async (res: Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/(graphql-response\+)?json/);
    const text = await res.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(message);
    expect(["BAD_USER_INPUT", "BAD_REQUEST", "QUERY_TOO_COMPLEX", "PERSISTED_QUERY_NOT_FOUND"]).toContain(body.errors[0]!.extensions.code);
    // No stack trace, path or body excerpt, even in development.
    expect(text).not.toMatch(/node_modules|\/work\/|at [A-Za-z.]+ \(|<html|stack/i);
  };

  it("answers a body that is not JSON, too large, in an unknown charset or with a lying encoding as JSON", async () => {
    await expectJsonError(await post("{ not json", { "content-type": "application/json" }), 400, /not valid JSON/);
    await expectJsonError(
      await post(JSON.stringify({ query: `{ __typename } #${"x".repeat(2_200_000)}` }), { "content-type": "application/json" }),
      413,
      /larger than the 2 MB limit/,
    );
    await expectJsonError(
      await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "application/json; charset=ebcdic" }),
      415,
      /charset is not supported/,
    );
    await expectJsonError(
      await post("not gzip at all", { "content-type": "application/json", "content-encoding": "gzip" }),
      400,
      /could not be read|not valid JSON/,
    );
    await expectJsonError(
      await post(zlib.gzipSync("{}"), { "content-type": "application/json", "content-encoding": "x-unknown" }),
      415,
      /content-encoding is not supported/,
    );
  });

  it("codes client mistakes as client errors: a subscription over HTTP, a persisted-query hash that does not match", async () => {
    const sub = await server.gql(`subscription { x }`);
    expect(sub.status).toBe(400);
    expect(sub.errors?.[0]?.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
    const coercion = await server.gql(`query($t: [EntityType!]) { search(text: "reform", types: $t) { score } }`, {
      t: Array.from({ length: 60 }, (_, i) => `NOT_A_KIND_${i}`),
    });
    expect(coercion.status).toBe(400);
    expect(coercion.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")).toBe(false);
    const apqRes = await post(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }), {
      "content-type": "application/json",
    });
    const apq = apqRes;
    expect(apq.status).toBe(400);
    const body = (await apq.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).not.toBe("INTERNAL_SERVER_ERROR");
  });

  it("takes GET queries with the preflight header the README documents, and refuses them without (CSRF)", async () => {
    const q = encodeURIComponent("{ __typename }");
    const withHeader = await fetch(`${server.url}/graphql?query=${q}`, { headers: { "apollo-require-preflight": "true" } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toMatchObject({ data: { __typename: "Query" } });
    const without = await fetch(`${server.url}/graphql?query=${q}`, { headers: { accept: "application/json" } });
    expect(without.status).toBe(400);
  });

  it("sends security headers, no X-Powered-By, and serves only GraphiQL's own files", async () => {
    for (const p of ["/graphql?query=%7B__typename%7D", "/ide", "/healthz"]) {
      const res = await fetch(`${server.url}${p}`, { headers: { "apollo-require-preflight": "true" } });
      expect(res.headers.get("x-powered-by"), p).toBeNull();
      expect(res.headers.get("x-content-type-options"), p).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), p).toBe("SAMEORIGIN");
      expect(res.headers.get("content-security-policy"), p).toMatch(/default-src 'self'.*script-src 'self'/);
    }
    expect((await fetch(`${server.url}/ide/graphiql/graphiql.min.js`)).status).toBe(200);
    expect((await fetch(`${server.url}/ide/graphiql/package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/ide/graphiql/src/index.ts`)).status).toBe(404);
    const page = await (await fetch(`${server.url}/ide`)).text();
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
  });
});
