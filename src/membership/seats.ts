import type { EntityRow } from "../neo4j/rows.js";
import { addMonths, indexOf, monthsApart, PRESENT, type Affiliation, type MembershipContext, type TermsVersion } from "./context.js";
import { byName, byNearness, byOrdinal } from "./order.js";

export type SeatState = "FILLED" | "VACANT" | "UNKNOWN";

export interface SeatReport {
  seat: EntityRow;
  basis: string;
  sector: EntityRow | null;
  status: SeatState;
  holder: EntityRow | null;
  evidence: Affiliation | null;
  candidates: EntityRow[];
  reason: string;
}

/** How far from the day an affiliation may be stated and still count, and how far back attendance counts. */
export const EVIDENCE_WINDOW_MONTHS = 12;

const lower = (s: unknown) => String(s ?? "").toLowerCase();

/** Does this stated affiliation fit the seat's organisation and role rules (data on the Seat)? */
export function fitsSeat(seat: TermsVersion["seats"][number], a: Affiliation, person: EntityRow): boolean {
  const roles = (seat.seat.holderRoles as string[] | undefined) ?? [];
  const kinds = (seat.seat.holderOrganisationKinds as string[] | undefined) ?? [];
  if (seat.organisationId) {
    if (a.organisation.id !== seat.organisationId) return false;
  } else if (kinds.length && !kinds.includes(String(a.organisation.kind))) {
    return false;
  }
  if (!roles.length) return true;
  const said = `${lower(a.role)} ${lower(person.honorific)}`;
  return roles.some((r) => said.includes(r.toLowerCase()));
}

/**
 * People recorded as there (not apologies: sending apologies shows a place was expected, not that
 * anyone filled it) at a meeting of the partnership's bodies in the window ending on the day.
 */
export function recentMembers(ctx: MembershipContext, day: string, months = EVIDENCE_WINDOW_MONTHS): Map<string, EntityRow> {
  const from = addMonths(day, -months);
  const out = new Map<string, EntityRow>();
  for (const a of ctx.attendance) {
    const d = a.meeting.date as string | undefined;
    if (d && d >= from && d <= day && PRESENT.has(String(a.rel.status))) out.set(a.person.id, a.person);
  }
  return out;
}

/**
 * The affiliations of a person stated within the evidence window around the day, nearest first;
 * with `upTo`, only those stated on or before the day (what was known by then).
 */
export function affiliationsNear(ctx: MembershipContext, personId: string, day: string, months = EVIDENCE_WINDOW_MONTHS, upTo = false): Affiliation[] {
  return indexOf(ctx)
    .affiliationsOf(personId)
    .filter((a) => a.asOf !== null && monthsApart(a.asOf, day) <= months && (!upTo || a.asOf <= day))
    .sort(byNearness(day));
}

/**
 * Who holds each seat of the terms on a day. A seat is FILLED by a person recorded as present at
 * the partnership's meetings in the 12 months to the day whose affiliation, stated in the 12 months
 * up to the day, fits the seat's organisation and role. Identical seats (e.g. four Directors of Health and
 * Care Integration) take distinct holders. A person who fits seats that differ (e.g. the urban and
 * the rural district seats) holds none of them: those seats stay UNKNOWN with the person as a
 * candidate, because choosing would be a guess. VACANT is never inferred from silence.
 */
export function seatReports(ctx: MembershipContext, terms: TermsVersion, day: string): SeatReport[] {
  const members = recentMembers(ctx, day);
  const seats = [...terms.seats].sort((a, b) => byOrdinal(a.seat, b.seat));
  const signature = (s: TermsVersion["seats"][number]) =>
    JSON.stringify([s.sector?.id, s.organisationId, s.seat.holderRoles, s.seat.holderOrganisationKinds, s.seat.position, s.seat.organisationText]);

  // Each member's affiliations near the day, once: every seat is tried against them.
  // A seat is filled on a day by what the records had stated by that day, never by a later statement.
  const near = new Map([...members.values()].map((person) => [person.id, affiliationsNear(ctx, person.id, day, EVIDENCE_WINDOW_MONTHS, true)]));
  const fits = new Map<string, { person: EntityRow; evidence: Affiliation }[]>();
  for (const s of seats) {
    const found: { person: EntityRow; evidence: Affiliation }[] = [];
    for (const person of members.values()) {
      const evidence = near.get(person.id)!.find((a) => fitsSeat(s, a, person));
      if (evidence) found.push({ person, evidence });
    }
    fits.set(
      s.seat.id,
      found.sort((a, b) => byName(a.person, b.person)),
    );
  }
  const groupsOf = new Map<string, Set<string>>();
  for (const s of seats)
    for (const f of fits.get(s.seat.id)!) (groupsOf.get(f.person.id) ?? groupsOf.set(f.person.id, new Set()).get(f.person.id)!).add(signature(s));

  const taken = new Set<string>();
  return seats.map((s) => {
    const candidates = fits.get(s.seat.id)!;
    const base = { seat: s.seat, basis: String(s.rel.basis ?? "stated"), sector: s.sector, candidates: candidates.map((c) => c.person) };
    if (s.rel.basis === "uncertain") {
      return {
        ...base,
        status: "UNKNOWN" as const,
        holder: null,
        evidence: null,
        reason: `The documents cannot tell whether these terms hold this seat: ${String(s.rel.note ?? "")}`.trim(),
      };
    }
    const free = candidates.filter((c) => !taken.has(c.person.id) && groupsOf.get(c.person.id)!.size === 1);
    const pick = free[0];
    if (pick) {
      taken.add(pick.person.id);
      const e = pick.evidence;
      return {
        ...base,
        status: "FILLED" as const,
        holder: pick.person,
        evidence: e,
        reason: `${pick.person.name}: ${e.role ?? "affiliated"} at ${e.organisation.name}, stated ${e.asOf}`,
      };
    }
    const ambiguous = candidates.filter((c) => groupsOf.get(c.person.id)!.size > 1);
    const reason = ambiguous.length
      ? `${ambiguous.map((c) => c.person.name).join(", ")} fit this seat and another that differs from it; the documents do not say which they hold`
      : candidates.length
        ? "Every person who fits this seat already holds an identical one"
        : `No one recorded at the partnership's meetings in the 12 months to ${day} has a stated role and organisation that fit this seat`;
    return { ...base, status: "UNKNOWN" as const, holder: null, evidence: null, reason };
  });
}
