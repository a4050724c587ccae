import { loadConfig, type Config } from "../../src/config/env.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { createApp, type App } from "../../src/http/app.js";
import { createLogger, type Logger } from "../../src/logger.js";
import type { Neo4jGateway } from "../../src/neo4j/gateway.js";
import { openTestDatabase } from "./db.js";
import { loadSeed } from "./seed.js";

export interface TestServer {
  url: string;
  app: App;
  /** What the server logged at error level, for tests of error masking. */
  errors: { msg: string; extra?: Record<string, unknown> }[];
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  stop(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  extensions?: Record<string, unknown>;
}

/** Starts the real HTTP app on a free port over the given gateway; the caller stops it in afterAll. */
export async function startTestServer(gateway: Neo4jGateway, env: Record<string, string> = {}): Promise<TestServer> {
  const config: Config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const errors: TestServer["errors"] = [];
  const quiet = createLogger("silent");
  const logger: Logger = { ...quiet, error: (msg, extra) => errors.push({ msg, ...(extra ? { extra } : {}) }) };
  const app = await createApp(config, gateway, await buildGraphQLSchema(), logger);
  const port = await app.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    errors,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse<T>;
      return { ...body, status: res.status };
    },
    stop: () => app.stop(),
  };
}

/** A clean graph loaded with the seed documents, and the API over it: the set-up most API tests share. */
export async function startSeededServer(env: Record<string, string> = {}): Promise<{ db: Awaited<ReturnType<typeof openTestDatabase>>; server: TestServer }> {
  const db = await openTestDatabase();
  await loadSeed(db.gateway);
  return { db, server: await startTestServer(db.gateway, env) };
}

export async function stopSeededServer(s: { db?: { close(): Promise<void> }; server?: TestServer }): Promise<void> {
  await s.server?.stop();
  await s.db?.close();
}
