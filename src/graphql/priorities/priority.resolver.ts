import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { Connection, pageArgs } from "../common/connection.js";
import { Priority, Strategy } from "../common/entity.types.js";
import { linked, linkedOne, sources } from "../common/fields.js";
import { entityWithLabel, page } from "../common/lookup.js";
import { Relation } from "../common/relation.types.js";
import { relations } from "../common/relations.js";
import type { EntityRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";

const LINEAGE = ["RAISED_AT", "REQUESTED_AT", "DISCUSSED_AT", "PROPOSED_FOR", "APPROVED_AT", "ADOPTED_INTO", "FEEDS_INTO", "AGREED_AT", "PRESENTED_TO"];

@ObjectType({ description: "A page of priorities, themes and workstreams, in the Relay cursor-connection form." })
export class PriorityConnection extends Connection(Priority, "Priority") {}

@ArgsType()
class PrioritiesArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => String, { nullable: true, description: "priority, theme, workstream, programme, objective or topic." }) kind?: string | null;
  @Field(() => String, { nullable: true, description: "Only those whose name contains this text (any case)." }) nameContains?: string | null;
}
const prioritiesArgs = z.object({
  ...pageArgs,
  kind: z.enum(["priority", "theme", "workstream", "programme", "objective", "topic"]).nullish(),
  nameContains: z.string().min(1).max(200).nullish(),
});

const dated = (a: Relation, b: Relation) => String(a.date ?? "9999").localeCompare(String(b.date ?? "9999"));

@Resolver(() => Priority)
export class PriorityResolver {
  @Query(() => Priority, { nullable: true, description: "A priority, theme or workstream by id; null when none has that id." })
  priority(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Priority", info);
  }

  @Query(() => PriorityConnection, { description: "Priorities, themes and workstreams in name order, filtered by kind or name." })
  priorities(@Args(() => PrioritiesArgs) args: PrioritiesArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const a = validateArgs(prioritiesArgs, args);
    return page(ctx, "queries/priorities-page", a, { kind: a.kind ?? null, nameContains: a.nameContains ?? null }, info);
  }

  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() p: EntityRow) {
    return sources(p);
  }

  @FieldResolver(() => [Relation], { description: "Where it was raised, requested, discussed, proposed, approved or adopted: its direct steps (see lineage for the whole chain)." })
  async steps(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return (await relations(ctx, p, "OUT", ...LINEAGE)).sort(dated);
  }

  @FieldResolver(() => [Priority], { description: "Wider priorities or programmes it is part of." })
  partOf(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "OUT", "PART_OF", "Priority");
  }

  @FieldResolver(() => [Priority], { description: "Priorities, themes or workstreams stated to be part of this one." })
  parts(@Root() p: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, p, "IN", "PART_OF", "Priority");
  }
}

@Resolver(() => Strategy)
export class StrategyResolver {
  @Query(() => Strategy, { nullable: true, description: "A strategy, plan or section by id; null when none has that id." })
  strategy(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Strategy", info);
  }
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() s: EntityRow) {
    return sources(s);
  }
  @FieldResolver(() => [Strategy], { description: "Sections of this strategy." }) sections(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, s, "IN", "PART_OF", "Strategy");
  }
  @FieldResolver(() => Strategy, { nullable: true, description: "The strategy this is a section of." }) sectionOf(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, s, "OUT", "PART_OF", "Strategy");
  }
  @FieldResolver(() => [Relation], { description: "What fed into it and where it was discussed or presented." })
  relations(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    return Promise.all([relations(ctx, s, "IN", "FEEDS_INTO", "ADOPTED_INTO", "AUTHORED"), relations(ctx, s, "OUT", "DISCUSSED_AT", "PRESENTED_TO")]).then((r) => r.flat());
  }
}
