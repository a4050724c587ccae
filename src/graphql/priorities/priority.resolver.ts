import { ArgsType, Field } from "type-graphql";
import { z } from "zod";
import { LINEAGE_TYPES, PRIORITY_KINDS } from "../../dataset/vocabulary.js";
import { pageArgs } from "../common/connection.js";
import { Priority, Strategy } from "../common/entity.types.js";
import { Relation } from "../common/relation.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import { BY_STEP_DATE, into, node, nodes, out, wrapped } from "../relationships/declare.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { RELATION } from "../relationships/wrappers.js";

@ArgsType()
class PrioritiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: `${PRIORITY_KINDS.join(", ")}.` }) kind?: string | null;
  @Field(() => String, { nullable: true, description: "Only those whose name contains this text (any case)." }) nameContains?: string | null;
}

export const PriorityRoots = entityRoots(
  Priority,
  "Priority",
  { name: "priority", description: "A priority, theme or workstream by id; null when none has that id." },
  {
    name: "priorities",
    description: "Priorities, themes and workstreams in name order, filtered by kind or name.",
    connection: "Priority",
    pageOf: "priorities, themes and workstreams",
    args: PrioritiesArgs,
    schema: z.object({ ...pageArgs, kind: z.enum(PRIORITY_KINDS).nullish(), nameContains: z.string().min(1).max(200).nullish() }),
    query: "priorities-page",
  },
);

export const PriorityRelationships = relationshipResolver(Priority, {
  steps: wrapped(
    () => Relation,
    RELATION,
    out(LINEAGE_TYPES),
    "Where it was raised, requested, discussed, proposed, approved or adopted: its direct steps (see lineage for the whole chain).",
    { order: BY_STEP_DATE },
  ),
  partOf: nodes(() => Priority, out("PART_OF", "Priority"), "Wider priorities or programmes it is part of."),
  parts: nodes(() => Priority, into("PART_OF", "Priority"), "Priorities, themes or workstreams stated to be part of this one."),
});

export const StrategyRoots = entityRoots(Strategy, "Strategy", {
  name: "strategy",
  description: "A strategy, plan or section by id; null when none has that id.",
});

export const StrategyRelationships = relationshipResolver(Strategy, {
  sections: nodes(() => Strategy, into("PART_OF", "Strategy"), "Sections of this strategy."),
  sectionOf: node(() => Strategy, out("PART_OF", "Strategy"), "The strategy this is a section of."),
  relations: wrapped(
    () => Relation,
    RELATION,
    [into(["FEEDS_INTO", "ADOPTED_INTO", "AUTHORED"]), out(["DISCUSSED_AT", "PRESENTED_TO"])],
    "What fed into it and where it was discussed or presented.",
  ),
});
