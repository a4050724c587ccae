import type { RuleSpec } from "../dataset/format.js";
import { citationsOf, type EntityRow } from "../neo4j/rows.js";
import { sectorsAt, type SectorAtMeeting } from "./representation.js";
import { byName, byOrdinal, byPosition, byTenure } from "./order.js";
import { affiliationsNear } from "./seats.js";
import { indexOf, termsOn, type Affiliation, type MembershipContext, type TermsVersion } from "./context.js";

export type Outcome = "PASSES" | "FAILS" | "UNDETERMINED";

export interface ClauseResult {
  rule: EntityRow;
  outcome: Outcome;
  reason: string;
  /** The people counted towards the clause. */
  counted: EntityRow[];
  required: number | null;
  /** How the terms hold the clause: "stated" in their text, or "inferred" from what a later paper says changed. */
  basis: string;
}

export interface QuorumResult {
  meeting: EntityRow;
  terms: TermsVersion | null;
  outcome: Outcome;
  reason: string;
  clauses: ClauseResult[];
  /** The sectors of the terms represented at the meeting (representation.ts, as membershipGaps says it). */
  sectors: SectorAtMeeting[];
}

/** A clause's result before the terms' basis for it is added. */
type Clause = Omit<ClauseResult, "basis">;

type Match = Extract<RuleSpec, { form: "count" }>["match"];

const lower = (s: unknown) => String(s ?? "").toLowerCase();

/**
 * Evaluates each quorum clause of the terms that apply on the meeting's day against the recorded
 * attendance. A clause PASSES when the evidence meets it, FAILS when even the attendees whose
 * affiliation is unknown could not make it up, and is UNDETERMINED otherwise. The meeting is
 * quorate only if every clause passes; any failure makes it not quorate; anything else is
 * UNDETERMINED. Nothing missing is ever filled in by guessing.
 */
export function evaluateQuorum(ctx: MembershipContext, meeting: EntityRow, bodyId: string): QuorumResult {
  const day = meeting.date as string | undefined;
  if (!day)
    return {
      meeting,
      terms: null,
      outcome: "UNDETERMINED",
      reason: "The meeting has no known date, so the terms that apply cannot be chosen.",
      clauses: [],
      sectors: [],
    };
  const terms = termsOn(ctx, day, bodyId);
  const rules = (terms?.rules ?? []).filter((r) => r.rule.kind === "quorum").sort((a, b) => byOrdinal(a.rule, b.rule));
  if (!terms || rules.length === 0) {
    return {
      meeting,
      terms,
      outcome: "UNDETERMINED",
      reason: `No terms of reference with a quorum rule are recorded for this body on ${day}.`,
      clauses: [],
      sectors: [],
    };
  }
  const records = indexOf(ctx).attendanceAt(meeting.id);
  if (records.length === 0) return { meeting, terms, outcome: "UNDETERMINED", reason: "No attendance is recorded for this meeting.", clauses: [], sectors: [] };

  const countedAbove = new Set<string>();
  const clauses: ClauseResult[] = [];
  for (const { rule, spec, rel } of rules) {
    const attendees = records
      .filter(
        (r) => spec.form !== "attendance-threshold" && spec.form !== "position-rotation" && (spec.countStatuses as string[]).includes(String(r.rel.status)),
      )
      .map((r) => r.person)
      // Everyone a clause counts or names, in its list and in its reason, comes in this order.
      .sort(byName);
    let result: Clause;
    switch (spec.form) {
      case "share-of-seats":
        result = shareOfSeats(rule, spec, attendees, terms);
        break;
      case "position-holder":
        result = positionHolder(ctx, rule, spec, attendees, meeting, bodyId);
        break;
      case "count":
        result = count(ctx, rule, spec, attendees, day, countedAbove);
        break;
      default:
        result = { rule, outcome: "UNDETERMINED", reason: `Rule form ${spec.form} is not a quorum clause.`, counted: [], required: null };
    }
    // "Other partners" are those not already counted by a clause that names who must be there;
    // the share-of-seats clause counts everyone, so it does not take part.
    if (spec.form !== "share-of-seats") for (const p of result.counted) countedAbove.add(p.id);
    // A clause these terms hold only by inference says so: its text is quoted from another version.
    const basis = String(rel.basis ?? "stated");
    const caveat =
      basis === "stated"
        ? ""
        : ` (The clause is ${basis} for ${String(terms.terms.version ?? "these terms")}: ${String(rel.note ?? "its text is quoted from another version")}.)`;
    clauses.push({ ...result, reason: result.reason + caveat, basis });
  }
  const outcome: Outcome = clauses.some((c) => c.outcome === "FAILS") ? "FAILS" : clauses.every((c) => c.outcome === "PASSES") ? "PASSES" : "UNDETERMINED";
  const reason =
    outcome === "PASSES"
      ? "Every clause of the quorum rule is met."
      : outcome === "FAILS"
        ? `Not quorate: ${clauses
            .filter((c) => c.outcome === "FAILS")
            .map((c) => c.rule.text)
            .join(" ")}`
        : `Cannot be decided from the records: ${clauses
            .filter((c) => c.outcome === "UNDETERMINED")
            .map((c) => c.rule.text)
            .join(" ")}`;
  return { meeting, terms, outcome, reason, clauses, sectors: sectorsAt(ctx, terms, meeting) };
}

function shareOfSeats(rule: EntityRow, spec: Extract<RuleSpec, { form: "share-of-seats" }>, attendees: EntityRow[], terms: TermsVersion): Clause {
  const certain = terms.seats.filter((s) => s.rel.basis !== "uncertain").length;
  const all = terms.seats.length;
  const low = Math.ceil(spec.share * certain);
  const high = Math.ceil(spec.share * all);
  const n = attendees.length;
  const seats = certain === all ? `${all} seats` : `${certain} to ${all} seats (${all - certain} uncertain)`;
  if (n >= high)
    return {
      rule,
      outcome: "PASSES",
      reason: `${n} members present; ${Math.round(spec.share * 100)}% of ${seats} needs ${high}.`,
      counted: attendees,
      required: high,
    };
  if (n < low)
    return {
      rule,
      outcome: "FAILS",
      reason: `${n} members present; ${Math.round(spec.share * 100)}% of ${seats} needs ${low}.`,
      counted: attendees,
      required: low,
    };
  return {
    rule,
    outcome: "UNDETERMINED",
    reason: `${n} members present; ${Math.round(spec.share * 100)}% of ${seats} needs between ${low} and ${high}.`,
    counted: attendees,
    required: high,
  };
}

function positionHolder(
  ctx: MembershipContext,
  rule: EntityRow,
  spec: Extract<RuleSpec, { form: "position-holder" }>,
  attendees: EntityRow[],
  meeting: EntityRow,
  bodyId: string,
): Clause {
  const day = String(meeting.date);
  const wanted = spec.positions.map((p) => p.toLowerCase());
  const holders = ctx.positions
    .filter((p) => {
      // Held by then: begun by the day, or recorded in it by then (a record names no start).
      const since = (p.rel.since ?? p.rel.recordedOn) as string | undefined;
      const until = p.rel.until as string | undefined;
      const started = since !== undefined && (spec.heldBeforeMeeting ? since < day : since <= day);
      return (p.heldIn === bodyId || p.heldIn === ctx.partnership.id) && wanted.includes(lower(p.rel.position)) && started && (!until || until >= day);
    })
    .sort(byTenure);
  const present = attendees.filter((a) => holders.some((h) => h.person.id === a.id));
  const names = spec.positions.join(" or ");
  if (present.length >= spec.min)
    return { rule, outcome: "PASSES", reason: `${present.map((p) => p.name).join(", ")} held ${names} and attended.`, counted: present, required: spec.min };
  // The record says the position's holder was there, without naming them: that proves the clause.
  const stated = ctx.positionsPresent
    .filter((p) => p.meetingId === meeting.id && (p.heldIn === bodyId || p.heldIn === ctx.partnership.id) && wanted.includes(lower(p.rel.position)))
    .sort(byPosition);
  if (stated.length >= spec.min) {
    const quotes = [...new Set(stated.flatMap((p) => citationsOf(p.rel).map((c) => c.quote)))];
    return {
      rule,
      outcome: "PASSES",
      reason: `The record of the meeting says the ${stated.map((p) => p.rel.position).join(" and the ")} ${stated.length > 1 ? "were" : "was"} present, unnamed: “${quotes.join("”; “")}”.`,
      counted: [],
      required: spec.min,
    };
  }
  if (holders.length > 0) {
    return {
      rule,
      outcome: "FAILS",
      reason: `${holders.map((h) => `${h.person.name} (${h.rel.position})`).join(", ")} held ${names} and did not attend.`,
      counted: [],
      required: spec.min,
    };
  }
  return {
    rule,
    outcome: "UNDETERMINED",
    reason: `The records name no holder of ${names} ${spec.heldBeforeMeeting ? "before" : "on"} ${day}, so whether one attended cannot be told.`,
    counted: [],
    required: spec.min,
  };
}

function matches(ctx: MembershipContext, m: Match, person: EntityRow, affs: Affiliation[], countedAbove: Set<string>): boolean | null {
  if (m.notCountedAbove && countedAbove.has(person.id)) return false;
  const needsAffiliation = m.founder || m.organisationKinds || m.roles;
  if (!needsAffiliation) return true;
  if (affs.length === 0) return null; // unknown: nothing stated about this person's organisation or role
  return affs.some(
    (a) =>
      (!m.founder || ctx.founders.has(a.organisation.id)) &&
      (!m.organisationKinds || m.organisationKinds.includes(String(a.organisation.kind) as never)) &&
      (!m.roles || m.roles.some((r) => `${lower(a.role)} ${lower(person.honorific)}`.includes(r.toLowerCase()))),
  );
}

function count(
  ctx: MembershipContext,
  rule: EntityRow,
  spec: Extract<RuleSpec, { form: "count" }>,
  attendees: EntityRow[],
  day: string,
  countedAbove: Set<string>,
): Clause {
  const affs = new Map(attendees.map((p) => [p.id, affiliationsNear(ctx, p.id, day, spec.evidenceWindowMonths)]));
  const tally = (m: Match) => {
    const yes = attendees.filter((p) => matches(ctx, m, p, affs.get(p.id)!, countedAbove) === true);
    const unknown = attendees.filter((p) => matches(ctx, m, p, affs.get(p.id)!, countedAbove) === null);
    return { yes, unknown };
  };
  const main = tally(spec.match);
  const parts = [{ label: "in all", min: spec.min, ...main }, ...spec.including.map((inc) => ({ label: inc.label, min: inc.min, ...tally(inc.match) }))];
  const describe = (p: (typeof parts)[number]) => {
    const who = p.yes.map((x) => {
      const a = affs
        .get(x.id)!
        .find((af) =>
          matches(ctx, { ...spec.match, ...(p.label === "in all" ? {} : spec.including.find((i) => i.label === p.label)?.match) }, x, [af], countedAbove),
        );
      return a
        ? `${x.name} (${a.role ? `${a.role}, ` : ""}${a.organisation.name}, stated ${a.asOf}${a.asOf! > day ? ", after the meeting" : ""})`
        : String(x.name);
    });
    return `${p.label}: ${p.yes.length} of ${p.min} needed${who.length ? ` — ${who.join("; ")}` : ""}${p.unknown.length ? `; affiliation unknown for ${p.unknown.map((x) => x.name).join(", ")}` : ""}`;
  };
  const reason = parts.map(describe).join(". ") + ".";
  const outcome: Outcome = parts.every((p) => p.yes.length >= p.min)
    ? "PASSES"
    : parts.some((p) => p.yes.length + p.unknown.length < p.min)
      ? "FAILS"
      : "UNDETERMINED";
  return { rule, outcome, reason, counted: main.yes, required: spec.min };
}
