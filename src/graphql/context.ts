import type { Neo4jGateway } from "../neo4j/gateway.js";
import { RoundTripCounter } from "../neo4j/gateway.js";
import type { Caller } from "../http/auth.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Everything a resolver may use. Built fresh for each request: loaders cache per request only. */
export interface GraphQLContext {
  gateway: Neo4jGateway;
  loaders: Loaders;
  roundTrips: RoundTripCounter;
  /** Who presented a valid API key; null when none was presented. */
  caller: Caller | null;
  /** Where committed drafts and their texts are written. */
  ingestDir: string;
  /** Fetch a root's nested relationship fields with it, in one statement (GRAPHQL_PREFETCH). */
  prefetch: boolean;
}

export function createContext(
  gateway: Neo4jGateway,
  caller: Caller | null = null,
  ingestDir = "",
  prefetch = true,
  maxStatements = Number.POSITIVE_INFINITY,
): GraphQLContext {
  const roundTrips = new RoundTripCounter(maxStatements);
  return { gateway, roundTrips, caller, ingestDir, prefetch, loaders: createLoaders(gateway, roundTrips) };
}
