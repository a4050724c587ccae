import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { z } from "zod";
import type { Difference, Held } from "../../membership/compare-terms.js";
import { termsComparison } from "../../membership/service.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { TERMS_ID } from "../common/ids.js";
import { validateArgs } from "../common/validate.js";
import { badInput } from "../errors.js";
import { RULE_IN_TERMS, SEAT_IN_TERMS, wrap, type Wrapper } from "../relationships/wrappers.js";
import { TermsComparison } from "./terms-comparison.types.js";

@Resolver()
export class TermsComparisonResolver {
  @Query(() => TermsComparison, {
    description:
      "How version b of terms of reference differs from version a: seats and rules added, removed, changed or undetermined, each as both versions hold it, with the quotes of each. A seat or rule is the same in both when both versions hold the same entity; otherwise distinct seats naming the same sector and organisation (the linked entities, else the terms' wording) are paired, and distinct rules of the same kind and order (quorum clause 3 with quorum clause 3). A change in the number of like seats shows as seats added or removed.",
  })
  async compareTerms(
    @Arg("a", () => ID, { description: "Id of the version to compare from, e.g. tor:lsc-icp-2023." }) aId: string,
    @Arg("b", () => ID, { description: "Id of the version to compare to, e.g. tor:lsc-icp-2024." }) bId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const args = validateArgs(z.object({ a: TERMS_ID, b: TERMS_ID }), { a: aId, b: bId });
    if (args.a === args.b) throw badInput("Invalid argument b: must differ from a", "b");
    const found = await termsComparison(ctx, args.a, args.b);
    if ("unknown" in found) throw badInput(`Invalid argument ${found.unknown}: no terms of reference has id ${args[found.unknown]}`, found.unknown);
    // Each side as that version holds it: the same wrappers TermsOfReference.seats answers with.
    const side = (wrapper: Wrapper, terms: EntityRow, type: string) => (held: Held | null) =>
      held && wrap(wrapper, terms, { type, direction: "OUT", rel: held.rel, node: held.node });
    const shape = (wrapper: Wrapper, type: string) => (d: Difference) => ({
      ...d,
      a: side(wrapper, found.a, type)(d.a),
      b: side(wrapper, found.b, type)(d.b),
    });
    return {
      a: found.a,
      b: found.b,
      seats: found.seats.differences.map(shape(SEAT_IN_TERMS, "HAS_SEAT")),
      rules: found.rules.differences.map(shape(RULE_IN_TERMS, "HAS_RULE")),
      unchangedSeats: found.seats.unchanged,
      unchangedRules: found.rules.unchanged,
    };
  }
}
