import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { Citation, citationsOf } from "../common/citation.type.js";
import { Connection, pageArgs } from "../common/connection.js";
import { Action, AgendaItem, Organisation, Person } from "../common/entity.types.js";
import { andThen, byDate, byName, linked, links, sources } from "../common/fields.js";
import { entityWithLabel, page } from "../common/lookup.js";
import { Affiliation, Attendance, AttendanceStatus, Position, PossibleIdentity } from "../common/relation.types.js";
import type { EntityRow, RelRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";

/** Shapes an ATTENDED relationship for the API; representing is resolved lazily by its own field. */
export function attendanceOf(person: EntityRow, meeting: EntityRow, rel: RelRow) {
  return {
    person,
    meeting,
    status: rel.status as AttendanceStatus,
    role: (rel.role as string | undefined) ?? null,
    capacity: (rel.capacity as string | undefined) ?? null,
    representingId: (rel.representing as string | undefined) ?? null,
    representingText: (rel.representingText as string | undefined) ?? null,
    sources: citationsOf(rel),
  };
}
export type AttendanceValue = ReturnType<typeof attendanceOf>;

export function affiliationOf(person: EntityRow, organisation: EntityRow, rel: RelRow) {
  return {
    person,
    organisation,
    role: (rel.role as string | undefined) ?? null,
    asOf: (rel.asOf as string | undefined) ?? null,
    sources: citationsOf(rel),
  };
}

/** Shapes a HELD_POSITION relationship: who held what, in which body, partnership or organisation. */
export function positionOf(person: EntityRow, holder: EntityRow, rel: RelRow) {
  return {
    person,
    of: holder,
    position: rel.position as string,
    since: (rel.since as string | undefined) ?? null,
    until: (rel.until as string | undefined) ?? null,
    term: (rel.term as string | undefined) ?? null,
    sources: citationsOf(rel),
  };
}

@ObjectType({ description: "A page of people, in the Relay cursor-connection form." })
export class PersonConnection extends Connection(Person, "Person") {}

@ArgsType()
class PeopleArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => ID, { nullable: true, description: "Only people linked to this organisation (stated affiliation, or represented it at a meeting)." })
  organisation?: string | null;
  @Field(() => String, { nullable: true, description: "Only people whose name contains this text (any case)." }) nameContains?: string | null;
}

const peopleArgs = z.object({
  ...pageArgs,
  organisation: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, "must be an id such as org:chorley-council").nullish(),
  nameContains: z.string().min(1).max(200).nullish(),
});

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id; null when none has that id." })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Person", info);
  }

  @Query(() => PersonConnection, { description: "People in name order, filtered by organisation or name." })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const a = validateArgs(peopleArgs, args);
    return page(ctx, "queries/people-page", a, { organisation: a.organisation ?? null, nameContains: a.nameContains ?? null }, info);
  }

  @FieldResolver(() => [Citation], { description: "The passages that name this person." })
  sources(@Root() p: EntityRow) {
    return sources(p);
  }

  @FieldResolver(() => [Affiliation], { description: "Organisations (and partnerships) the documents link this person to, with role and date." })
  async affiliations(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await links(ctx, p, "OUT", "AFFILIATED_WITH")).map((l) => affiliationOf(p, l.node, l.rel));
  }

  @FieldResolver(() => [Organisation], { description: "The organisations of this person's stated affiliations, each once." })
  organisations(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return andThen(linked(ctx, p, "OUT", "AFFILIATED_WITH", "Organisation"), (orgs) => [...new Map(orgs.map((o) => [o.id, o])).values()].sort(byName));
  }

  @FieldResolver(() => [Attendance], { description: "Meetings this person is recorded at (present, apologies, in attendance…), oldest first." })
  attendance(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return andThen(links(ctx, p, "OUT", "ATTENDED"), (found) => found.sort((a, b) => byDate(a.node, b.node)).map((l) => attendanceOf(p, l.node, l.rel)));
  }

  @FieldResolver(() => [Position], { description: "Positions held: chair, deputy chair, independent chair, senior responsible officer…" })
  async positions(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await links(ctx, p, "OUT", "HELD_POSITION")).map((l) => positionOf(p, l.node, l.rel));
  }

  @FieldResolver(() => [PossibleIdentity], { description: "Other person records that may be the same person, with the evidence. Never merged." })
  async possibleIdentities(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await Promise.all([links(ctx, p, "OUT", "POSSIBLY_SAME_AS"), links(ctx, p, "IN", "POSSIBLY_SAME_AS")]))
      .flat()
      .map((l) => ({ person: p, other: l.node, evidence: l.rel.evidence, sources: citationsOf(l.rel) }));
  }

  @FieldResolver(() => [AgendaItem], { description: "Agenda items this person presented or introduced." })
  presented(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "OUT", "PRESENTED");
  }

  @FieldResolver(() => [Action], { description: "Action points assigned to this person by name." })
  actions(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "IN", "ASSIGNED_TO");
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation represented, where the record names one." })
  representing(@Root() a: AttendanceValue, @Ctx() ctx: GraphQLContext) {
    return a.representingId ? entityWithLabel(ctx, a.representingId, "Organisation") : null;
  }
}
