import type { GraphQLContext } from "../context.js";
import type { Direction } from "../loaders.js";
import { citationsOf, type Citation } from "./citation.type.js";
import type { EntityRow, LinkRow } from "./rows.js";

/** Relationships of one entity, through the request's batched loader. */
export function links(ctx: GraphQLContext, id: string, direction: Direction, ...types: string[]): Promise<LinkRow[]> {
  return ctx.loaders.links.load({ id, direction, types });
}

/** The entities at the other end of some relationships, optionally only those with a label. */
export async function linked(ctx: GraphQLContext, id: string, direction: Direction, type: string, label?: string): Promise<EntityRow[]> {
  const found = await links(ctx, id, direction, type);
  return found.map((l) => l.node).filter((n) => !label || n.labels.includes(label));
}

export async function linkedOne(ctx: GraphQLContext, id: string, direction: Direction, type: string, label?: string): Promise<EntityRow | null> {
  return (await linked(ctx, id, direction, type, label))[0] ?? null;
}

export function sources(row: EntityRow | { citeDoc?: string[] }): Citation[] {
  return citationsOf(row);
}

export const byName = (a: EntityRow, b: EntityRow) => String(a.name ?? a.title ?? a.id).localeCompare(String(b.name ?? b.title ?? b.id));
export const byDate = (a: EntityRow, b: EntityRow) =>
  String(a.date ?? "9999-12-31").localeCompare(String(b.date ?? "9999-12-31")) || a.id.localeCompare(b.id);
