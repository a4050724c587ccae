import { cypher } from "../neo4j/cypher-files.js";
import { citationsOf, type EntityRow } from "../neo4j/rows.js";
import type { Reader } from "../exploration/reader.js";
import { attendanceFigures } from "./attendance.js";
import { loadMembershipContext } from "./context.js";
import { membershipGaps } from "./gaps.js";
import { evaluateQuorum } from "./quorum.js";

const MEETING_PARTNERSHIP = cypher("queries/meeting-partnership");

/*
 * The membership analyses as the API returns them: load one partnership's context, evaluate the
 * rules over it (gaps.ts, quorum.ts, attendance.ts: pure functions), and shape the report. Null
 * where the id names no partnership (or meeting): the caller says which argument was wrong.
 */

export async function gapsReport(reader: Reader, partnershipId: string, asOf: string) {
  const context = await loadMembershipContext(reader.gateway, partnershipId, reader.roundTrips);
  if (!context) return null;
  const report = membershipGaps(context, asOf);
  return {
    ...report,
    terms: report.terms?.terms ?? null,
    seats: report.seats.map((s) => ({
      ...s,
      evidence: s.evidence
        ? { person: s.holder, organisation: s.evidence.organisation, role: s.evidence.role, asOf: s.evidence.asOf, sources: citationsOf(s.evidence.rel) }
        : null,
    })),
    // Where the position is held is the body or partnership the record names, as Person.positions says.
    positionRules: report.positionRules.map((r) => ({
      rule: r.rule,
      holders: r.holders.map((h) => ({
        person: h.person,
        of: h.of,
        position: h.rel.position,
        since: h.rel.since ?? null,
        until: h.rel.until ?? null,
        term: h.rel.term ?? null,
        sources: citationsOf(h.rel),
      })),
    })),
    meetings: report.meetings.map((m) => ({ meeting: m.meeting, gaps: m.gaps.map((g) => ({ ...g, partner: g.entity })) })),
  };
}

/** The quorum of one meeting, clause by clause; "unknown meeting" is null. */
export async function quorumReport(reader: Reader, meetingId: string) {
  const [row] = await reader.gateway.read(MEETING_PARTNERSHIP, { id: meetingId }, reader.roundTrips);
  if (!row) return null;
  const meeting = row.meeting as EntityRow;
  const context = row.partnershipId ? await loadMembershipContext(reader.gateway, row.partnershipId as string, reader.roundTrips) : null;
  if (!context)
    return { meeting, terms: null, outcome: "UNDETERMINED", reason: "The meeting's body belongs to no partnership with terms of reference.", clauses: [] };
  const result = evaluateQuorum(context, meeting, row.bodyId as string);
  return { ...result, terms: result.terms?.terms ?? null };
}

export async function attendanceReport(reader: Reader, partnershipId: string, from: string | null, to: string) {
  const context = await loadMembershipContext(reader.gateway, partnershipId, reader.roundTrips);
  return context ? attendanceFigures(context, from, to) : null;
}
