import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { GraphQLContext, SharedState } from "../graphql/context.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { GraphVersionCache } from "../neo4j/graph-version.js";

/*
 * Operations figures in Prometheus' text format at /metrics, from prom-client (the client every
 * Node service scraped by Prometheus uses: histograms, default process and GC metrics, and the
 * exposition format done right). One registry per app, so several apps in one process (the
 * tests) never mix their counts.
 */

/** Operation names come from clients: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<GraphQLContext>;
  /** Serves the registry; honours the same key rule as reads (`refusal` says why a request may not, or null). */
  handler(refusal: (req: express.Request) => string | null): express.RequestHandler;
}

export function createMetrics(gateway: Neo4jGateway, shared: SharedState, poolSize: number): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests answered, by operation name and outcome (ok, or error when the response carries errors).",
    labelNames: ["operation", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its response, by operation name.",
    labelNames: ["operation"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const roundTrips = new Histogram({
    name: "graphql_neo4j_round_trips",
    help: "Neo4j statements one GraphQL request sent, by operation name.",
    labelNames: ["operation"],
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50, 100],
    registers: [registry],
  });
  const errors = new Counter({
    name: "graphql_errors_total",
    help: "Errors in GraphQL responses, by error code (BAD_USER_INPUT, DATABASE_UNAVAILABLE, …).",
    labelNames: ["code"],
    registers: [registry],
  });
  new Gauge({
    name: "neo4j_sessions_in_use",
    help: "Neo4j sessions open now (each holds one pooled connection while it runs).",
    registers: [registry],
    collect() {
      this.set(gateway.sessionsInUse);
    },
  });
  new Gauge({
    name: "neo4j_pool_max_size",
    help: "The most connections the driver's pool may hold (NEO4J_MAX_CONNECTION_POOL_SIZE).",
    registers: [registry],
    collect() {
      this.set(poolSize);
    },
  });
  new Gauge({
    name: "membership_cache_lookups",
    help: "Look-ups of the membership analyses' caches since start (keyed by the graph's write version), by cache (contexts, reports) and result (hit, miss).",
    labelNames: ["cache", "result"],
    registers: [registry],
    collect() {
      for (const [name, cache] of Object.entries(shared.membershipCaches ?? {})) {
        // The caches, not what the same object keeps beside them (the reads under way, whether it freezes).
        if (!(cache instanceof GraphVersionCache)) continue;
        this.set({ cache: name, result: "hit" }, cache.hits);
        this.set({ cache: name, result: "miss" }, cache.misses);
      }
    },
  });

  const names = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return "other";
    names.add(name);
    return name;
  };

  const plugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const operation = label(operationName ?? request.operationName);
          const body = response.body.kind === "single" ? response.body.singleResult : null;
          const failed = body?.errors ?? [];
          for (const e of failed) errors.inc({ code: String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
          requests.inc({ operation, outcome: failed.length ? "error" : "ok" });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          // A request refused before its context existed (e.g. no key) sent nothing to Neo4j.
          roundTrips.observe({ operation }, contextValue?.roundTrips?.count ?? 0);
        },
      };
    },
  };

  return {
    registry,
    plugin,
    handler: (refusal) => async (req, res) => {
      const refused = refusal(req);
      if (refused) {
        res.status(401).type("text/plain").send(`${refused}\n`);
        return;
      }
      res.type(registry.contentType).send(await registry.metrics());
    },
  };
}
