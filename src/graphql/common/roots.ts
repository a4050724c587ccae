import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Extensions, Field, ID, Info, Int, ObjectType, Query, Resolver, type ClassType } from "type-graphql";
import type { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { Connection } from "./connection.js";
import { entityWithLabel, page } from "./lookup.js";
import { validateArgs } from "./validate.js";

/** The page arguments every connection root field takes; its filters extend this. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge already read (pageInfo.endCursor)." }) after?: string | null;
}

export interface PageRoot {
  /** The root field's name, e.g. meetings. */
  name: string;
  description: string;
  /** <connection>Connection and <connection>Edge are the types' names. */
  connection: string;
  /** What a page holds, for the connection type's description: "meetings and events". */
  pageOf: string;
  /** The type-graphql arguments: PageArgs and the filters. */
  args: ClassType<PageArgs>;
  /** The same arguments checked: every key but first and after is a filter passed to the query as a parameter. */
  schema: z.ZodObject;
  /** The file of cypher/queries that reads a page. */
  query: string;
}

/** Marks a root look-up by id, with the label it looks for: the `lookup` extension of the Query field (execution/direct.ts). */
export const LOOKUP_EXTENSION = "lookup";

/**
 * The root fields of an entity type: a look-up by id (null for an unknown id or one of another
 * type) and, where there is one, a Relay connection with filters. One factory, so every entity
 * type's roots plan their nested fields, validate and paginate alike.
 */
export function entityRoots(type: ClassType, label: string, lookup: { name: string; description: string }, pageRoot?: PageRoot): ClassType {
  const name = `${label}Roots`;
  const resolver = { [name]: class {} }[name]!;
  define(resolver, lookup.name, function (id: string, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, label, info);
  });
  const descriptor = (key: string) => Object.getOwnPropertyDescriptor(resolver.prototype, key)!;
  Extensions({ [LOOKUP_EXTENSION]: label })(resolver.prototype, lookup.name, descriptor(lookup.name));
  Query(() => type, { name: lookup.name, nullable: true, description: lookup.description })(resolver.prototype, lookup.name, descriptor(lookup.name));
  Arg("id", () => ID)(resolver.prototype, lookup.name, 0);
  Ctx()(resolver.prototype, lookup.name, 1);
  Info()(resolver.prototype, lookup.name, 2);
  if (pageRoot) {
    const connection = { [`${pageRoot.connection}Connection`]: class extends Connection(type, pageRoot.connection) {} }[`${pageRoot.connection}Connection`]!;
    ObjectType(`${pageRoot.connection}Connection`, { description: `A page of ${pageRoot.pageOf}, in the Relay cursor-connection form.` })(connection);
    const filters = Object.keys(pageRoot.schema.shape).filter((k) => k !== "first" && k !== "after");
    // Read when the schema is built: a missing file stops the start, not a request.
    const statement = cypher(`queries/${pageRoot.query}`);
    define(resolver, pageRoot.name, function (args: PageArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) {
      const a = validateArgs(pageRoot.schema, args) as Record<string, unknown> & PageArgs;
      return page(ctx, statement, a, Object.fromEntries(filters.map((f) => [f, a[f] ?? null])), info);
    });
    Query(() => connection, { name: pageRoot.name, description: pageRoot.description })(resolver.prototype, pageRoot.name, descriptor(pageRoot.name));
    Args(() => pageRoot.args)(resolver.prototype, pageRoot.name, 0);
    Ctx()(resolver.prototype, pageRoot.name, 1);
    Info()(resolver.prototype, pageRoot.name, 2);
  }
  Resolver()(resolver);
  return resolver;
}

function define(target: ClassType, key: string, method: (...args: never[]) => unknown): void {
  Object.defineProperty(target.prototype, key, { value: method, writable: true, configurable: true });
}
