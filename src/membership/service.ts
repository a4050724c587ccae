import { cypher } from "../neo4j/cypher-files.js";
import { citationsOf, type EntityRow, type RelRow } from "../neo4j/rows.js";
import type { Reader } from "../exploration/reader.js";
import { attendanceFigures } from "./attendance.js";
import { compareHeld, RULE_FIELDS, rulePlace, SEAT_FIELDS, seatPlace, type Comparison, type TermsHoldings } from "./compare-terms.js";
import {
  loadContextSince,
  loadMeetingSince,
  loadMembershipContext,
  type Affiliation,
  type HeldVersions,
  type MembershipContext,
  type SinceHeld,
} from "./context.js";
import { GraphVersionCache, readGraphVersion } from "../neo4j/graph-version.js";
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

/** What one API process keeps of the analyses between requests, every entry under the graph's write version. */
export interface MembershipCaches {
  /** Each partnership's whole history, as the analyses read it. */
  contexts: GraphVersionCache<MembershipContext | null>;
  /** Finished reports, keyed by analysis, partnership and arguments (a dashboard asks the same again and again). */
  reports: GraphVersionCache<unknown>;
  /** The reads of a version and context under way, by partnership: a second call at the same time waits for the context rather than loading it again. */
  reading: Map<string, Promise<SinceHeld>>;
  /**
   * Whether contexts and reports are deep-frozen as they are kept. They are shared between
   * requests, so an analysis or a resolver that changed one would change later answers; frozen,
   * such a change throws (modules are strict code). Freezing a context cost 2–4 ms of a cold call at
   * 1M, so it is done where answers are checked (tests, development: the whole-answer fixtures
   * select every field of every report over frozen values) and not in production, which runs the
   * code those checks passed.
   */
  freeze: boolean;
}

export function createMembershipCaches(freeze = true): MembershipCaches {
  return { contexts: new GraphVersionCache(64), reports: new GraphVersionCache(512), reading: new Map(), freeze };
}

/** What the analyses read with: a Reader, and, in the API, the process's caches. */
export interface MembershipReader extends Reader {
  membershipCaches?: MembershipCaches;
}

/**
 * Runs an analysis over a partnership's history. Loading the history is most of its cost, and the
 * same report is asked for again and again: both are kept by the graph's write version, so a
 * write through any instance is seen by the next call. The version is read in the same statement
 * as the context, which the database sends only where this process does not hold the context at
 * that version: cold or warm, one round trip (quorum's statement also finds the meeting).
 * `fetched` is that statement's answer where the caller has it. The report's key names the
 * analysis and all its arguments; `run` must depend on nothing else.
 */
async function analyse<T>(
  reader: MembershipReader,
  partnershipId: string,
  reportKey: string,
  run: (c: MembershipContext) => T,
  fetched?: SinceHeld,
): Promise<T | null> {
  const load = () => loadMembershipContext(reader.gateway, partnershipId, reader.roundTrips);
  const caches = reader.membershipCaches;
  if (!caches) {
    const context = await load();
    return context ? run(context) : null;
  }
  const { version, context } = fetched ?? (await readSince(reader, caches, partnershipId));
  const keep = <V>(value: V) => (caches.freeze ? deepFreeze(value) : value);
  const report = caches.reports.get(`${reportKey}|${partnershipId}`, version, async () => {
    const held = await caches.contexts.get(partnershipId, version, async () => keep(context === undefined ? await load() : context));
    return held ? keep(run(held)) : null;
  });
  // The key carries the analysis's name, so what is stored under it is that analysis's T.
  return report as Promise<T | null>;
}

/**
 * The graph's version and, unless held at it, the partnership's context. Where a read of this
 * partnership is already under way (two reports of a dashboard, cold), the version is read alone
 * and the context taken from that read if it is of the same version: one load for both, and
 * neither answers from before its own start.
 */
async function readSince(reader: MembershipReader, caches: MembershipCaches, partnershipId: string): Promise<SinceHeld> {
  const under = caches.reading.get(partnershipId);
  if (under) {
    const version = await readGraphVersion(reader.gateway, reader.roundTrips);
    const other = await under.catch(() => null);
    return { version, context: other?.version === version ? other.context : undefined };
  }
  const read = loadContextSince(reader.gateway, partnershipId, held(caches, [partnershipId]), reader.roundTrips);
  caches.reading.set(partnershipId, read);
  try {
    return await read;
  } finally {
    caches.reading.delete(partnershipId);
  }
}

/** The versions the contexts of these partnerships (all, without) are held at. */
function held(caches: MembershipCaches, partnershipIds?: readonly string[]): HeldVersions {
  return caches.contexts.versions(partnershipIds);
}

/** Every object reachable from the value frozen (MembershipCaches.freeze says where and why). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    for (const child of children) deepFreeze(child);
  }
  return value;
}

/** A stated affiliation as the API's Affiliation type carries it: its sources are fetched by `ref` where selected (graphql/common/affiliation.resolver.ts). */
const affiliationValue = (person: EntityRow | null, e: Affiliation) => ({
  person,
  organisation: e.organisation,
  role: e.role,
  asOf: e.asOf,
  ref: e.ref,
});

const sectorValues = (sectors: SectorAtMeeting[]) =>
  sectors.map((s) => ({ sector: s.sector, people: s.people.map((p) => affiliationValue(p.person, p.evidence)) }));

export function gapsReport(reader: MembershipReader, partnershipId: string, asOf: string) {
  return analyse(reader, partnershipId, `gaps|${asOf}`, (context) => gapsValue(context, asOf));
}

function gapsValue(context: MembershipContext, asOf: string) {
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
  const caches = reader.membershipCaches;
  // With caches, the meeting, the version and (unless held) the context come in one statement.
  const since = caches ? await loadMeetingSince(reader.gateway, meetingId, held(caches), reader.roundTrips) : null;
  const found = since ?? (caches ? null : await meetingPartnership(reader, meetingId));
  if (!found) return null;
  const { meeting, bodyId, partnershipId } = found;
  const evaluated = partnershipId
    ? await analyse(
        reader,
        partnershipId,
        `quorum|${meetingId}`,
        (context) => {
          const result = evaluateQuorum(context, meeting, bodyId);
          return { ...result, terms: result.terms?.terms ?? null, sectors: sectorValues(result.sectors) };
        },
        since ?? undefined,
      )
    : null;
  return (
    evaluated ?? {
      meeting,
      terms: null,
      outcome: "UNDETERMINED",
      reason: "The meeting's body belongs to no partnership with terms of reference.",
      clauses: [],
      sectors: [],
    }
  );
}

/** A meeting, its body and the body's partnership, where no caches are kept. */
async function meetingPartnership(reader: MembershipReader, meetingId: string) {
  const [row] = await reader.gateway.read(MEETING_PARTNERSHIP, { id: meetingId }, reader.roundTrips);
  return row ? { meeting: row.meeting as EntityRow, bodyId: row.bodyId as string, partnershipId: row.partnershipId as string | null } : null;
}

export function attendanceReport(reader: MembershipReader, partnershipId: string, from: string | null, to: string) {
  return analyse(reader, partnershipId, `attendance|${from ?? ""}|${to}`, (context) => attendanceFigures(context, from, to));
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
