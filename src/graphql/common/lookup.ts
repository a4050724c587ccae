import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../context.js";
import { prefetchEntity, prefetchPage } from "../prefetch/fetch.js";
import { planPage, planRoot } from "../prefetch/plan.js";
import { int } from "../../neo4j/convert.js";
import { decodeCursor, toConnection, type ConnectionShape } from "./connection.js";
import type { EntityRow } from "../../neo4j/rows.js";

/**
 * An entity by id if it has the label; null otherwise (an unknown id is not an error). Given the
 * field's info, relationship fields selected under it are fetched in the same statement.
 */
export async function entityWithLabel(ctx: GraphQLContext, id: string, label: string, info?: GraphQLResolveInfo): Promise<EntityRow | null> {
  const plan = info && ctx.prefetch ? planRoot(info, label) : null;
  const prefetched = plan ? await prefetchEntity(ctx, id, plan) : undefined;
  const row = prefetched === undefined ? await ctx.loaders.entity.load(id) : prefetched;
  return row && row.labels.includes(label) ? row : null;
}

/**
 * Runs the text of one of the cypher/queries/*-page.cypher files from the cursor on: the total
 * across pages, and first + 1 rows (the one past the page says whether another follows), in one round trip.
 */
export async function readPage(
  ctx: GraphQLContext,
  statement: string,
  args: { first: number; after?: string | null | undefined },
  filters: Record<string, unknown>,
): Promise<{ total: number; rows: Record<string, unknown>[] }> {
  const { afterKey, afterId } = decodeCursor(args.after);
  const [row] = await ctx.gateway.read(statement, { ...filters, afterKey, afterId, limit: int(args.first + 1) }, ctx.roundTrips);
  return { total: (row?.total as number) ?? 0, rows: (row?.rows ?? []) as Record<string, unknown>[] };
}

/**
 * A page of entities. Given the field's info, relationship fields selected under the nodes are
 * fetched for the whole page in one more round trip.
 */
export async function page(
  ctx: GraphQLContext,
  statement: string,
  args: { first: number; after?: string | null | undefined },
  filters: Record<string, unknown>,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<EntityRow>> {
  const read = await readPage(ctx, statement, args, filters);
  let rows = read.rows as unknown as { key: string; node: EntityRow }[];
  for (const r of rows) ctx.loaders.entity.prime(r.node.id, r.node);
  const plan = info && ctx.prefetch ? planPage(info) : null;
  if (plan) {
    const shown = rows.slice(0, args.first);
    const nodes = await prefetchPage(
      ctx,
      shown.map((r) => r.node),
      plan,
    );
    rows = [...shown.map((r, i) => ({ key: r.key, node: nodes[i]! })), ...rows.slice(args.first)];
  }
  return toConnection(
    rows.map((r) => ({ ...r, id: r.node.id })),
    args.first,
    read.total,
  );
}
