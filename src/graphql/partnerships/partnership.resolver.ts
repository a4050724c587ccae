import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { Connection, pageArgs } from "../common/connection.js";
import { Body, Meeting, Organisation, Partnership, Person, Place, TermsOfReference } from "../common/entity.types.js";
import { andThen, byDate, byName, linked, linkedOne, links, sources } from "../common/fields.js";
import { entityWithLabel, page } from "../common/lookup.js";
import { Position, Relation } from "../common/relation.types.js";
import { relations } from "../common/relations.js";
import type { EntityRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";
import { prefetched } from "../prefetch/fetch.js";
import { PARTNERSHIP_MEETINGS_KEY } from "../prefetch/hops.js";
import { positionOf } from "../people/person.resolver.js";

@ObjectType({ description: "A page of partnerships, in the Relay cursor-connection form." })
export class PartnershipConnection extends Connection(Partnership, "Partnership") {}

@ArgsType()
class PartnershipsArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => String, { nullable: true, description: "Only partnerships at this spatial level: district, place, system…" }) level?: string | null;
}
const partnershipsArgs = z.object({ ...pageArgs, level: z.string().min(1).max(30).nullish() });

async function positionsIn(ctx: GraphQLContext, holder: EntityRow) {
  return (await links(ctx, holder, "IN", "HELD_POSITION")).map((l) => positionOf(l.node, holder, l.rel));
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true, description: "A partnership by id; null when none has that id." })
  partnership(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Partnership", info);
  }

  @Query(() => PartnershipConnection, { description: "Partnerships in name order, filtered by spatial level." })
  partnerships(@Args(() => PartnershipsArgs) args: PartnershipsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const a = validateArgs(partnershipsArgs, args);
    return page(ctx, "queries/partnerships-page", a, { level: a.level ?? null }, info);
  }

  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() p: EntityRow) {
    return sources(p);
  }

  @FieldResolver(() => [Body], { description: "The partnership's bodies: executive, board, implementation group, PMO, development sessions…" })
  bodies(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return andThen(linked(ctx, p, "IN", "BODY_OF"), (bodies) => bodies.sort(byName));
  }

  @FieldResolver(() => [Meeting], { description: "Meetings and events of all its bodies, oldest first, undated last." })
  meetings(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return prefetched<EntityRow[]>(p, PARTNERSHIP_MEETINGS_KEY) ?? ctx.loaders.partnershipMeetings.load(p.id);
  }

  @FieldResolver(() => [Relation], { description: "What this partnership is part of (e.g. the ICS)." })
  parents(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return relations(ctx, p, "OUT", "PART_OF");
  }

  @FieldResolver(() => [Relation], { description: "Partnerships and bodies stated to be part of this one." })
  children(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return relations(ctx, p, "IN", "PART_OF", "BODY_OF");
  }

  @FieldResolver(() => [Relation], { description: "Partnerships this one succeeded." })
  predecessors(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return relations(ctx, p, "IN", "SUCCEEDED_BY");
  }

  @FieldResolver(() => [Relation], { description: "Partnerships that succeeded this one." })
  successors(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return relations(ctx, p, "OUT", "SUCCEEDED_BY");
  }

  @FieldResolver(() => [Place], { description: "Places the partnership covers." })
  places(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "OUT", "COVERS", "Place");
  }

  @FieldResolver(() => [Position], { description: "Positions held in the partnership itself (e.g. Independent Chair)." })
  positions(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return positionsIn(ctx, p);
  }
}

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => Body, { nullable: true, description: "A body by id; null when none has that id." })
  body(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Body", info);
  }

  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() b: EntityRow) {
    return sources(b);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: "The partnership this body belongs to." })
  partnership(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, b, "OUT", "BODY_OF", "Partnership");
  }

  @FieldResolver(() => [Meeting], { description: "Its meetings and events, oldest first, undated last." })
  meetings(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return andThen(linked(ctx, b, "IN", "MEETING_OF"), (meetings) => meetings.sort(byDate));
  }

  @FieldResolver(() => [Relation], { description: "Bodies it reports to, receives updates from, or is part of; and those that report to it." })
  relations(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return Promise.all([
      relations(ctx, b, "OUT", "REPORTS_TO", "RECEIVES_UPDATES_FROM", "PART_OF", "SUCCEEDED_BY", "COVERS"),
      relations(ctx, b, "IN", "REPORTS_TO", "RECEIVES_UPDATES_FROM", "PART_OF", "SUCCEEDED_BY", "MEMBER_OF"),
    ]).then((r) => r.flat());
  }

  @FieldResolver(() => [Organisation], { description: "Founder members, as the terms of reference name them." })
  async founders(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await linked(ctx, b, "OUT", "FOUNDED_BY")).sort(byName);
  }

  @FieldResolver(() => [TermsOfReference], { description: "Versions of its terms of reference." })
  termsOfReference(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, b, "IN", "GOVERNS");
  }

  @FieldResolver(() => [Position], { description: "Positions held in the body: chair, deputy chair…" })
  positions(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return positionsIn(ctx, b);
  }

  @FieldResolver(() => [Person], { description: "People stated to be members (e.g. welcomed as new members)." })
  members(@Root() b: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, b, "IN", "MEMBER_OF", "Person");
  }
}
