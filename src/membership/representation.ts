import type { EntityRow } from "../neo4j/rows.js";
import { indexOf, PRESENT, type Affiliation, type MembershipContext, type TermsVersion } from "./context.js";
import { byName, byOrdinal } from "./order.js";
import { affiliationsNear, EVIDENCE_WINDOW_MONTHS } from "./seats.js";

/** A sector of the terms at one meeting, and who there was from it, with the evidence. */
export interface SectorAtMeeting {
  sector: EntityRow;
  people: { person: EntityRow; evidence: Affiliation }[];
}

/**
 * Which sectors of the terms were represented at a meeting: one definition, used by membershipGaps
 * (for each meeting up to the day) and by quorum (for its meeting). Someone present represents a
 * sector when an affiliation stated within 12 months of the meeting (either side, as the quorum
 * clauses read it) is with the organisation a seat of that sector names, with an organisation of
 * the same kind (any VCFSE organisation for a VCFSE Alliance seat), or, where the seat names no
 * organisation, with one of the kinds the seat allows. Representing a sector is not holding a seat.
 */
export function sectorsAt(ctx: MembershipContext, terms: TermsVersion, meeting: EntityRow): SectorAtMeeting[] {
  const day = meeting.date as string | undefined;
  const present = indexOf(ctx)
    .attendanceAt(meeting.id)
    .filter((a) => PRESENT.has(String(a.rel.status)))
    .map((a) => a.person);
  // Each person's affiliations near the meeting, once: every seat is tried against them.
  const near = new Map(day ? present.map((p) => [p.id, affiliationsNear(ctx, p.id, day, EVIDENCE_WINDOW_MONTHS)]) : []);
  const bySector = new Map<string, SectorAtMeeting>();
  // Seats in the terms' order: a person's evidence for a sector is what fits the first of its seats that one of their affiliations fits.
  for (const s of [...terms.seats].sort((a, b) => byOrdinal(a.seat, b.seat))) {
    if (!s.sector) continue;
    const entry = bySector.get(s.sector.id) ?? bySector.set(s.sector.id, { sector: s.sector, people: [] }).get(s.sector.id)!;
    if (!day) continue;
    const kinds = (s.seat.holderOrganisationKinds as string[] | undefined) ?? [];
    for (const person of present) {
      if (entry.people.some((p) => p.person.id === person.id)) continue;
      const evidence = near
        .get(person.id)!
        .find(
          (a) =>
            a.organisation.id === s.organisationId ||
            (s.organisationKind !== null && a.organisation.kind === s.organisationKind) ||
            (!s.organisationId && kinds.includes(String(a.organisation.kind))),
        );
      if (evidence) entry.people.push({ person, evidence });
    }
  }
  for (const entry of bySector.values()) entry.people.sort((a, b) => byName(a.person, b.person));
  return [...bySector.values()].sort((a, b) => byName(a.sector, b.sector));
}
