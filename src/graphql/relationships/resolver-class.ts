import { Ctx, Extensions, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphQLContext } from "../context.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLClass, RelationshipField } from "./declare.js";
import { resolveRelationship } from "./resolve.js";

/** Where the planner finds a field's declaration: the `relationship` extension of the schema's field. */
export const RELATIONSHIP_EXTENSION = "relationship";

/**
 * The type-graphql resolver of an entity type's relationship fields, built from their
 * declarations: one field resolver each, with the declaration kept in the field's extensions so
 * the prefetch planner reads the same fact from the built schema.
 */
export function relationshipResolver(type: GraphQLClass, fields: Record<string, RelationshipField>): ClassType {
  const resolver = { [`${type.name}Relationships`]: class {} }[`${type.name}Relationships`]!;
  for (const [name, field] of Object.entries(fields)) {
    // A field with a statement of its own names its prefetch fragment: it must exist before the server starts.
    if (field.kind === "query") cypher(`prefetch/${field.fragment}`);
    const method = function (this: unknown, row: EntityRow, ctx: GraphQLContext) {
      return resolveRelationship(field, row, ctx);
    };
    Object.defineProperty(resolver.prototype, name, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(resolver.prototype, name)!;
    const returns = (field.kind === "nodes" && field.one ? field.returns : () => [field.returns()]) as () => ClassType;
    Extensions({ [RELATIONSHIP_EXTENSION]: field })(resolver.prototype, name, descriptor);
    FieldResolver(returns, { name, description: field.description, nullable: field.kind === "nodes" && field.one ? true : undefined })(
      resolver.prototype,
      name,
      descriptor,
    );
    Root()(resolver.prototype, name, 0);
    Ctx()(resolver.prototype, name, 1);
  }
  Resolver(() => type)(resolver);
  return resolver;
}
