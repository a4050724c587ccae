import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Organisation, Place, Seat, Sector } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { entityRoots } from "../common/roots.js";
import type { EntityRow } from "../../neo4j/rows.js";
import { BY_ORDINAL, byName, into, nodes, out } from "../relationships/declare.js";
import { load } from "../relationships/resolve.js";
import { relationshipResolver } from "../relationships/resolver-class.js";

export const PlaceRoots = entityRoots(Place, "Place", { name: "place", description: "A place by id; null when none has that id." });

export const PlaceRelationships = relationshipResolver(Place, {
  partOf: nodes(() => Place, out("PART_OF", "Place"), "Wider places it is part of."),
  contains: nodes(() => Place, into("PART_OF", "Place"), "Places within it."),
  coveredBy: nodes(() => Node, into("COVERS"), "Partnerships, bodies, meetings and workstreams that cover it."),
});

export const SectorRoots = entityRoots(Sector, "Sector", { name: "sector", description: "A sector by id; null when none has that id." });

export const SectorRelationships = relationshipResolver(Sector, {
  seats: nodes(() => Seat, into("SEAT_SECTOR"), "Terms-of-reference seats for this sector.", { order: BY_ORDINAL }),
  partnerOf: nodes(() => Node, out("MEMBER_OF"), "Bodies this sector is a core partner of (e.g. the Lancashire Place workshops)."),
});

/** Two hops from the sector (through its seats), so not a declared hop. */
@Resolver(() => Sector)
export class SectorResolver {
  @FieldResolver(() => [Organisation], { description: "Organisations named by this sector's seats." })
  async organisations(@Root() s: EntityRow, @Ctx() ctx: GraphQLContext) {
    const seats = await load(ctx, s, into("SEAT_SECTOR"));
    const orgs = (await Promise.all(seats.map((l) => load(ctx, l.node, out("SEAT_ORGANISATION", "Organisation"))))).flat().map((l) => l.node);
    return [...new Map(orgs.map((o) => [o.id, o])).values()].sort(byName);
  }
}
