import { cypher } from "../neo4j/cypher-files.js";
import { citationsOf, type EntityRow, type RelRow } from "../neo4j/rows.js";
import type { Reader } from "./reader.js";

const INTERLOCKS = cypher("queries/interlocks");

/** People and organisations present at meetings of both bodies (or partnerships), with the attendance proving each side. */
export async function interlocks(reader: Reader, a: { a: string; b: string; statuses: readonly string[] }) {
  const rows = await reader.gateway.read(INTERLOCKS, a, reader.roundTrips);
  return rows.map((r) => {
    const proofs = (r.proofs as { side: string; person: EntityRow; meeting: EntityRow; rel: RelRow }[]).map((p) => ({
      side: p.side,
      meeting: p.meeting,
      person: p.person,
      status: p.rel.status as string,
      sources: citationsOf(p.rel),
    }));
    const bySide = (side: string) =>
      proofs
        .filter((p) => p.side === side)
        .sort((x, y) => String(x.meeting.date).localeCompare(String(y.meeting.date)) || String(x.person.name).localeCompare(String(y.person.name)));
    return { kind: r.kind as string, entity: r.entity as EntityRow, inA: bySide("A"), inB: bySide("B") };
  });
}
