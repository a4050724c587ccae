import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { Connection, pageArgs } from "../common/connection.js";
import { Organisation, Seat, Sector } from "../common/entity.types.js";
import { byName, links, sources } from "../common/fields.js";
import { entityWithLabel, page } from "../common/lookup.js";
import { Affiliation, Attendance, Relation } from "../common/relation.types.js";
import { relations } from "../common/relations.js";
import type { EntityRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";
import { affiliationOf, attendanceOf } from "../people/person.resolver.js";

@ObjectType({ description: "A page of organisations, in the Relay cursor-connection form." })
export class OrganisationConnection extends Connection(Organisation, "Organisation") {}

@ArgsType()
class OrganisationsArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge already read." }) after?: string | null;
  @Field(() => String, { nullable: true, description: "Only organisations of this kind, e.g. district-council, icb, vcfse." }) kind?: string | null;
  @Field(() => ID, { nullable: true, description: "Only organisations that a seat of this sector names (a sector id)." }) sector?: string | null;
  @Field(() => String, { nullable: true, description: "Only organisations whose name or an alias contains this text (any case)." }) nameContains?: string | null;
}

const organisationsArgs = z.object({
  ...pageArgs,
  kind: z.string().min(1).max(50).nullish(),
  sector: z.string().regex(/^sector:[a-z0-9-]+$/, "must be a sector id such as sector:local-government").nullish(),
  nameContains: z.string().min(1).max(200).nullish(),
});

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: "An organisation by id; null when none has that id." })
  organisation(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Organisation", info);
  }

  @Query(() => OrganisationConnection, { description: "Organisations in name order, filtered by kind, sector or name." })
  organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const a = validateArgs(organisationsArgs, args);
    return page(ctx, "queries/organisations-page", a, { kind: a.kind ?? null, sector: a.sector ?? null, nameContains: a.nameContains ?? null }, info);
  }

  @FieldResolver(() => [Citation], { description: "The passages that name this organisation." })
  sources(@Root() org: EntityRow) {
    return sources(org);
  }

  @FieldResolver(() => [Sector], { description: "Sectors of the terms-of-reference seats that name this organisation." })
  async sectors(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    const seats = await links(ctx, org, "IN", "SEAT_ORGANISATION");
    const sectorLists = await Promise.all(seats.map((s) => links(ctx, s.node, "OUT", "SEAT_SECTOR")));
    const unique = new Map(sectorLists.flat().map((l) => [l.node.id, l.node]));
    return [...unique.values()].sort(byName);
  }

  @FieldResolver(() => [Seat], { description: "Terms-of-reference seats that name this organisation." })
  async seats(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await links(ctx, org, "IN", "SEAT_ORGANISATION")).map((l) => l.node).sort((a, b) => Number(a.ordinal) - Number(b.ordinal));
  }

  @FieldResolver(() => [Affiliation], { description: "People the documents link to this organisation, with role and date." })
  async people(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await links(ctx, org, "IN", "AFFILIATED_WITH")).map((l) => affiliationOf(l.node, org, l.rel)).sort((a, b) => byName(a.person as never, b.person as never));
  }

  @FieldResolver(() => [Attendance], { description: "Every attendance record in which someone represented this organisation." })
  async attendance(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.organisationAttendance.load(org.id)).map((r) => attendanceOf(r.person, r.meeting, r.rel));
  }

  @FieldResolver(() => [Relation], { description: "Bodies it is a member of, founded, or presented to, and other stated links." })
  relations(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    return Promise.all([
      relations(ctx, org, "OUT", "MEMBER_OF", "PART_OF", "PRESENTED_TO", "FACILITATED"),
      relations(ctx, org, "IN", "FOUNDED_BY", "ASSIGNED_TO"),
    ]).then((r) => r.flat());
  }
}
