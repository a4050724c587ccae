import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { Affiliation } from "./relation.types.js";
import { wholeRow } from "./whole-row.js";

// A membership report's evidence names the person and the organisation in part (whole-row.ts).
// Type and description are the class field's (relation.types.ts).
@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver()
  person(@Root() a: { person: EntityRow }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRow(ctx, a.person, info);
  }

  @FieldResolver()
  organisation(@Root() a: { organisation: EntityRow }, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return wholeRow(ctx, a.organisation, info);
  }
}
