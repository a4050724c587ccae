import DataLoader from "dataloader";
import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway, RoundTripCounter, Row } from "../neo4j/gateway.js";

export interface Loaders {
  /** Any entity by id, with its labels; null for an unknown id. */
  entity: DataLoader<string, Row | null>;
}

/**
 * One loader per relationship or look-up, each batch one Cypher statement. Created per request so
 * that one user's cache never answers another's query.
 */
export function createLoaders(gateway: Neo4jGateway, roundTrips: RoundTripCounter): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const rows = await gateway.read(cypher("queries/entities-by-id"), { ids }, roundTrips);
      const byId = new Map(rows.map((r) => [(r.entity as Row).id as string, r.entity as Row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
