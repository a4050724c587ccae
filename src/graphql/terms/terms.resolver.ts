import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Citation, citationsOf } from "../common/citation.type.js";
import { Body, Seat, Sector, TermsOfReference } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { linked, linkedOne, links, sources } from "../common/fields.js";
import { SeatInTerms } from "../common/relation.types.js";
import type { EntityRow } from "../common/rows.js";

@Resolver(() => TermsOfReference)
export class TermsOfReferenceResolver {
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() t: EntityRow) {
    return sources(t);
  }
  @FieldResolver(() => Body, { nullable: true, description: "The body these terms govern." }) body(@Root() t: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, t, "OUT", "GOVERNS", "Body");
  }
  @FieldResolver(() => [SeatInTerms], { description: "Seats in table order, each with whether the terms state it or it is inferred." })
  async seats(@Root() t: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await links(ctx, t, "OUT", "HAS_SEAT"))
      .map((l) => ({ seat: l.node, terms: t, basis: l.rel.basis, note: l.rel.note ?? null, sources: citationsOf(l.rel) }))
      .sort((a, b) => Number(a.seat.ordinal) - Number(b.seat.ordinal));
  }
  @FieldResolver(() => TermsOfReference, { nullable: true, description: "The version these terms revise." })
  revises(@Root() t: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, t, "OUT", "REVISES");
  }
  @FieldResolver(() => TermsOfReference, { nullable: true, description: "The version that revises these terms." })
  revisedBy(@Root() t: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, t, "IN", "REVISES");
  }
}

@Resolver(() => Seat)
export class SeatResolver {
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() s: EntityRow) {
    return sources(s);
  }
  @FieldResolver(() => Sector, { nullable: true, description: "The sector of the seat." }) sector(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, s, "OUT", "SEAT_SECTOR");
  }
  @FieldResolver(() => Node, { nullable: true, description: "The organisation or body the seat names, where it names one." })
  organisation(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, s, "OUT", "SEAT_ORGANISATION");
  }
  @FieldResolver(() => [TermsOfReference], { description: "Versions of the terms that hold this seat." }) terms(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, s, "IN", "HAS_SEAT");
  }
}
