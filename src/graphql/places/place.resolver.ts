import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { Organisation, Place, Seat, Sector } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { byName, linked, links, sources } from "../common/fields.js";
import { entityWithLabel } from "../common/lookup.js";
import type { EntityRow } from "../common/rows.js";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: "A place by id; null when none has that id." })
  place(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Place", info);
  }
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() p: EntityRow) {
    return sources(p);
  }
  @FieldResolver(() => [Place], { description: "Wider places it is part of." }) partOf(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "OUT", "PART_OF", "Place");
  }
  @FieldResolver(() => [Place], { description: "Places within it." }) contains(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "IN", "PART_OF", "Place");
  }
  @FieldResolver(() => [Node], { description: "Partnerships, bodies, meetings and workstreams that cover it." })
  coveredBy(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "IN", "COVERS");
  }
}

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => Sector, { nullable: true, description: "A sector by id; null when none has that id." })
  sector(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Sector", info);
  }
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() s: EntityRow) {
    return sources(s);
  }
  @FieldResolver(() => [Seat], { description: "Terms-of-reference seats for this sector." }) async seats(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await linked(ctx, s, "IN", "SEAT_SECTOR")).sort((a, b) => Number(a.ordinal) - Number(b.ordinal));
  }
  @FieldResolver(() => [Organisation], { description: "Organisations named by this sector's seats." })
  async organisations(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    const seats = await links(ctx, s, "IN", "SEAT_SECTOR");
    const orgs = (await Promise.all(seats.map((l) => linked(ctx, l.node, "OUT", "SEAT_ORGANISATION", "Organisation")))).flat();
    return [...new Map(orgs.map((o) => [o.id, o])).values()].sort(byName);
  }
  @FieldResolver(() => [Node], { description: "Bodies this sector is a core partner of (e.g. the Lancashire Place workshops)." })
  partnerOf(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, s, "OUT", "MEMBER_OF");
  }
}
