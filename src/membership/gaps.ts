import type { EntityRow } from "../neo4j/rows.js";
import { addMonths, indexOf, PRESENT, termsDate, termsOn, type MembershipContext, type TermsVersion } from "./context.js";
import { byDate, byName, byOrdinal, byTenure } from "./order.js";
import { sectorsAt, type SectorAtMeeting } from "./representation.js";
import { EVIDENCE_WINDOW_MONTHS, recentMembers, seatReports, type SeatReport } from "./seats.js";

export interface PositionRuleReport {
  rule: EntityRow;
  /** Who holds the position on the day, and where it is held (the body or the partnership the record names). */
  holders: { person: EntityRow; rel: Record<string, unknown>; of: EntityRow }[];
}

export interface PartnerGap {
  name: string;
  entity: EntityRow | null;
  status: "UNREPRESENTED" | "UNKNOWN";
  reason: string;
  apologies: EntityRow[];
}

export interface MeetingRepresentation {
  meeting: EntityRow;
  gaps: PartnerGap[];
}

export interface GapReport {
  partnership: EntityRow;
  asOf: string;
  terms: TermsVersion | null;
  notes: string[];
  seats: SeatReport[];
  sectorsWithoutFilledSeat: EntityRow[];
  attendeesWithoutSeat: EntityRow[];
  positionRules: PositionRuleReport[];
  meetings: MeetingRepresentation[];
  /** For each meeting with recorded attendance in the 12 months to the day: the sectors represented there. */
  sectorsAtMeetings: { meeting: EntityRow; sectors: SectorAtMeeting[] }[];
}

export function membershipGaps(ctx: MembershipContext, asOf: string): GapReport {
  const terms = termsOn(ctx, asOf);
  const notes: string[] = [];
  if (terms && terms.terms.status === "proposed") {
    notes.push(
      `The terms applying on ${asOf} are a proposed revision (${terms.terms.version}), presented for ${termsDate(terms.terms)} and not yet recorded as ratified.`,
    );
  }
  if (!terms && ctx.terms.length)
    notes.push(`No version of the terms applies on ${asOf}: the earliest dates from ${ctx.terms.map((t) => termsDate(t.terms)).sort()[0]}.`);

  const seats = terms ? seatReports(ctx, terms, asOf) : [];
  const sectors = new Map<string, { sector: EntityRow; filled: boolean }>();
  for (const s of seats) {
    if (!s.sector) continue;
    const e = sectors.get(s.sector.id) ?? { sector: s.sector, filled: false };
    e.filled ||= s.status === "FILLED";
    sectors.set(s.sector.id, e);
  }
  const index = indexOf(ctx);
  const holders = new Set(seats.filter((s) => s.holder).map((s) => s.holder!.id));
  const attended = new Map<string, EntityRow>();
  const windowStart = addMonths(asOf, -EVIDENCE_WINDOW_MONTHS);
  for (const [id, person] of recentMembers(ctx, asOf)) {
    const came = index.attendanceOf(id).some((a) => {
      const d = String(a.meeting.date ?? "");
      return PRESENT.has(String(a.rel.status)) && d >= windowStart && d <= asOf;
    });
    if (came && !holders.has(id)) attended.set(id, person);
  }

  const positionRules: PositionRuleReport[] = (terms?.rules ?? [])
    .filter((r) => r.spec.form === "position-rotation")
    .sort((a, b) => String(a.rule.kind).localeCompare(String(b.rule.kind)) || byOrdinal(a.rule, b.rule))
    .map((r) => ({
      rule: r.rule,
      holders: ctx.positions
        .filter((p) => r.spec.form === "position-rotation" && String(p.rel.position).toLowerCase() === r.spec.position.toLowerCase())
        .filter((p) => String(p.rel.since ?? p.rel.recordedOn ?? "") <= asOf)
        .filter((p) => !p.rel.until || String(p.rel.until) >= asOf)
        .sort(byTenure)
        .map((p) => ({ person: p.person, rel: p.rel, of: ctx.bodies.find((b) => b.id === p.heldIn) ?? ctx.partnership })),
    }));

  return {
    partnership: ctx.partnership,
    asOf,
    terms,
    notes,
    seats,
    sectorsWithoutFilledSeat: [...sectors.values()]
      .filter((s) => !s.filled)
      .map((s) => s.sector)
      .sort(byName),
    attendeesWithoutSeat: [...attended.values()].sort(byName),
    positionRules,
    meetings: terms ? [] : representationByMeeting(ctx, asOf),
    sectorsAtMeetings: terms
      ? ctx.meetings
          .map((m) => m.meeting)
          .filter((m) => {
            const d = String(m.date ?? "");
            return d >= windowStart && d <= asOf && index.attendanceAt(m.id).length > 0;
          })
          .sort(byDate)
          .map((meeting) => ({ meeting, sectors: sectorsAt(ctx, termsOn(ctx, String(meeting.date)) ?? terms, meeting) }))
      : [],
  };
}

/**
 * For bodies with no seats in terms of reference: which partners each meeting lacked. Partners are
 * the organisations or partner types stated as the body's members; where none are stated, the
 * organisations represented at any of its meetings up to the day. A partner is UNREPRESENTED when
 * the meeting's record lists no one for it but apologies; UNKNOWN when the meeting has no record of
 * who attended, or the partner is a type (sector) that attendees are not linked to.
 */
function representationByMeeting(ctx: MembershipContext, asOf: string): MeetingRepresentation[] {
  const out: MeetingRepresentation[] = [];
  const meetings = ctx.meetings.filter((m) => String(m.meeting.date ?? "9999") <= asOf).sort((a, b) => byDate(a.meeting, b.meeting));
  const partnersOf = new Map<string, EntityRow[]>();
  for (const bodyId of new Set(meetings.map((m) => m.bodyId))) {
    const stated = ctx.partners.filter((p) => p.bodyId === bodyId).map((p) => p.entity);
    const represented = new Map<string, EntityRow>();
    for (const r of ctx.attendance) {
      const org =
        r.bodyId === bodyId && String(r.meeting.date ?? "9999") <= asOf && r.rel.representing ? ctx.organisations.get(String(r.rel.representing)) : undefined;
      if (org) represented.set(org.id, org);
    }
    partnersOf.set(bodyId, (stated.length ? stated : [...represented.values()]).sort(byName));
  }
  for (const { meeting, bodyId } of meetings) {
    const partners = partnersOf.get(bodyId)!;
    const here = indexOf(ctx).attendanceAt(meeting.id);
    const gaps: PartnerGap[] = [];
    if (here.length === 0) {
      if (partners.length)
        out.push({
          meeting,
          gaps: partners.map((p) => ({
            name: String(p.name),
            entity: p,
            status: "UNKNOWN" as const,
            reason: "No attendance is recorded for this meeting",
            apologies: [],
          })),
        });
      continue;
    }
    for (const partner of partners) {
      if (partner.labels.includes("Sector")) {
        gaps.push({
          name: String(partner.name),
          entity: partner,
          status: "UNKNOWN",
          reason: "A partner type: attendees are not recorded by type",
          apologies: [],
        });
        continue;
      }
      const forIt = here.filter((r) => r.rel.representing === partner.id);
      if (forIt.some((r) => PRESENT.has(String(r.rel.status)))) continue;
      const apologies = forIt
        .filter((r) => r.rel.status === "apologies")
        .map((r) => r.person)
        .sort(byName);
      gaps.push({
        name: String(partner.name),
        entity: partner,
        status: "UNREPRESENTED",
        reason: apologies.length ? "Apologies only" : "No one recorded for it",
        apologies,
      });
    }
    // People who sent apologies in a capacity rather than for an organisation (e.g. Business Advocate).
    const byCapacity = here.filter((x) => x.rel.status === "apologies" && !x.rel.representing && x.rel.capacity);
    for (const r of byCapacity.sort((a, b) => String(a.rel.capacity).localeCompare(String(b.rel.capacity)) || byName(a.person, b.person))) {
      gaps.push({ name: String(r.rel.capacity), entity: null, status: "UNREPRESENTED", reason: "Apologies only", apologies: [r.person] });
    }
    out.push({ meeting, gaps });
  }
  return out;
}
