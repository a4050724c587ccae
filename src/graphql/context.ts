import type { Neo4jGateway } from "../neo4j/gateway.js";
import { RoundTripCounter } from "../neo4j/gateway.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Everything a resolver may use. Built fresh for each request: loaders cache per request only. */
export interface GraphQLContext {
  gateway: Neo4jGateway;
  loaders: Loaders;
  roundTrips: RoundTripCounter;
}

export function createContext(gateway: Neo4jGateway): GraphQLContext {
  const roundTrips = new RoundTripCounter();
  return { gateway, roundTrips, loaders: createLoaders(gateway, roundTrips) };
}
