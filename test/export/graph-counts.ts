import type { Neo4jGateway } from "../../src/neo4j/gateway.js";
import type { TestServer } from "../helpers/server.js";

/** An export fetched over HTTP, as a user's curl would get it. */
export async function fetchExport(server: TestServer, pathAndQuery: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${pathAndQuery}`, { headers });
  return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), text: await res.text() };
}

/** What the graph holds, counted directly: the figures an export must match. */
export async function graphCounts(gateway: Neo4jGateway): Promise<{ nodes: number; edges: number; byKind: Record<string, number> }> {
  const [n] = await gateway.read("MATCH (n:Entity) RETURN count(n) AS c");
  const [e] = await gateway.read("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c");
  const kinds = await gateway.read("MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS kind RETURN kind, count(*) AS c");
  return { nodes: n!.c as number, edges: e!.c as number, byKind: Object.fromEntries(kinds.map((k) => [k.kind as string, k.c as number])) };
}
