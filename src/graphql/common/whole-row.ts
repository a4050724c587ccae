import { isPartialRow } from "../../membership/context.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";

/**
 * The entity of a row, whole. The membership analyses hold the organisations of a partnership's
 * history in part (id, name, kind: all they read; membership/context.ts), since it names hundreds;
 * a field that returns one of those loads it whole through the request's entity loader, all of
 * them in one statement. A row that is whole already is returned as it is.
 */
export function wholeRow(ctx: GraphQLContext, row: EntityRow): EntityRow | Promise<EntityRow | null> {
  return isPartialRow(row) ? ctx.loaders.entity.load(row.id) : row;
}
