import type { GraphQLResolveInfo } from "graphql";
import { partSent } from "../../membership/context.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { propsRead } from "../prefetch/plan.js";
import { typeOfLabels } from "./entity-type.js";

/**
 * The entity of a row, as much of it as the field's selection reads. The membership analyses hold
 * the people and organisations of a partnership's history in part (the few properties they read;
 * membership/context.ts), since it names hundreds. Where the selection reads only what was sent
 * (`holder { id name }`), the row in part answers it; where it reads more, the field loads the
 * entity whole through the request's entity loader, all of a level's in one statement. A row that
 * is whole already is returned as it is.
 */
export function wholeRow(ctx: GraphQLContext, row: EntityRow, info: GraphQLResolveInfo): EntityRow | Promise<EntityRow | null> {
  const sent = partSent(row);
  if (!sent) return row;
  const type = typeOfLabels(row.labels);
  const reads = type ? propsRead(info, type) : null;
  return reads && reads.every((p) => sent.includes(p)) ? row : ctx.loaders.entity.load(row.id);
}

/** wholeRow of each row of a list; the list itself when every row answers as it is. */
export function wholeRows(ctx: GraphQLContext, rows: EntityRow[], info: GraphQLResolveInfo): EntityRow[] | Promise<(EntityRow | null)[]> {
  const each = rows.map((r) => wholeRow(ctx, r, info));
  return each.some((x) => x instanceof Promise) ? Promise.all(each) : (each as EntityRow[]);
}
