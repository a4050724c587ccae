import { ArgsType, Ctx, Field, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { pageArgs } from "../common/connection.js";
import { Organisation, Seat, Sector } from "../common/entity.types.js";
import { Affiliation, Attendance, Relation } from "../common/relation.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import type { EntityRow } from "../../neo4j/rows.js";
import { BY_NAME, BY_ORDINAL, byName, into, nodes, out, wrapped } from "../relationships/declare.js";
import { load } from "../relationships/resolve.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { AFFILIATION_FROM_ORGANISATION, ATTENDANCE_FROM_MEETING, RELATION, wrap } from "../relationships/wrappers.js";

@ArgsType()
class OrganisationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only organisations of this kind, e.g. district-council, icb, vcfse." }) kind?: string | null;
  @Field(() => ID, { nullable: true, description: "Only organisations that a seat of this sector names (a sector id)." }) sector?: string | null;
  @Field(() => String, { nullable: true, description: "Only organisations whose name or an alias contains this text (any case)." }) nameContains?:
    string | null;
}

export const OrganisationRoots = entityRoots(
  Organisation,
  "Organisation",
  { name: "organisation", description: "An organisation by id; null when none has that id." },
  {
    name: "organisations",
    description: "Organisations in name order, filtered by kind, sector or name.",
    connection: "Organisation",
    pageOf: "organisations",
    args: OrganisationsArgs,
    schema: z.object({
      ...pageArgs,
      kind: z.string().min(1).max(50).nullish(),
      sector: z
        .string()
        .regex(/^sector:[a-z0-9-]+$/, "must be a sector id such as sector:local-government")
        .nullish(),
      nameContains: z.string().min(1).max(200).nullish(),
    }),
    query: "organisations-page",
  },
);

export const OrganisationRelationships = relationshipResolver(Organisation, {
  seats: nodes(() => Seat, into("SEAT_ORGANISATION"), "Terms-of-reference seats that name this organisation.", { order: BY_ORDINAL }),
  people: wrapped(
    () => Affiliation,
    AFFILIATION_FROM_ORGANISATION,
    into("AFFILIATED_WITH"),
    "People the documents link to this organisation, with role and date.",
    { order: BY_NAME },
  ),
  relations: wrapped(
    () => Relation,
    RELATION,
    [out(["MEMBER_OF", "PART_OF", "PRESENTED_TO", "FACILITATED"]), into(["FOUNDED_BY", "ASSIGNED_TO"])],
    "Bodies it is a member of, founded, or presented to, and other stated links.",
  ),
});

/** Fields that are not one hop from the organisation: two hops, or a statement of their own. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [Sector], { description: "Sectors of the terms-of-reference seats that name this organisation." })
  async sectors(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    const seats = await load(ctx, org, into("SEAT_ORGANISATION"));
    const sectorLists = await Promise.all(seats.map((s) => load(ctx, s.node, out("SEAT_SECTOR"))));
    const unique = new Map(sectorLists.flat().map((l) => [l.node.id, l.node]));
    return [...unique.values()].sort(byName);
  }

  @FieldResolver(() => [Attendance], { description: "Every attendance record in which someone represented this organisation." })
  async attendance(@Root() org: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.organisationAttendance.load(org.id)).map((r) =>
      wrap(ATTENDANCE_FROM_MEETING, r.meeting, { type: "ATTENDED", direction: "IN", rel: r.rel, node: r.person }),
    );
  }
}
