import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { NEIGHBOURHOOD_LIMIT, NEIGHBOURHOOD_MAX_DEPTH, neighbourhood, PATH_DEFAULT_HOPS, PATH_MAX_HOPS, paths } from "../../exploration/graph.js";
import { interlocks } from "../../exploration/interlocks.js";
import { lineage } from "../../exploration/lineage.js";
import { timeline } from "../../exploration/timeline.js";
import { ATTENDANCE_STATUSES, ATTENDING_STATUSES } from "../../dataset/vocabulary.js";
import type { GraphQLContext } from "../context.js";
import { AttendanceStatus } from "../common/relation.types.js";
import { DateScalar } from "../common/date.scalar.js";
import { EntityType } from "../common/entity-type.js";
import { validateArgs } from "../common/validate.js";
import { badInput } from "../errors.js";
import { GraphPath, Interlock, Lineage, Subgraph, TimelineEntry } from "./exploration.types.js";

const id = z.string().regex(/^[a-z]+:[a-z0-9-]+$/, "must be an id such as person:alistair-bradley");

/** The services answer with rows; the API's Node-typed fields take them as they are. */
const nodes = <T>(value: T) => value as never;

@Resolver()
export class ExplorationResolver {
  @Query(() => Lineage, {
    description:
      "How a priority, theme, decision, strategy section or terms-of-reference version travelled: every step in order, with evidence, both where it came from and where it went.",
  })
  async lineage(
    @Arg("id", () => ID, { description: "Id of the priority, theme, decision, strategy section or terms of reference." }) idArg: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Lineage> {
    validateArgs(z.object({ id }), { id: idArg });
    return nodes(await lineage(ctx, idArg));
  }

  @Query(() => [GraphPath], {
    description: `The shortest evidence-backed paths between two entities (no path runs through a source document). maxHops defaults to ${PATH_DEFAULT_HOPS} and may be at most ${PATH_MAX_HOPS}; first (default 3, at most 10) limits how many equally short paths come back. Empty when none is that short.`,
  })
  async paths(
    @Arg("from", () => ID, { description: "Id of the entity to start from." }) from: string,
    @Arg("to", () => ID, { description: "Id of the entity to reach." }) to: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("maxHops", () => Int, { nullable: true, description: `Longest path to consider (1 to ${PATH_MAX_HOPS}, default ${PATH_DEFAULT_HOPS}).` })
    maxHops?: number | null,
    @Arg("first", () => Int, { nullable: true, description: "How many paths at most (1 to 10, default 3)." }) first?: number | null,
  ): Promise<GraphPath[]> {
    const a = validateArgs(
      z.object({
        from: id,
        to: id,
        maxHops: z.number().int().min(1, "must be at least 1").max(PATH_MAX_HOPS, `must be at most ${PATH_MAX_HOPS}`).default(PATH_DEFAULT_HOPS),
        first: z.number().int().min(1, "must be at least 1").max(10, "must be at most 10").default(3),
      }),
      { from, to, maxHops: maxHops ?? undefined, first: first ?? undefined },
    );
    if (a.from === a.to) throw badInput("Invalid argument to: must differ from from", "to");
    return nodes(await paths(ctx, a));
  }

  @Query(() => Subgraph, {
    description: `Entities within depth relationships of an entity (depth 1 to ${NEIGHBOURHOOD_MAX_DEPTH}, default 1), optionally only some kinds, and the relationships among them. At most ${NEIGHBOURHOOD_LIMIT} neighbours.`,
  })
  async neighbourhood(
    @Arg("id", () => ID, { description: "Id of the entity at the centre." }) idArg: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("depth", () => Int, { nullable: true, description: `How many relationships away (1 to ${NEIGHBOURHOOD_MAX_DEPTH}, default 1).` })
    depth?: number | null,
    @Arg("types", () => [EntityType], { nullable: true, description: "Only neighbours of these kinds." }) types?: EntityType[] | null,
  ): Promise<Subgraph> {
    const a = validateArgs(
      z.object({
        id,
        depth: z.number().int().min(1, "must be at least 1").max(NEIGHBOURHOOD_MAX_DEPTH, `must be at most ${NEIGHBOURHOOD_MAX_DEPTH}`).default(1),
        types: z.array(z.enum(EntityType)).nullish(),
      }),
      { id: idArg, depth: depth ?? undefined, types },
    );
    return nodes(await neighbourhood(ctx, { id: a.id, depth: a.depth, types: a.types ?? null }));
  }

  @Query(() => [Interlock], {
    description:
      "People and organisations recorded at meetings of both bodies (or partnerships, meaning all their bodies), with the attendance that proves each side. By default presence counts (every status but apologies); statuses chooses others, e.g. [APOLOGIES] for who sent apologies to both.",
  })
  async interlocks(
    @Arg("a", () => ID, { description: "Id of the first body or partnership." }) aId: string,
    @Arg("b", () => ID, { description: "Id of the second body or partnership." }) bId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("statuses", () => [AttendanceStatus], {
      nullable: true,
      description: "The attendance statuses that count on both sides (default: all but APOLOGIES).",
    })
    statuses?: AttendanceStatus[] | null,
  ): Promise<Interlock[]> {
    const a = validateArgs(
      z.object({
        a: z.string().regex(/^(body|partnership):[a-z0-9-]+$/, "must be a body or partnership id"),
        b: z.string().regex(/^(body|partnership):[a-z0-9-]+$/, "must be a body or partnership id"),
        statuses: z.array(z.enum(ATTENDANCE_STATUSES)).min(1, "must name at least one status").nullish(),
      }),
      { a: aId, b: bId, statuses },
    );
    return nodes(await interlocks(ctx, { a: a.a, b: a.b, statuses: a.statuses ?? ATTENDING_STATUSES }));
  }

  @Query(() => [TimelineEntry], {
    description: "Every dated fact about an entity, oldest first: attendance, positions, affiliations, lineage steps, meetings of a partnership's bodies.",
  })
  async timeline(
    @Arg("id", () => ID, { description: "Id of any entity." }) idArg: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("from", () => DateScalar, { nullable: true, description: "Only facts on or after this day." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Only facts on or before this day." }) to?: string | null,
  ): Promise<TimelineEntry[]> {
    const a = validateArgs(
      z
        .object({ id, from: z.string().nullish(), to: z.string().nullish() })
        .refine((x) => !x.from || !x.to || x.from <= x.to, { message: "must not be before from", path: ["to"] }),
      { id: idArg, from, to },
    );
    return nodes(await timeline(ctx, { id: a.id, from: a.from ?? null, to: a.to ?? null }));
  }
}
