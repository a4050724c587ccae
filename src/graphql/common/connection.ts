import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { badInput } from "../errors.js";

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows." }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: "Always false: pages are read forwards with first/after." })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first edge of this page." }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge of this page; pass as after for the next page." }) endCursor!: string | null;
}

export const MAX_PAGE = 100;

/** first: required, 1..100; after: an opaque cursor from an earlier page. */
export const pageArgs = {
  first: z.number().int("must be a whole number").min(1, "must be at least 1").max(MAX_PAGE, `must be at most ${MAX_PAGE}`),
  after: z.string().min(1).nullish(),
};

/**
 * Cursors hold the sort value and id of the last row seen (keyset pagination), never an offset:
 * rows added between two page requests cannot shift the next page.
 */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): { afterKey: string | null; afterId: string | null } {
  if (!cursor) return { afterKey: null, afterId: null };
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string") return { afterKey: v[0], afterId: v[1] };
  } catch {
    // fall through to the error below
  }
  throw badInput("Invalid argument after: not a cursor this API returned", "after");
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds a connection from one query's result: rows fetched with LIMIT first + 1, each with its sort
 * key and the id that breaks ties (an entity's id, or a relationship's key for nodes that are not entities).
 */
export function toConnection<T>(rows: { key: string; id: string; node: T }[], first: number, totalCount: number): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({ cursor: encodeCursor(r.key, r.id), node: r.node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** A Relay connection type for nodes of one class: <Name>Connection with <Name>Edge. */
export function Connection<T extends object>(nodeClass: ClassType<T>, name: string, node = "The entity at this position.") {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name} connection.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor; pass as after to read the next page." })
    cursor!: string;
    @Field(() => nodeClass, { description: node }) node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: "The nodes of this page, each with its cursor." }) edges!: Edge[];
    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursors to read them." }) pageInfo!: PageInfo;
    @Field(() => Int, { description: "How many nodes match the filters, across all pages." })
    totalCount!: number;
  }
  return ConnectionClass;
}
