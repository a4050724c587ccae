import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { isPartialRow } from "../../membership/context.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { Node } from "./node.interface.js";
import { Affiliation } from "./relation.types.js";

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Node, { description: "The organisation (or partnership) named." })
  organisation(@Root() a: { organisation: EntityRow }, @Ctx() ctx: GraphQLContext) {
    // The membership analyses hold the organisations of stated affiliations in part (id, name,
    // kind: all they read; membership/context.ts), since a partnership's history names hundreds;
    // the few a report returns are loaded whole here. Any other row is whole already.
    return isPartialRow(a.organisation) ? ctx.loaders.entity.load(a.organisation.id) : a.organisation;
  }
}
