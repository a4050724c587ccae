import { int } from "../neo4j/convert.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { EntityRow, RelRow } from "../neo4j/rows.js";
import { edgeOf, type Edge } from "./edges.js";
import type { Reader } from "./reader.js";

const PATHS = cypher("queries/paths");
const NEIGHBOURHOOD = cypher("queries/neighbourhood");

export const PATH_DEFAULT_HOPS = 4;
export const PATH_MAX_HOPS = 6;
export const NEIGHBOURHOOD_MAX_DEPTH = 3;
export const NEIGHBOURHOOD_LIMIT = 200;

type EdgeRow = { type: string; from: string; to: string; rel: RelRow };

/** The shortest evidence-backed paths between two entities, each with its nodes in order and its edges. */
export async function paths(
  reader: Reader,
  a: { from: string; to: string; maxHops: number; first: number },
): Promise<{ length: number; nodes: EntityRow[]; edges: Edge[] }[]> {
  const rows = await reader.gateway.read(PATHS, { from: a.from, to: a.to, maxHops: int(a.maxHops), first: int(a.first) }, reader.roundTrips);
  return rows.map((r) => {
    const nodes = r.nodes as EntityRow[];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = (r.edges as EdgeRow[]).map((e, i) => edgeOf(e, e.from === nodes[i]!.id, byId));
    return { length: edges.length, nodes, edges };
  });
}

/** Entities within depth relationships of one, and the relationships among them, for drawing. */
export async function neighbourhood(reader: Reader, a: { id: string; depth: number; types: readonly string[] | null }) {
  const [row] = await reader.gateway.read(
    NEIGHBOURHOOD,
    { id: a.id, depth: int(a.depth), labels: a.types, limit: int(NEIGHBOURHOOD_LIMIT) },
    reader.roundTrips,
  );
  if (!row) return { centre: null, nodes: [] as EntityRow[], edges: [] as Edge[], truncated: false };
  const nodes = row.nodes as EntityRow[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = (row.edges as EdgeRow[]).map((e) => edgeOf(e, true, byId));
  return { centre: nodes[0]!, nodes, edges, truncated: row.truncated as boolean };
}
