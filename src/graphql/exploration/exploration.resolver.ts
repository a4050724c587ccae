import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { cypher } from "../../neo4j/cypher-files.js";
import { int } from "../../neo4j/convert.js";
import type { GraphQLContext } from "../context.js";
import { citationsOf } from "../common/citation.type.js";
import { DateScalar } from "../common/date.scalar.js";
import { EntityType } from "../common/entity-type.js";
import type { Node } from "../common/node.interface.js";
import type { AttendanceStatus } from "../common/relation.types.js";
import type { EntityRow, RelRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";
import { badInput } from "../errors.js";
import { GraphPath, Interlock, Lineage, LineageStream, Subgraph, TimelineEntry, type GraphEdge, type LineageStep } from "./exploration.types.js";
import { compareSteps, VERBS } from "./lineage-order.js";

const id = z.string().regex(/^[a-z]+:[a-z0-9-]+$/, "must be an id such as person:alistair-bradley");

export const PATH_DEFAULT_HOPS = 4;
export const PATH_MAX_HOPS = 6;
export const NEIGHBOURHOOD_MAX_DEPTH = 3;
export const NEIGHBOURHOOD_LIMIT = 200;

const asNode = (row: EntityRow) => row as unknown as Node;

/** A short word for what a relationship says: attendance status, role, position or note. */
function labelOf(rel: RelRow): string | null {
  const parts = [rel.status, rel.role, rel.position, rel.capacity].filter((x): x is string => typeof x === "string");
  return parts.length ? parts.join(", ") : ((rel.note as string | undefined) ?? null);
}

function edgeOf(e: { type: string; from: string; to: string; rel: RelRow }, forward: boolean, nodesById: Map<string, EntityRow>): GraphEdge {
  const meetingDate = [nodesById.get(e.to), nodesById.get(e.from)].find((n) => n?.labels.includes("Meeting"))?.date as string | undefined;
  return {
    type: e.type,
    fromId: e.from,
    toId: e.to,
    forward,
    date: ((e.rel.date ?? e.rel.asOf ?? e.rel.since ?? meetingDate) as string | undefined) ?? null,
    label: labelOf(e.rel),
    sources: citationsOf(e.rel),
  };
}

@Resolver()
export class ExplorationResolver {
  @Query(() => Lineage, { description: "How a priority, theme, decision, strategy section or terms-of-reference version travelled: every step in order, with evidence, both where it came from and where it went." })
  async lineage(@Arg("id", () => ID, { description: "Id of the priority, theme, decision, strategy section or terms of reference." }) idArg: string, @Ctx() ctx: GraphQLContext): Promise<Lineage> {
    validateArgs(z.object({ id }), { id: idArg });
    const [row] = await ctx.gateway.read(cypher("queries/lineage"), { id: idArg }, ctx.roundTrips);
    const subject = (row?.subject as EntityRow | undefined) ?? null;
    const raw = ((row?.steps ?? []) as Record<string, unknown>[]).map((r) => {
      const rel = r.rel as RelRow;
      const event = r.event as EntityRow;
      return {
        subject: r.subject as EntityRow,
        stream: r.stream as LineageStream,
        relation: r.relation as string,
        rel,
        event,
        body: (r.body as EntityRow | null) ?? null,
        date: ((rel.date as string | undefined) ?? (event.date as string | undefined)) || null,
        dateText: ((rel.dateText as string | undefined) ?? (event.dateText as string | undefined)) || null,
        eventTime: (event.time as string | undefined) ?? null,
        eventId: event.id,
      };
    });
    raw.sort(compareSteps);
    const steps: LineageStep[] = raw.map((s, i) => ({
      position: i + 1,
      date: s.date,
      dateText: s.dateText,
      dated: s.date !== null,
      relation: s.relation,
      verb: VERBS[s.relation] ?? s.relation.toLowerCase(),
      subject: asNode(s.subject),
      stream: s.stream,
      event: asNode(s.event),
      body: (s.body as never) ?? null,
      note: (s.rel.note as string | undefined) ?? null,
      sources: citationsOf(s.rel),
    }));
    const unique = (stream: LineageStream) => [...new Map(raw.filter((s) => s.stream === stream).map((s) => [s.subject.id, asNode(s.subject)])).values()];
    return { subject: subject ? asNode(subject) : null, steps, origins: unique(LineageStream.ORIGIN), destinations: unique(LineageStream.DESTINATION) };
  }

  @Query(() => [GraphPath], { description: `The shortest evidence-backed paths between two entities (no path runs through a source document). maxHops defaults to ${PATH_DEFAULT_HOPS} and may be at most ${PATH_MAX_HOPS}; first (default 3, at most 10) limits how many equally short paths come back. Empty when none is that short.` })
  async paths(
    @Arg("from", () => ID, { description: "Id of the entity to start from." }) from: string,
    @Arg("to", () => ID, { description: "Id of the entity to reach." }) to: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("maxHops", () => Int, { nullable: true, description: `Longest path to consider (1 to ${PATH_MAX_HOPS}, default ${PATH_DEFAULT_HOPS}).` }) maxHops?: number | null,
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
    const rows = await ctx.gateway.read(cypher("queries/paths"), { from: a.from, to: a.to, maxHops: int(a.maxHops), first: int(a.first) }, ctx.roundTrips);
    return rows.map((r) => {
      const nodes = r.nodes as EntityRow[];
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const edges = (r.edges as { type: string; from: string; to: string; rel: RelRow }[]).map((e, i) => edgeOf(e, e.from === nodes[i]!.id, byId));
      for (const n of nodes) ctx.loaders.entity.prime(n.id, n);
      return { length: edges.length, nodes: nodes.map(asNode), edges };
    });
  }

  @Query(() => Subgraph, { description: `Entities within depth relationships of an entity (depth 1 to ${NEIGHBOURHOOD_MAX_DEPTH}, default 1), optionally only some kinds, and the relationships among them. At most ${NEIGHBOURHOOD_LIMIT} neighbours.` })
  async neighbourhood(
    @Arg("id", () => ID, { description: "Id of the entity at the centre." }) idArg: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("depth", () => Int, { nullable: true, description: `How many relationships away (1 to ${NEIGHBOURHOOD_MAX_DEPTH}, default 1).` }) depth?: number | null,
    @Arg("types", () => [EntityType], { nullable: true, description: "Only neighbours of these kinds." }) types?: EntityType[] | null,
  ): Promise<Subgraph> {
    const a = validateArgs(
      z.object({ id, depth: z.number().int().min(1, "must be at least 1").max(NEIGHBOURHOOD_MAX_DEPTH, `must be at most ${NEIGHBOURHOOD_MAX_DEPTH}`).default(1), types: z.array(z.enum(EntityType)).nullish() }),
      { id: idArg, depth: depth ?? undefined, types },
    );
    const [row] = await ctx.gateway.read(cypher("queries/neighbourhood"), { id: a.id, depth: int(a.depth), labels: a.types ?? null, limit: int(NEIGHBOURHOOD_LIMIT) }, ctx.roundTrips);
    if (!row) return { centre: null, nodes: [], edges: [], truncated: false };
    const nodes = row.nodes as EntityRow[];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const n of nodes) ctx.loaders.entity.prime(n.id, n);
    const edges = (row.edges as { type: string; from: string; to: string; rel: RelRow }[]).map((e) => edgeOf(e, true, byId));
    return { centre: asNode(nodes[0]!), nodes: nodes.map(asNode), edges, truncated: row.truncated as boolean };
  }

  @Query(() => [Interlock], { description: "People and organisations present at meetings of both bodies (or partnerships, meaning all their bodies), with the attendance that proves each side." })
  async interlocks(
    @Arg("a", () => ID, { description: "Id of the first body or partnership." }) aId: string,
    @Arg("b", () => ID, { description: "Id of the second body or partnership." }) bId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Interlock[]> {
    const a = validateArgs(
      z.object({
        a: z.string().regex(/^(body|partnership):[a-z0-9-]+$/, "must be a body or partnership id"),
        b: z.string().regex(/^(body|partnership):[a-z0-9-]+$/, "must be a body or partnership id"),
      }),
      { a: aId, b: bId },
    );
    const rows = await ctx.gateway.read(cypher("queries/interlocks"), a, ctx.roundTrips);
    return rows.map((r) => {
      const proofs = (r.proofs as { side: string; person: EntityRow; meeting: EntityRow; rel: RelRow }[]).map((p) => ({
        side: p.side,
        meeting: p.meeting as never,
        person: p.person as never,
        status: p.rel.status as AttendanceStatus,
        sources: citationsOf(p.rel),
      }));
      const bySide = (side: string) =>
        proofs
          .filter((p) => p.side === side)
          .sort((x, y) => String((x.meeting as EntityRow).date).localeCompare(String((y.meeting as EntityRow).date)) || String((x.person as EntityRow).name).localeCompare(String((y.person as EntityRow).name)));
      return { kind: r.kind as string, entity: asNode(r.entity as EntityRow), inA: bySide("A"), inB: bySide("B") };
    });
  }

  @Query(() => [TimelineEntry], { description: "Every dated fact about an entity, oldest first: attendance, positions, affiliations, lineage steps, meetings of a partnership's bodies." })
  async timeline(
    @Arg("id", () => ID, { description: "Id of any entity." }) idArg: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("from", () => DateScalar, { nullable: true, description: "Only facts on or after this day." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Only facts on or before this day." }) to?: string | null,
  ): Promise<TimelineEntry[]> {
    const a = validateArgs(
      z.object({ id, from: z.string().nullish(), to: z.string().nullish() }).refine((x) => !x.from || !x.to || x.from <= x.to, { message: "must not be before from", path: ["to"] }),
      { id: idArg, from, to },
    );
    const rows = await ctx.gateway.read(cypher("queries/timeline"), { id: a.id, from: a.from ?? null, to: a.to ?? null }, ctx.roundTrips);
    return rows
      .map((r) => {
        const node = r.node as EntityRow;
        ctx.loaders.entity.prime(node.id, node);
        return { date: r.day as string, relation: r.relation as string, direction: r.direction as string, node: asNode(node), label: labelOf(r.rel as RelRow), sources: citationsOf(r.rel as RelRow) };
      })
      .sort((x, y) => x.date.localeCompare(y.date) || x.relation.localeCompare(y.relation) || (x.node as unknown as EntityRow).id.localeCompare((y.node as unknown as EntityRow).id));
  }
}
