import type { Neo4jGateway } from "../neo4j/gateway.js";
import { RoundTripCounter } from "../neo4j/gateway.js";
import type { Caller } from "../http/auth.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { createMembershipCaches, type MembershipCaches } from "../membership/service.js";

/**
 * What one API process keeps between requests. Only caches keyed by the graph's write version: an
 * instance never answers differently from another because of what it holds.
 */
export interface SharedState {
  /** Null when MEMBERSHIP_CACHE=false: every analysis loads its partnership afresh. */
  membershipCaches: MembershipCaches | null;
}

/** `freezeCached`: whether the membership caches freeze what they keep (MembershipCaches.freeze). */
export function createSharedState(membershipCache = true, freezeCached = true): SharedState {
  return { membershipCaches: membershipCache ? createMembershipCaches(freezeCached) : null };
}

/** Everything a resolver may use. Built fresh for each request: loaders cache per request only. */
export interface GraphQLContext {
  gateway: Neo4jGateway;
  loaders: Loaders;
  roundTrips: RoundTripCounter;
  /** Who presented a valid API key; null when none was presented. */
  caller: Caller | null;
  /** Fetch a root's nested relationship fields with it, in one statement (GRAPHQL_PREFETCH). */
  prefetch: boolean;
  /** The process's caches of membership analyses, by write version. */
  membershipCaches?: MembershipCaches;
}

export function createContext(
  gateway: Neo4jGateway,
  caller: Caller | null = null,
  prefetch = true,
  maxStatements = Number.POSITIVE_INFINITY,
  shared?: SharedState,
): GraphQLContext {
  const roundTrips = new RoundTripCounter(maxStatements);
  return { gateway, roundTrips, caller, prefetch, loaders: createLoaders(gateway, roundTrips), membershipCaches: shared?.membershipCaches ?? undefined };
}
