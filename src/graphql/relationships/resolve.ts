import type { GraphQLContext } from "../context.js";
import type { EntityRow, LinkRow } from "../../neo4j/rows.js";
import { prefetched } from "../prefetch/fetch.js";
import type { Hop, RelationshipField } from "./declare.js";
import { wrap } from "./wrappers.js";

/** A value now, or later: prefetched answers are on hand, loader answers come back as promises. */
export type Maybe<T> = T | Promise<T>;

/** Applies f now if the value is on hand; a resolver stays synchronous when its answer was prefetched. */
// Not named `then`: a module exporting `then` is a thenable, and `await import()` would call it.
export function andThen<T, U>(value: Maybe<T>, f: (v: T) => U): Maybe<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** The key under which a row keeps a prefetched hop's answer. */
export function hopKey(hop: Hop): string {
  return `${hop.direction}|${[...hop.types].sort().join(",")}${hop.label ? `|${hop.label}` : ""}`;
}

/**
 * The relationships of one hop from an entity: fetched with its query's root when planned
 * (prefetch/), otherwise through the request's batched loader.
 */
export function follow(ctx: GraphQLContext, of: { id: string }, hop: Hop): Maybe<LinkRow[]> {
  return prefetched<LinkRow[]>(of, hopKey(hop)) ?? load(ctx, of, hop);
}

/**
 * The relationships of one hop through the loader, whole rows. What a resolver the declarations do
 * not describe must use: a prefetched answer holds only what the declared fields' selections read.
 */
export function load(ctx: GraphQLContext, of: { id: string }, hop: Hop): Promise<LinkRow[]> {
  const loaded = ctx.loaders.links.load({ id: of.id, direction: hop.direction, types: hop.types });
  const label = hop.label;
  return label ? loaded.then((found) => found.filter((l) => l.node.labels.includes(label))) : loaded;
}

/** Every hop's relationships, concatenated in the declared order; synchronous when all were prefetched. */
function followAll(ctx: GraphQLContext, of: { id: string }, hops: readonly Hop[]): Maybe<LinkRow[]> {
  if (hops.length === 1) return follow(ctx, of, hops[0]!);
  const each = hops.map((h) => follow(ctx, of, h));
  return each.some((x) => x instanceof Promise) ? Promise.all(each).then((x) => x.flat()) : (each as LinkRow[][]).flat();
}

/** The answer of a declared relationship field for one parent row. */
export function resolveRelationship(field: RelationshipField, row: EntityRow, ctx: GraphQLContext): Maybe<unknown> {
  if (field.kind === "query") return prefetched<EntityRow[]>(row, field.fragment) ?? field.load(ctx, row);
  return andThen(followAll(ctx, row, field.hops), (found) => {
    let links = found;
    if (field.kind === "nodes" && field.unique) links = [...new Map(links.map((l) => [l.node.id, l])).values()];
    // Sorted copies: a prefetched or loader-cached list is shared with whoever asks for it next.
    if (field.order) links = [...links].sort(field.order.compare);
    if (field.kind === "wrapped") return links.map((l) => wrap(field.wrapper, row, l));
    return field.one ? (links[0]?.node ?? null) : links.map((l) => l.node);
  });
}
