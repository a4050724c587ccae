import { monthOf, precisionOf, type DatePrecision } from "../dataset/date-text.js";
import { cypher } from "../neo4j/cypher-files.js";
import { citationsOf, type CitationValue, type EntityRow, type RelRow } from "../neo4j/rows.js";
import { compareSteps, VERBS } from "./lineage-order.js";
import type { Reader } from "./reader.js";

const LINEAGE = cypher("queries/lineage");

export type Stream = "ORIGIN" | "SUBJECT" | "DESTINATION";

export interface LineageStepValue {
  position: number;
  date: string | null;
  dateText: string | null;
  month: string | null;
  datePrecision: DatePrecision | null;
  dated: boolean;
  relation: string;
  verb: string;
  subject: EntityRow;
  stream: Stream;
  event: EntityRow;
  body: EntityRow | null;
  note: string | null;
  sources: CitationValue[];
}

export interface LineageValue {
  subject: EntityRow | null;
  steps: LineageStepValue[];
  origins: EntityRow[];
  destinations: EntityRow[];
}

/** How a priority, decision, strategy section or terms version travelled: every step in order, both ways. */
export async function lineage(reader: Reader, id: string): Promise<LineageValue> {
  const [row] = await reader.gateway.read(LINEAGE, { id }, reader.roundTrips);
  const subject = (row?.subject as EntityRow | undefined) ?? null;
  const raw = ((row?.steps ?? []) as Record<string, unknown>[]).map((r) => {
    const rel = r.rel as RelRow;
    const event = r.event as EntityRow;
    return {
      subject: r.subject as EntityRow,
      stream: r.stream as Stream,
      relation: r.relation as string,
      rel,
      event,
      body: (r.body as EntityRow | null) ?? null,
      date: ((rel.date as string | undefined) ?? (event.date as string | undefined)) || null,
      dateText: ((rel.dateText as string | undefined) ?? (event.dateText as string | undefined)) || null,
      eventTime: (event.time as string | undefined) ?? null,
      eventId: event.id,
    };
  });
  raw.sort(compareSteps);
  const steps = raw.map((s, i) => ({
    position: i + 1,
    date: s.date,
    dateText: s.dateText,
    month: monthOf(s.dateText),
    datePrecision: precisionOf(s.date, s.dateText),
    dated: s.date !== null,
    relation: s.relation,
    verb: VERBS[s.relation] ?? s.relation.toLowerCase(),
    subject: s.subject,
    stream: s.stream,
    event: s.event,
    body: s.body,
    note: (s.rel.note as string | undefined) ?? null,
    sources: citationsOf(s.rel),
  }));
  const unique = (stream: Stream) => [...new Map(raw.filter((s) => s.stream === stream).map((s) => [s.subject.id, s.subject])).values()];
  return { subject, steps, origins: unique("ORIGIN"), destinations: unique("DESTINATION") };
}
