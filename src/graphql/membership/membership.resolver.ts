import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { membershipGaps } from "../../membership/gaps.js";
import { attendanceFigures } from "../../membership/attendance.js";
import { evaluateQuorum } from "../../membership/quorum.js";
import { loadMembershipContext } from "../../membership/context.js";
import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphQLContext } from "../context.js";
import { citationsOf } from "../common/citation.type.js";
import { DateScalar } from "../common/date.scalar.js";
import type { EntityRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";
import { POSITION_FROM_PERSON, wrap } from "../relationships/wrappers.js";
import { badInput } from "../errors.js";
import { AttendanceRecord, MembershipGapReport, QuorumReport } from "./membership.types.js";

const today = () => new Date().toISOString().slice(0, 10);
const partnershipId = z.string().regex(/^partnership:[a-z0-9-]+$/, "must be a partnership id such as partnership:lsc-icp");

async function contextFor(ctx: GraphQLContext, id: string) {
  const found = await loadMembershipContext(ctx.gateway, id, ctx.roundTrips);
  if (!found) throw badInput(`Invalid argument partnershipId: no partnership has id ${id}`, "partnershipId");
  return found;
}

@Resolver()
export class MembershipResolver {
  @Query(() => MembershipGapReport, { description: "Seats of the terms in force on asOf (default today) against who fills them, with evidence; sectors with no seat filled; attendees without a seat; chair and deputy rules with their holders; and, for bodies without seats, which partners each meeting lacked." })
  async membershipGaps(
    @Arg("partnershipId", () => ID, { description: "Id of the partnership." }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The day to report on (default today)." }) asOf?: string | null,
  ) {
    const a = validateArgs(z.object({ partnershipId, asOf: z.string().nullish() }), { partnershipId: id, asOf });
    const report = membershipGaps(await contextFor(ctx, a.partnershipId), a.asOf ?? today());
    return {
      ...report,
      terms: report.terms?.terms ?? null,
      seats: report.seats.map((s) => ({
        ...s,
        evidence: s.evidence ? { person: s.holder, organisation: s.evidence.organisation, role: s.evidence.role, asOf: s.evidence.asOf, sources: citationsOf(s.evidence.rel) } : null,
      })),
      positionRules: report.positionRules.map((r) => ({
        rule: r.rule,
        holders: r.holders.map((h) => wrap(POSITION_FROM_PERSON, h.person, { type: "HELD_POSITION", direction: "OUT", rel: h.rel, node: h.of })),
      })),
      meetings: report.meetings.map((m) => ({ meeting: m.meeting, gaps: m.gaps.map((g) => ({ ...g, partner: g.entity })) })),
    };
  }

  @Query(() => QuorumReport, { description: "Evaluates each clause of the quorum rule in force on the meeting's day against the recorded attendance: passes, fails, or cannot be decided, with the reason and the people counted." })
  async quorum(@Arg("meetingId", () => ID, { description: "Id of the meeting." }) meetingId: string, @Ctx() ctx: GraphQLContext) {
    const a = validateArgs(z.object({ meetingId: z.string().regex(/^meeting:[a-z0-9-]+$/, "must be a meeting id such as meeting:lsc-icp-2024-03-25") }), { meetingId });
    const [row] = await ctx.gateway.read(cypher("queries/meeting-partnership"), { id: a.meetingId }, ctx.roundTrips);
    if (!row) throw badInput(`Invalid argument meetingId: no meeting has id ${a.meetingId}`, "meetingId");
    const meeting = row.meeting as EntityRow;
    if (!row.partnershipId) return { meeting, terms: null, outcome: "UNDETERMINED", reason: "The meeting's body belongs to no partnership with terms of reference.", clauses: [] };
    const result = evaluateQuorum(await contextFor(ctx, row.partnershipId as string), meeting, row.bodyId as string);
    return { ...result, terms: result.terms?.terms ?? null };
  }

  @Query(() => [AttendanceRecord], { description: "Per person and per organisation: meetings expected, attended, apologies, rate, and a flag where the terms' attendance rule applies and the rate is under its threshold. The period defaults to the rule's window (e.g. 12 months) ending today." })
  async attendance(
    @Arg("partnershipId", () => ID, { description: "Id of the partnership." }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("from", () => DateScalar, { nullable: true, description: "First day of the period." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Last day of the period (default today)." }) to?: string | null,
  ) {
    const a = validateArgs(
      z.object({ partnershipId, from: z.string().nullish(), to: z.string().nullish() }).refine((x) => !x.from || !x.to || x.from <= x.to, { message: "must not be before from", path: ["to"] }),
      { partnershipId: id, from, to },
    );
    return attendanceFigures(await contextFor(ctx, a.partnershipId), a.from ?? null, a.to ?? today());
  }
}
