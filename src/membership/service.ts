import { cypher } from "../neo4j/cypher-files.js";
import { citationsOf, type EntityRow, type RelRow } from "../neo4j/rows.js";
import type { Reader } from "../exploration/reader.js";
import { attendanceFigures } from "./attendance.js";
import { compareHeld, RULE_FIELDS, rulePlace, SEAT_FIELDS, seatPlace, type Comparison, type TermsHoldings } from "./compare-terms.js";
import { loadMembershipContext, type Affiliation, type MembershipContext } from "./context.js";
import { readGraphVersion, type GraphVersionCache } from "../neo4j/graph-version.js";
import type { SectorAtMeeting } from "./representation.js";
import { membershipGaps } from "./gaps.js";
import { evaluateQuorum } from "./quorum.js";

const MEETING_PARTNERSHIP = cypher("queries/meeting-partnership");
const TERMS_COMPARISON = cypher("queries/terms-comparison");

/*
 * The membership analyses as the API returns them: load one partnership's context, evaluate the
 * rules over it (gaps.ts, quorum.ts, attendance.ts: pure functions), and shape the report. Null
 * where the id names no partnership (or meeting): the caller says which argument was wrong.
 */

/** What the analyses read with: a Reader, and, in the API, the process's cache of partnerships' contexts. */
export interface MembershipReader extends Reader {
  membershipContexts?: GraphVersionCache<MembershipContext | null>;
}

/**
 * A partnership's whole history, as the analyses read it. Loading it is most of an analysis's
 * cost, and a dashboard asks for the same partnership again and again: it is kept by the graph's
 * write version, read first (one short statement), so a write anywhere is seen by the next call.
 */
async function contextOf(reader: MembershipReader, partnershipId: string): Promise<MembershipContext | null> {
  const load = async () => deepFreeze(await loadMembershipContext(reader.gateway, partnershipId, reader.roundTrips));
  if (!reader.membershipContexts) return load();
  const version = await readGraphVersion(reader.gateway, reader.roundTrips);
  return reader.membershipContexts.get(partnershipId, version, load);
}

/** Shared between requests, so frozen: an analysis that changed what it reads would fail, not leak. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    for (const child of children) deepFreeze(child);
  }
  return value;
}

/** A stated affiliation as the API's Affiliation type carries it. */
const affiliationValue = (person: EntityRow | null, e: Affiliation) => ({
  person,
  organisation: e.organisation,
  role: e.role,
  asOf: e.asOf,
  sources: citationsOf(e.rel),
});

const sectorValues = (sectors: SectorAtMeeting[]) =>
  sectors.map((s) => ({ sector: s.sector, people: s.people.map((p) => affiliationValue(p.person, p.evidence)) }));

export async function gapsReport(reader: MembershipReader, partnershipId: string, asOf: string) {
  const context = await contextOf(reader, partnershipId);
  if (!context) return null;
  const report = membershipGaps(context, asOf);
  return {
    ...report,
    terms: report.terms?.terms ?? null,
    seats: report.seats.map((s) => ({
      ...s,
      evidence: s.evidence ? affiliationValue(s.holder, s.evidence) : null,
    })),
    // Where the position is held is the body or partnership the record names, as Person.positions says.
    positionRules: report.positionRules.map((r) => ({
      rule: r.rule,
      holders: r.holders.map((h) => ({
        person: h.person,
        of: h.of,
        position: h.rel.position,
        since: h.rel.since ?? null,
        recordedOn: h.rel.recordedOn ?? null,
        until: h.rel.until ?? null,
        term: h.rel.term ?? null,
        sources: citationsOf(h.rel),
      })),
    })),
    meetings: report.meetings.map((m) => ({ meeting: m.meeting, gaps: m.gaps.map((g) => ({ ...g, partner: g.entity })) })),
    sectorsAtMeetings: report.sectorsAtMeetings.map((m) => ({ meeting: m.meeting, sectors: sectorValues(m.sectors) })),
  };
}

/** The quorum of one meeting, clause by clause; "unknown meeting" is null. */
export async function quorumReport(reader: MembershipReader, meetingId: string) {
  const [row] = await reader.gateway.read(MEETING_PARTNERSHIP, { id: meetingId }, reader.roundTrips);
  if (!row) return null;
  const meeting = row.meeting as EntityRow;
  const context = row.partnershipId ? await contextOf(reader, row.partnershipId as string) : null;
  if (!context)
    return {
      meeting,
      terms: null,
      outcome: "UNDETERMINED",
      reason: "The meeting's body belongs to no partnership with terms of reference.",
      clauses: [],
      sectors: [],
    };
  const result = evaluateQuorum(context, meeting, row.bodyId as string);
  return { ...result, terms: result.terms?.terms ?? null, sectors: sectorValues(result.sectors) };
}

export async function attendanceReport(reader: MembershipReader, partnershipId: string, from: string | null, to: string) {
  const context = await contextOf(reader, partnershipId);
  return context ? attendanceFigures(context, from, to) : null;
}

/**
 * Seats and rules of two versions of terms of reference, matched (compare-terms.ts) and listed by
 * how they differ. `unknown` names the argument whose id is no version of terms.
 */
export async function termsComparison(
  reader: Reader,
  a: string,
  b: string,
): Promise<{ unknown: "a" | "b" } | { a: EntityRow; b: EntityRow; seats: Comparison; rules: Comparison }> {
  const rows = await reader.gateway.read(TERMS_COMPARISON, { ids: [a, b] }, reader.roundTrips);
  const versions = new Map(
    rows.map((r): [string, TermsHoldings] => {
      const terms = r.terms as EntityRow;
      const seats = r.seats as { seat: EntityRow; rel: RelRow; sectorId: string | null; organisationId: string | null }[];
      const rules = r.rules as { rule: EntityRow; rel: RelRow }[];
      return [
        terms.id,
        {
          terms,
          seats: seats.map((s) => ({ node: s.seat, rel: s.rel, place: seatPlace(s.seat, s.sectorId, s.organisationId) })),
          rules: rules.map((x) => ({ node: x.rule, rel: x.rel, place: rulePlace(x.rule) })),
        },
      ];
    }),
  );
  const [va, vb] = [versions.get(a), versions.get(b)];
  if (!va || !vb) return { unknown: va ? "b" : "a" };
  return {
    a: va.terms,
    b: vb.terms,
    seats: compareHeld(va.seats, vb.seats, SEAT_FIELDS, "SAME_SECTOR_AND_ORGANISATION"),
    rules: compareHeld(va.rules, vb.rules, RULE_FIELDS, "SAME_KIND_AND_ORDINAL"),
  };
}
