import type { GraphQLContext } from "../context.js";
import type { Direction } from "../loaders.js";
import { citationsOf } from "./citation.type.js";
import type { Relation } from "./relation.types.js";
import type { LinkRow } from "./rows.js";
import { links } from "./fields.js";

export function toRelation(l: LinkRow): Relation {
  return {
    type: l.type,
    direction: l.direction as Relation["direction"],
    node: l.node as unknown as Relation["node"],
    date: (l.rel.date as string | undefined) ?? null,
    dateText: (l.rel.dateText as string | undefined) ?? null,
    note: (l.rel.note as string | undefined) ?? null,
    sources: citationsOf(l.rel),
  };
}

/** Relations of some types in one direction, oldest first where dated. */
export async function relations(ctx: GraphQLContext, of: { id: string }, direction: Direction, ...types: string[]): Promise<Relation[]> {
  return (await links(ctx, of, direction, ...types)).map(toRelation);
}
