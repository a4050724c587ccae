import { cypher } from "../neo4j/cypher-files.js";
import { citationsOf, type EntityRow, type RelRow } from "../neo4j/rows.js";
import { labelOf } from "./edges.js";
import type { Reader } from "./reader.js";

const TIMELINE = cypher("queries/timeline");

/** Every dated fact about an entity, oldest first. */
export async function timeline(reader: Reader, a: { id: string; from: string | null; to: string | null }) {
  const rows = await reader.gateway.read(TIMELINE, a, reader.roundTrips);
  return rows
    .map((r) => ({
      date: r.day as string,
      relation: r.relation as string,
      direction: r.direction as string,
      node: r.node as EntityRow,
      label: labelOf(r.rel as RelRow),
      sources: citationsOf(r.rel as RelRow),
    }))
    .sort((x, y) => x.date.localeCompare(y.date) || x.relation.localeCompare(y.relation) || x.node.id.localeCompare(y.node.id));
}
