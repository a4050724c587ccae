import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import cors from "cors";
import helmet from "helmet";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config/env.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { createContext, createSharedState, type GraphQLContext } from "../graphql/context.js";
import { CODES, formatError } from "../graphql/errors.js";
import { nestingProblem, queryLimitsPlugin, roundTripsPlugin } from "../graphql/limits/query-limits.js";
import { executorGateway, graphqlJsExecutor, jitExecutor } from "../graphql/execution/jit-gateway.js";
import { directExecutor } from "../graphql/execution/direct.js";
import { graphiqlRouter } from "./graphiql.js";
import { explorerRouter } from "./explorer.js";
import { ApiKeys, presentedKey, readRefusal } from "./auth.js";
import { exportRouter } from "./export.js";
import { GraphQLError } from "graphql";
import { requestScoped, withRequestId, type Logger } from "../logger.js";
import { createMetrics } from "./metrics.js";

/** A request id a caller may choose: a short token, safe to echo in a header and a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Read-your-writes across instances: a response to a write carries the write's bookmarks in
 * extensions.bookmarks; a client that sends them back in this header (comma-separated) to any
 * instance is answered from a database state that includes its write.
 */
export const BOOKMARKS_HEADER = "neo4j-bookmarks";
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]{1,512}$/;

function bookmarksOf(req: express.Request): string[] {
  const raw = req.get(BOOKMARKS_HEADER);
  if (!raw) return [];
  const list = raw
    .split(",")
    .map((b) => b.trim())
    .filter(Boolean);
  if (list.length > 16 || !list.every((b) => BOOKMARK.test(b))) {
    throw new GraphQLError(`Invalid header ${BOOKMARKS_HEADER}: send back the bookmarks a write's response gave (extensions.bookmarks), comma-separated.`, {
      extensions: { code: CODES.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  return list;
}

const bookmarksPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const written = contextValue?.gateway?.lastWriteBookmarks ?? [];
        if (response.body.kind === "single" && written.length) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks: written };
        }
      },
    };
  },
};

export interface App {
  httpServer: http.Server;
  /** Resolves once listening; gives the bound port (useful with PORT=0 in tests). */
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, lets those under way finish, then resolves. */
  stop(): Promise<void>;
}

/** graphql-js or graphql-jit, with look-ups the prefetch plan answers whole written directly in front of it. */
function executorFor(schema: GraphQLSchema, config: Config) {
  const executor = config.GRAPHQL_JIT ? jitExecutor(schema) : graphqlJsExecutor(schema);
  return config.GRAPHQL_DIRECT ? directExecutor(schema, executor) : executor;
}

export async function createApp(config: Config, gateway: Neo4jGateway, schema: GraphQLSchema, baseLogger: Logger): Promise<App> {
  const logger = requestScoped(baseLogger);
  const app = express();
  app.disable("x-powered-by");
  // Every answer names its request (the caller's X-Request-Id when it is a sane token, else a new
  // one), and every log line written while handling it carries the same id.
  app.use((req, res, next) => {
    const given = req.get("x-request-id");
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader("x-request-id", id);
    withRequestId(id, next);
  });
  // Security headers on every answer. GraphiQL's page runs only files from this server (no inline
  // script); its editor sets style attributes, hence 'unsafe-inline' for styles alone.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", "blob:"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const keys = new ApiKeys(config.API_KEYS);
  const shared = createSharedState(config.MEMBERSHIP_CACHE, config.NODE_ENV !== "production");
  const metrics = createMetrics(gateway, shared, config.NEO4J_MAX_CONNECTION_POOL_SIZE);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    // GRAPHQL_JIT, GRAPHQL_DIRECT: the same schema, handed over through Apollo's executor hook (see jit-gateway.ts).
    ...(config.GRAPHQL_JIT || config.GRAPHQL_DIRECT ? { gateway: executorGateway(schema, executorFor(schema, config)) } : { schema }),
    introspection: config.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: config.NODE_ENV === "development",
    // graphql-js's own limit on tokens, checked while parsing: a huge query is refused cheaply.
    parseOptions: { maxTokens: 20_000 },
    formatError: formatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(schema, { maxDepth: config.GRAPHQL_MAX_DEPTH, maxCost: config.GRAPHQL_MAX_COST }),
      roundTripsPlugin,
      bookmarksPlugin,
      metrics.plugin,
      // Our own offline GraphiQL lives at /ide; the CDN-loaded landing page would not work here.
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // Liveness: the process answers. Says nothing about Neo4j, so an orchestrator won't restart us for a database outage.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: Neo4j answers a query now. 503 with the reason otherwise, so load balancers stop sending traffic.
  app.get("/readyz", async (_req, res) => {
    try {
      await gateway.ping();
      res.json({ status: "ready" });
    } catch (err) {
      // The driver's message names hosts and pool state: it goes to the log, not to whoever asks.
      logger.warn("not ready", { error: (err as Error).message });
      res.status(503).json({ status: "unavailable", reason: "The database is not answering." });
    }
  });

  // Prometheus scrapes this; when reads need a key, so does it (operation names say what is asked).
  app.get(
    "/metrics",
    metrics.handler((req) => readRefusal(keys.identify(presentedKey(req.headers)), config.READS_REQUIRE_KEY)),
  );

  app.use(graphiqlRouter("/graphql"));
  // A browser opening /graphql gets the IDE; API clients POST, or GET with ?query= or with only
  // ?extensions= (a persisted query's hash; Apollo Client sends those with Accept: */*).
  app.get("/graphql", (req, res, next) => {
    if (req.query.query === undefined && req.query.extensions === undefined && req.accepts(["html", "json"]) === "html") res.redirect("/ide");
    else next();
  });

  // Browser pages of allowed origins may call /graphql (preflight answered here); Apollo's CSRF
  // protection still asks GET and simple requests for a preflight-forcing header.
  app.use(
    "/graphql",
    cors({
      origin: (origin, done) => done(null, origin ? config.corsAllows(origin) : false),
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", BOOKMARKS_HEADER, "x-request-id"],
      exposedHeaders: ["x-request-id"],
      maxAge: 600,
    }),
  );
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    // graphql-js parses and validates by recursion: a query nested a thousand deep is refused here, as JSON.
    (req, res, next) => {
      const problem = nestingProblem((req.body as { query?: unknown } | undefined)?.query ?? req.query.query);
      if (problem) res.status(400).json({ errors: [problem] });
      else next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = keys.identify(presentedKey(req.headers));
        const refusal = readRefusal(caller, config.READS_REQUIRE_KEY);
        if (refusal) {
          throw new GraphQLError(refusal, {
            extensions: { code: CODES.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        return createContext(gateway.forRequest(bookmarksOf(req)), caller, config.GRAPHQL_PREFETCH, config.GRAPHQL_MAX_STATEMENTS, shared);
      },
    }),
  );

  // Exports of the graph, streamed (GET /export/popolo|graphml|gexf|jsonld), under the same key rule as reads.
  app.use(exportRouter(config, gateway, keys, logger));

  // The explorer's page at / and /explore/… (its scripts and styles are files under /explore/assets/,
  // so the Content-Security-Policy above needs no inline script for it either).
  app.use(explorerRouter());

  // Whatever the HTTP layer refuses (a body that is not JSON, too large, in an unknown charset or
  // encoding) is answered in the GraphQL error shape, never as an HTML page with a stack trace.
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: number; statusCode?: number; type?: string; message?: string };
    const status = e.status ?? e.statusCode ?? 500;
    const known: Record<string, string> = {
      "entity.parse.failed": "The request body is not valid JSON.",
      "entity.too.large": "The request body is larger than the 2 MB limit.",
      "charset.unsupported": "The request body's charset is not supported; send UTF-8.",
      "encoding.unsupported": "The request body's content-encoding is not supported.",
      "request.aborted": "The request was aborted before its body arrived.",
      "entity.verify.failed": "The request body could not be verified.",
      "request.size.invalid": "The request body is not as long as its content-length says.",
      "stream.encoding.set": "The request body could not be read.",
    };
    const message = (e.type && known[e.type]) ?? (status < 500 ? "The request could not be read." : "Internal server error");
    if (status >= 500) logger.error("http layer error", { error: e.message ?? String(err) });
    else logger.warn("bad request", { type: e.type ?? "unknown", status });
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? CODES.INTERNAL_SERVER_ERROR : CODES.BAD_USER_INPUT } }] });
  });

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          resolve(typeof addr === "object" && addr ? addr.port : port);
        });
      });
    },
    async stop() {
      // apollo.stop() runs the drain plugin: closes idle connections and waits for requests under way.
      await apollo.stop();
    },
  };
}
