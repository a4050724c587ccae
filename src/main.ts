import { ConfigError, loadConfig } from "./config/env.js";
import { buildGraphQLSchema } from "./graphql/schema.js";
import { createApp } from "./http/app.js";
import { createLogger } from "./logger.js";
import { connectDatabase } from "./neo4j/connect.js";
import { applySchema } from "./neo4j/schema-setup.js";
import { LocalNeo4jError } from "./neo4j/local-server.js";
import { seedIfEmpty } from "./dataset/seed.js";
import { ensureExplorerBuilt } from "./http/explorer-build.js";

async function main(): Promise<void> {
  const config = loadConfig();
  // The Neo4j driver captures a stack trace for every statement; mapping each through tsx's
  // source maps cost ~7% of a look-up's CPU. Production stacks show transpiled positions instead.
  if (config.NODE_ENV === "production") process.setSourceMapsEnabled(false);
  const logger = createLogger(config.LOG_LEVEL);
  const db = await connectDatabase(config, (line) => logger.info(line));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    await app?.stop().catch((err: Error) => logger.error("error while draining HTTP", { error: err.message }));
    await db.close().catch((err: Error) => logger.error("error while closing Neo4j", { error: err.message }));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    const applied = await applySchema(db.gateway);
    logger.info("schema applied", { statements: applied });
    if (config.SEED_ON_EMPTY) {
      const seeded = await seedIfEmpty(db.gateway, (line) => logger.info(line));
      if (seeded) logger.info("seed dataset loaded", { documents: seeded.documents });
    }
    // The explorer's page is built from explorer/ when missing or out of date (a few seconds, once).
    // A failed build is logged and leaves the API running; / then says the explorer is not built.
    await ensureExplorerBuilt((line) => logger.info(line)).catch((err: Error) => logger.error("explorer build failed", { error: err.message }));
    app = await createApp(config, db.gateway, await buildGraphQLSchema(), logger);
    const port = await app.listen(config.PORT, config.HOST);
    logger.info(`Partnership Graph ready at http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}/graphql`);
  } catch (err) {
    await db.close();
    throw err;
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof LocalNeo4jError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
