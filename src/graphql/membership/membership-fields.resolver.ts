import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { wholeRow, wholeRows } from "../common/whole-row.js";
import { AttendanceRecord, MembershipGapReport, PartnerGap, QuorumClauseResult, SeatStatusEntry } from "./membership.types.js";

// The fields of the membership reports that return a person or an organisation the analyses hold
// in part (whole-row.ts): seat holders and candidates, attendees without a seat, apologies, people
// counted, partners found as represented at the body's meetings, attendance subjects. (Evidence,
// an Affiliation, is resolved the same way wherever it appears: common/affiliation.resolver.ts.)
// Each field's type and description are those its class declares (membership.types.ts).

@Resolver(() => SeatStatusEntry)
export class SeatStatusEntryResolver {
  @FieldResolver()
  holder(@Root() s: { holder: EntityRow | null }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return s.holder && wholeRow(ctx, s.holder, info);
  }

  @FieldResolver()
  candidates(@Root() s: { candidates: EntityRow[] }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRows(ctx, s.candidates, info);
  }
}

@Resolver(() => MembershipGapReport)
export class MembershipGapReportResolver {
  @FieldResolver()
  attendeesWithoutSeat(@Root() r: { attendeesWithoutSeat: EntityRow[] }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRows(ctx, r.attendeesWithoutSeat, info);
  }
}

@Resolver(() => PartnerGap)
export class PartnerGapResolver {
  @FieldResolver()
  partner(@Root() g: { partner: EntityRow | null }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return g.partner && wholeRow(ctx, g.partner, info);
  }

  @FieldResolver()
  apologies(@Root() g: { apologies: EntityRow[] }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRows(ctx, g.apologies, info);
  }
}

@Resolver(() => QuorumClauseResult)
export class QuorumClauseResultResolver {
  @FieldResolver()
  counted(@Root() c: { counted: EntityRow[] }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRows(ctx, c.counted, info);
  }
}

@Resolver(() => AttendanceRecord)
export class AttendanceRecordResolver {
  @FieldResolver()
  subject(@Root() r: { subject: EntityRow }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRow(ctx, r.subject, info);
  }
}
