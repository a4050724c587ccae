import "./production.js";
import "reflect-metadata";
import { loadConfig } from "../src/config/env.js";
import { buildGraphQLSchema } from "../src/graphql/schema.js";
import { createApp } from "../src/http/app.js";
import { createLogger } from "../src/logger.js";
import { createDriver, Neo4jGateway } from "../src/neo4j/gateway.js";
import { startNeo4jGraphQL } from "./neo4j-graphql.js";
import { watchGc } from "./gc.js";

/**
 * One GraphQL server for the benchmark, in its own Node process as a deployment runs it, so the
 * load generator does not share its event loop:
 *   node --import tsx bench/serve.ts ours|neo4j-graphql
 * with BENCH_BOLT_URI, BENCH_BOLT_USER, BENCH_BOLT_PASSWORD, BENCH_BOLT_DATABASE in the environment.
 * Prints {"url": …} on one line when listening; when its stdin closes (its parent ended), prints
 * {"gc": …} (what garbage collection cost it, bench/gc.ts) and exits.
 */
const gc = watchGc();
const which = process.argv[2];
const env = process.env;
const driver = createDriver(
  env.BENCH_BOLT_URI!,
  env.BENCH_BOLT_USER ?? "neo4j",
  env.BENCH_BOLT_PASSWORD ?? "",
  Number(env.NEO4J_MAX_CONNECTION_POOL_SIZE ?? 50),
);
const database = env.BENCH_BOLT_DATABASE ?? "neo4j";

let url: string;
let stop: () => Promise<void>;
if (which === "ours") {
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    NEO4J_DATABASE: database,
    GRAPHQL_MAX_COST: "100000000",
    GRAPHQL_MAX_DEPTH: "12",
    MEMBERSHIP_CACHE: env.MEMBERSHIP_CACHE ?? "true",
    // Unset: the configuration's default. Set, to A/B the executor (docs/BENCHMARKS.md).
    ...(env.GRAPHQL_JIT ? { GRAPHQL_JIT: env.GRAPHQL_JIT } : {}),
    ...(env.GRAPHQL_DIRECT ? { GRAPHQL_DIRECT: env.GRAPHQL_DIRECT } : {}),
  });
  const app = await createApp(config, new Neo4jGateway(driver, database), await buildGraphQLSchema(), createLogger("silent"));
  url = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}/graphql`;
  stop = () => app.stop();
} else if (which === "neo4j-graphql") {
  const other = await startNeo4jGraphQL(driver, database);
  url = other.url;
  stop = () => other.stop();
} else {
  throw new Error(`bench/serve.ts: say which server, ours or neo4j-graphql; got ${which}`);
}

process.stdout.write(`${JSON.stringify({ url })}\n`);
process.stdin.resume();
process.stdin.on("end", () => {
  process.stdout.write(`${JSON.stringify({ gc: gc() })}\n`);
  void stop()
    .then(() => driver.close())
    .finally(() => process.exit(0));
});
