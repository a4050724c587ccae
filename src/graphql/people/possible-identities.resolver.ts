import { Args, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { cypher } from "../../neo4j/cypher-files.js";
import type { EntityRow, RelRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { Connection, pageArgs, toConnection } from "../common/connection.js";
import { readPage } from "../common/lookup.js";
import { PossibleIdentity } from "../common/relation.types.js";
import { PageArgs } from "../common/roots.js";
import { validateArgs } from "../common/validate.js";
import { POSSIBLE_IDENTITY, wrap } from "../relationships/wrappers.js";

const POSSIBLE_IDENTITIES_PAGE = cypher("queries/possible-identities-page");

@ObjectType("PossibleIdentityConnection", { description: "A page of recorded possible identities between people, in the Relay cursor-connection form." })
class PossibleIdentityConnection extends Connection(PossibleIdentity, "PossibleIdentity", "The possible identity at this position, with its evidence.") {}

/**
 * Every POSSIBLY_SAME_AS between two person records, once each, as the data states it. Its nodes
 * are relationships, not entities: the cursor's tie-break is the relationship's key, and each is
 * the PossibleIdentity that Person.possibleIdentities gives, from the first record's side.
 */
@Resolver()
export class PossibleIdentityRoots {
  @Query(() => PossibleIdentityConnection, {
    description:
      "Every recorded possible identity between two person records, with its evidence, by the first record's name (first 1 to 100, after). The records are never merged.",
  })
  async possibleIdentities(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    const a = validateArgs(z.object(pageArgs), args);
    const { total, rows } = await readPage(ctx, POSSIBLE_IDENTITIES_PAGE, a, {});
    const found = rows as { key: string; id: string; person: EntityRow; other: EntityRow; rel: RelRow }[];
    for (const r of found) for (const p of [r.person, r.other]) ctx.loaders.entity.prime(p.id, p);
    return toConnection(
      found.map((r) => ({
        key: r.key,
        id: r.id,
        node: wrap(POSSIBLE_IDENTITY, r.person, { type: "POSSIBLY_SAME_AS", direction: "OUT", rel: r.rel, node: r.other }),
      })),
      a.first,
      total,
    );
  }
}
