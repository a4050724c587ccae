import { ArgsType, Ctx, Field, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { pageArgs } from "../common/connection.js";
import { Action, AgendaItem, Organisation, Person } from "../common/entity.types.js";
import { entityWithLabel } from "../common/lookup.js";
import { Affiliation, Attendance, Position, PossibleIdentity } from "../common/relation.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import { BY_DATE, BY_NAME, into, nodes, out, wrapped } from "../relationships/declare.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { AFFILIATION_FROM_PERSON, ATTENDANCE_FROM_PERSON, POSITION_FROM_PERSON, POSSIBLE_IDENTITY } from "../relationships/wrappers.js";

@ArgsType()
class PeopleArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only people linked to this organisation (stated affiliation, or represented it at a meeting)." })
  organisation?: string | null;
  @Field(() => String, { nullable: true, description: "Only people whose name contains this text (any case)." }) nameContains?: string | null;
}

export const PersonRoots = entityRoots(
  Person,
  "Person",
  { name: "person", description: "A person by id; null when none has that id." },
  {
    name: "people",
    description: "People in name order, filtered by organisation or name.",
    connection: "Person",
    pageOf: "people",
    args: PeopleArgs,
    schema: z.object({
      ...pageArgs,
      organisation: z
        .string()
        .regex(/^[a-z]+:[a-z0-9-]+$/, "must be an id such as org:chorley-council")
        .nullish(),
      nameContains: z.string().min(1).max(200).nullish(),
    }),
    query: "people-page",
  },
);

export const PersonRelationships = relationshipResolver(Person, {
  affiliations: wrapped(
    () => Affiliation,
    AFFILIATION_FROM_PERSON,
    out("AFFILIATED_WITH"),
    "Organisations (and partnerships) the documents link this person to, with role and date.",
  ),
  organisations: nodes(() => Organisation, out("AFFILIATED_WITH", "Organisation"), "The organisations of this person's stated affiliations, each once.", {
    unique: true,
    order: BY_NAME,
  }),
  attendance: wrapped(
    () => Attendance,
    ATTENDANCE_FROM_PERSON,
    out("ATTENDED"),
    "Meetings this person is recorded at (present, apologies, in attendance…), oldest first.",
    { order: BY_DATE },
  ),
  positions: wrapped(
    () => Position,
    POSITION_FROM_PERSON,
    out("HELD_POSITION"),
    "Positions held: chair, deputy chair, independent chair, senior responsible officer…",
  ),
  possibleIdentities: wrapped(
    () => PossibleIdentity,
    POSSIBLE_IDENTITY,
    [out("POSSIBLY_SAME_AS"), into("POSSIBLY_SAME_AS")],
    "Other person records that may be the same person, with the evidence. Never merged.",
  ),
  presented: nodes(() => AgendaItem, out("PRESENTED"), "Agenda items this person presented or introduced."),
  actions: nodes(() => Action, into("ASSIGNED_TO"), "Action points assigned to this person by name."),
});

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation represented, where the record names one." })
  representing(@Root() a: { representing: string | null }, @Ctx() ctx: GraphQLContext) {
    // The wrapper holds the organisation's id (relationships/wrappers.ts); the entity comes from the loader.
    return a.representing ? entityWithLabel(ctx, a.representing, "Organisation") : null;
  }
}
