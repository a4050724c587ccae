import type { GraphQLContext } from "../context.js";
import type { Direction } from "../loaders.js";
import { citationsOf, type Citation } from "./citation.type.js";
import { prefetched } from "../prefetch/fetch.js";
import { hopKey } from "../prefetch/hops.js";
import type { EntityRow, LinkRow } from "./rows.js";

/** An entity, or anything that names one by id. */
type Of = { id: string };

/** A value now, or later: prefetched answers are on hand, loader answers come back as promises. */
export type Maybe<T> = T | Promise<T>;

/** Applies f now if the value is on hand; a resolver stays synchronous when its answer was prefetched. */
// Not named `then`: a module exporting `then` is a thenable, and `await import()` would call it.
export function andThen<T, U>(value: Maybe<T>, f: (v: T) => U): Maybe<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/**
 * Relationships of one entity: fetched with its query's root when planned (prefetch/), otherwise
 * through the request's batched loader.
 */
export function links(ctx: GraphQLContext, of: Of, direction: Direction, ...types: string[]): Maybe<LinkRow[]> {
  return prefetched<LinkRow[]>(of, hopKey(direction, types)) ?? ctx.loaders.links.load({ id: of.id, direction, types });
}

/** The entities at the other end of some relationships, optionally only those with a label. */
export function linked(ctx: GraphQLContext, of: Of, direction: Direction, type: string, label?: string): Maybe<EntityRow[]> {
  const planned = label && prefetched<LinkRow[]>(of, hopKey(direction, [type], label));
  if (planned) return planned.map((l) => l.node);
  return andThen(links(ctx, of, direction, type), (found) => found.map((l) => l.node).filter((n) => !label || n.labels.includes(label)));
}

export function linkedOne(ctx: GraphQLContext, of: Of, direction: Direction, type: string, label?: string): Maybe<EntityRow | null> {
  return andThen(linked(ctx, of, direction, type, label), (found) => found[0] ?? null);
}

export function sources(row: EntityRow | { citeDoc?: string[] }): Citation[] {
  return citationsOf(row);
}

/** localeCompare's order, from one collator: localeCompare builds one per call, and sorts of big answers felt it. */
export const compareText = new Intl.Collator().compare;

export const byName = (a: EntityRow, b: EntityRow) => compareText(String(a.name ?? a.title ?? a.id), String(b.name ?? b.title ?? b.id));
export const byDate = (a: EntityRow, b: EntityRow) => compareText(String(a.date ?? "9999-12-31"), String(b.date ?? "9999-12-31")) || compareText(a.id, b.id);
