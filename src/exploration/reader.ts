import type { Neo4jGateway, RoundTripCounter } from "../neo4j/gateway.js";

/** What a read-only service needs: the gateway, and the request's round-trip counter (and budget). */
export interface Reader {
  gateway: Neo4jGateway;
  roundTrips: RoundTripCounter;
}
