import path from "node:path";
import { z } from "zod";

/** Project root: two levels above this file (src/config/env.ts). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

const boolean = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    error: "must be one of true, false, 1, 0, yes, no",
  })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const positiveInt = z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").positive("must be above 0");

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"] as const;

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),

  NEO4J_URI: z
    .string()
    .refine((v) => NEO4J_SCHEMES.some((s) => v.startsWith(`${s}://`)), {
      message: `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(", ")}`,
    })
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  // Statements in flight at once; more requests wait for a connection, first come first served.
  NEO4J_MAX_CONNECTION_POOL_SIZE: positiveInt.default(50),
  // How long one statement may wait for Neo4j before the request gets DATABASE_UNAVAILABLE.
  NEO4J_STATEMENT_TIMEOUT_MS: positiveInt.default(30_000),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),

  NEO4J_LOCAL_DIR: z.string().min(1).default(".neo4j"),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, "must be a JVM size such as 512m or 2g")
    .default("2g"),
  NEO4J_LOCAL_PAGECACHE_MB: positiveInt.default(2048),
  NEO4J_LOCAL_START_TIMEOUT_S: positiveInt.default(300),

  SEED_ON_EMPTY: boolean.default(true),
  GRAPHQL_INTROSPECTION: boolean.optional(),
  GRAPHQL_MAX_DEPTH: positiveInt.default(8),
  GRAPHQL_MAX_COST: positiveInt.default(250000),
  // Statements one request may send to Neo4j; past it the request stops with QUERY_TOO_COMPLEX.
  GRAPHQL_MAX_STATEMENTS: positiveInt.default(300),
  // Fetch nested relationship fields with their root in one statement; false falls back to one
  // batched statement per level (same answers, more round trips).
  GRAPHQL_PREFETCH: boolean.default(true),
  // Run each operation compiled by graphql-jit (compiled once per document, then reused) rather
  // than interpreted by graphql-js; what graphql-jit cannot compile still runs on graphql-js.
  GRAPHQL_JIT: boolean.default(false),
  // Write a look-up by id whose whole selection the prefetch plan answers straight from the
  // prefetched rows, without graphql-js's walk (execution/direct.ts); anything else as before.
  GRAPHQL_DIRECT: boolean.default(false),
  // Keep partnerships' membership contexts between requests, keyed by the graph's write version.
  MEMBERSHIP_CACHE: boolean.default(true),
  // One OpenTelemetry span per Neo4j statement, to the tracer provider the process registers.
  OTEL_TRACING: boolean.default(false),

  // API keys as name:role:key, separated by semicolons; role is editor (may write) or reader.
  API_KEYS: z
    .string()
    .regex(
      /^([A-Za-z0-9_.-]+:(editor|reader):[^;:\s]{16,})(;[A-Za-z0-9_.-]+:(editor|reader):[^;:\s]{16,})*$/,
      "must be name:role:key entries separated by ';', role editor or reader, keys of at least 16 characters",
    )
    .optional(),
  READS_REQUIRE_KEY: boolean.default(false),
  // Origins whose pages may call the API from a browser, comma-separated (e.g. https://explorer.example.org).
  // Unset: none in production, any http://localhost or http://127.0.0.1 port otherwise.
  CORS_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/, "must be origins like https://app.example.org, separated by commas")
    .optional(),
});

export type Config = Omit<z.infer<typeof envSchema>, "GRAPHQL_INTROSPECTION"> & {
  GRAPHQL_INTROSPECTION: boolean;
  /** Absolute path of the local Neo4j's folder. */
  neo4jLocalDir: string;
  /** Whether a browser page of this origin may call the API (CORS). */
  corsAllows: (origin: string) => boolean;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the configuration once. Every problem is reported together, each naming the
 * variable, so a bad deployment fails at start with one readable message rather than later at random.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": docker-compose and CI often pass NAME= for unset values.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    ...c,
    GRAPHQL_INTROSPECTION: c.GRAPHQL_INTROSPECTION ?? c.NODE_ENV !== "production",
    neo4jLocalDir: path.resolve(PROJECT_ROOT, c.NEO4J_LOCAL_DIR),
    corsAllows: corsPolicy(c.CORS_ORIGINS, c.NODE_ENV),
  };
}

function corsPolicy(list: string | undefined, env: string): (origin: string) => boolean {
  if (list) {
    const allowed = new Set(list.split(",").map((o) => o.trim().replace(/\/$/, "")));
    return (origin) => allowed.has(origin);
  }
  if (env === "production") return () => false;
  return (origin) => /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/.test(origin);
}
