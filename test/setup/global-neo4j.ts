import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

let local: LocalNeo4j | null = null;

/**
 * Starts one local Neo4j for the whole test run, in a fresh folder, on a free port, so a running
 * `npm start` is never disturbed. With NEO4J_URI set, that server is used instead (see the README:
 * the tests clear its database, and refuse to if it holds data they did not create).
 */
export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const home = path.join(PROJECT_ROOT, ".neo4j", "test");
    fs.rmSync(home, { recursive: true, force: true });
    const started = Date.now();
    local = await startLocalNeo4j({
      home,
      boltPort: 0,
      heap: process.env.NEO4J_LOCAL_HEAP ?? "1g",
      pageCacheMb: 512,
      startTimeoutMs: 300_000,
      log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
    process.stderr.write(`[neo4j] test server up in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    uri = local.uri;
  }
  project.provide("neo4jUri", uri);
  project.provide("neo4jUser", process.env.NEO4J_USERNAME || "neo4j");
  project.provide("neo4jPassword", process.env.NEO4J_PASSWORD || "");
  project.provide("neo4jDatabase", process.env.NEO4J_DATABASE || "neo4j");
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
