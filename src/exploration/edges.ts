import { citationsOf, type CitationValue, type EntityRow, type RelRow } from "../neo4j/rows.js";

/** A relationship of a drawn subgraph or a path, as the API returns it. */
export interface Edge {
  type: string;
  fromId: string;
  toId: string;
  forward: boolean;
  date: string | null;
  label: string | null;
  sources: CitationValue[];
}

/** A short word for what a relationship says: attendance status, role, position or note. */
export function labelOf(rel: RelRow): string | null {
  const parts = [rel.status, rel.role, rel.position, rel.capacity].filter((x): x is string => typeof x === "string");
  return parts.length ? parts.join(", ") : ((rel.note as string | undefined) ?? null);
}

export function edgeOf(e: { type: string; from: string; to: string; rel: RelRow }, forward: boolean, nodesById: Map<string, EntityRow>): Edge {
  const meetingDate = [nodesById.get(e.to), nodesById.get(e.from)].find((n) => n?.labels.includes("Meeting"))?.date as string | undefined;
  return {
    type: e.type,
    fromId: e.from,
    toId: e.to,
    forward,
    date: ((e.rel.date ?? e.rel.asOf ?? e.rel.since ?? e.rel.recordedOn ?? meetingDate) as string | undefined) ?? null,
    label: labelOf(e.rel),
    sources: citationsOf(e.rel),
  };
}
