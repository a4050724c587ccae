import { dateSortKey } from "../dataset/date-text.js";

/**
 * Orders lineage steps. A stated day comes first in sorting; a step the documents date only to a
 * month ("September 2024", "December 2024 (possible)") is placed at the end of that month; a step
 * with no date at all goes after every dated one. Within the same day, the natural order of
 * relations applies (raised before discussed before approved, and so on).
 */
export const RELATION_ORDER = [
  "RAISED_AT",
  "REQUESTED_AT",
  "DISCUSSED_AT",
  "PRESENTED_TO",
  "PROPOSED_FOR",
  "AGREED_AT",
  "APPROVED_AT",
  "FEEDS_INTO",
  "ADOPTED_INTO",
];

export const VERBS: Record<string, string> = {
  RAISED_AT: "raised at",
  REQUESTED_AT: "requested at",
  DISCUSSED_AT: "discussed at",
  PRESENTED_TO: "presented to",
  PROPOSED_FOR: "proposed for",
  AGREED_AT: "agreed at",
  APPROVED_AT: "approved at",
  FEEDS_INTO: "fed into",
  ADOPTED_INTO: "adopted into",
};

/** Code-point order: localeCompare would put "~" before digits. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareSteps(
  a: { date: string | null; dateText: string | null; relation: string; eventTime?: string | null; eventId: string },
  b: { date: string | null; dateText: string | null; relation: string; eventTime?: string | null; eventId: string },
): number {
  return (
    cmp(dateSortKey(a.date, a.dateText), dateSortKey(b.date, b.dateText)) ||
    RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
    cmp(a.eventTime ?? "", b.eventTime ?? "") ||
    cmp(a.eventId, b.eventId)
  );
}
