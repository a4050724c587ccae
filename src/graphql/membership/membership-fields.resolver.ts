import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { Node } from "../common/node.interface.js";
import { wholeRow } from "../common/whole-row.js";
import { AttendanceRecord, PartnerGap } from "./membership.types.js";

// The fields of the membership reports that may return an organisation the analyses hold in part
// (whole-row.ts): a partner found as represented at the body's meetings, an attendance subject.

@Resolver(() => PartnerGap)
export class PartnerGapResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The organisation or sector, when the partner is one." })
  partner(@Root() g: { partner: EntityRow | null }, @Ctx() ctx: GraphQLContext) {
    return g.partner && wholeRow(ctx, g.partner);
  }
}

@Resolver(() => AttendanceRecord)
export class AttendanceRecordResolver {
  @FieldResolver(() => Node, { description: "The person or organisation." })
  subject(@Root() r: { subject: EntityRow }, @Ctx() ctx: GraphQLContext) {
    return wholeRow(ctx, r.subject);
  }
}
