import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { isReferenced, type RelationshipRef } from "../../membership/context.js";
import { citationsOf, type CitationValue, type EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { Affiliation } from "./relation.types.js";
import { wholeRow } from "./whole-row.js";

// A membership report's evidence names the person and the organisation in part (whole-row.ts),
// and the relationship too (its sources below).
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

  /**
   * A relationship's citations come with it, but for a membership report's evidence: the analyses
   * hold it in part (membership/context.ts), and its citations are fetched here, only where selected.
   */
  @FieldResolver()
  async sources(@Root() a: { sources?: CitationValue[]; ref?: RelationshipRef }, @Ctx() ctx: GraphQLContext): Promise<CitationValue[]> {
    if (a.sources) return a.sources;
    const ref = a.ref!;
    const found = (await ctx.loaders.relationshipsBetween.load(ref)).find((r) => isReferenced(ref, r));
    return found ? citationsOf(found) : [];
  }
}
