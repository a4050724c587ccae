import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { Node } from "./node.interface.js";
import { Affiliation } from "./relation.types.js";
import { wholeRow } from "./whole-row.js";

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Node, { description: "The organisation (or partnership) named." })
  organisation(@Root() a: { organisation: EntityRow }, @Ctx() ctx: GraphQLContext) {
    // A membership report's evidence names the organisation in part (whole-row.ts).
    return wholeRow(ctx, a.organisation);
  }
}
