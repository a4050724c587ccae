import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { attendanceReport, gapsReport, quorumReport } from "../../membership/service.js";
import type { GraphQLContext } from "../context.js";
import { DateScalar } from "../common/date.scalar.js";
import { MEETING_ID, PARTNERSHIP_ID } from "../common/ids.js";
import { validateArgs } from "../common/validate.js";
import { badInput } from "../errors.js";
import { AttendanceRecord, MembershipGapReport, QuorumReport } from "./membership.types.js";

const today = () => new Date().toISOString().slice(0, 10);

const unknown = (argument: string, what: string, id: string) => badInput(`Invalid argument ${argument}: no ${what} has id ${id}`, argument);

@Resolver()
export class MembershipResolver {
  @Query(() => MembershipGapReport, {
    description:
      "Seats of the terms in force on asOf (default today) against who fills them, with evidence; sectors with no seat filled; attendees without a seat; chair and deputy rules with their holders; and, for bodies without seats, which partners each meeting lacked.",
  })
  async membershipGaps(
    @Arg("partnershipId", () => ID, { description: "Id of the partnership." }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The day to report on (default today)." }) asOf?: string | null,
  ) {
    const a = validateArgs(z.object({ partnershipId: PARTNERSHIP_ID, asOf: z.string().nullish() }), { partnershipId: id, asOf });
    return (await gapsReport(ctx, a.partnershipId, a.asOf ?? today())) ?? Promise.reject(unknown("partnershipId", "partnership", a.partnershipId));
  }

  @Query(() => QuorumReport, {
    description:
      "Evaluates each clause of the quorum rule in force on the meeting's day against the recorded attendance: passes, fails, or cannot be decided, with the reason and the people counted.",
  })
  async quorum(@Arg("meetingId", () => ID, { description: "Id of the meeting." }) meetingId: string, @Ctx() ctx: GraphQLContext) {
    const a = validateArgs(z.object({ meetingId: MEETING_ID }), { meetingId });
    return (await quorumReport(ctx, a.meetingId)) ?? Promise.reject(unknown("meetingId", "meeting", a.meetingId));
  }

  @Query(() => [AttendanceRecord], {
    description:
      "Per person and per organisation: meetings expected, attended, apologies, rate, and a flag where the terms' attendance rule applies and the rate is under its threshold. The period defaults to the rule's window (e.g. 12 months) ending today. People first, then organisations, each by name.",
  })
  async attendance(
    @Arg("partnershipId", () => ID, { description: "Id of the partnership." }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("from", () => DateScalar, { nullable: true, description: "First day of the period." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Last day of the period (default today)." }) to?: string | null,
  ) {
    const a = validateArgs(
      z
        .object({ partnershipId: PARTNERSHIP_ID, from: z.string().nullish(), to: z.string().nullish() })
        .refine((x) => !x.from || !x.to || x.from <= x.to, { message: "must not be before from", path: ["to"] }),
      { partnershipId: id, from, to },
    );
    return (
      (await attendanceReport(ctx, a.partnershipId, a.from ?? null, a.to ?? today())) ??
      Promise.reject(unknown("partnershipId", "partnership", a.partnershipId))
    );
  }
}
