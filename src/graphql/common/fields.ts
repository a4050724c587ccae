import type { GraphQLContext } from "../context.js";
import type { Direction } from "../loaders.js";
import { citationsOf, type Citation } from "./citation.type.js";
import { prefetched } from "../prefetch/fetch.js";
import { hopKey } from "../prefetch/hops.js";
import type { EntityRow, LinkRow } from "./rows.js";

/** An entity, or anything that names one by id. */
type Of = { id: string };

/**
 * Relationships of one entity: fetched with its query's root when planned (prefetch/), otherwise
 * through the request's batched loader.
 */
export async function links(ctx: GraphQLContext, of: Of, direction: Direction, ...types: string[]): Promise<LinkRow[]> {
  return prefetched<LinkRow[]>(of, hopKey(direction, types)) ?? ctx.loaders.links.load({ id: of.id, direction, types });
}

/** The entities at the other end of some relationships, optionally only those with a label. */
export async function linked(ctx: GraphQLContext, of: Of, direction: Direction, type: string, label?: string): Promise<EntityRow[]> {
  const planned = label && prefetched<LinkRow[]>(of, hopKey(direction, [type], label));
  if (planned) return planned.map((l) => l.node);
  const found = await links(ctx, of, direction, type);
  return found.map((l) => l.node).filter((n) => !label || n.labels.includes(label));
}

export async function linkedOne(ctx: GraphQLContext, of: Of, direction: Direction, type: string, label?: string): Promise<EntityRow | null> {
  return (await linked(ctx, of, direction, type, label))[0] ?? null;
}

export function sources(row: EntityRow | { citeDoc?: string[] }): Citation[] {
  return citationsOf(row);
}

export const byName = (a: EntityRow, b: EntityRow) => String(a.name ?? a.title ?? a.id).localeCompare(String(b.name ?? b.title ?? b.id));
export const byDate = (a: EntityRow, b: EntityRow) =>
  String(a.date ?? "9999-12-31").localeCompare(String(b.date ?? "9999-12-31")) || a.id.localeCompare(b.id);
