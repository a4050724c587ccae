import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { CITATION_PROPS } from "../relationships/wrappers.js";
import { Citation, citationsOf } from "./citation.type.js";
import { EntityType, typeOfLabels } from "./entity-type.js";
import { Node } from "./node.interface.js";
import { Reads } from "./prop.js";
import type { EntityRow } from "../../neo4j/rows.js";

const LABEL_LENGTH = 120;

/** What a label reads: the first of these a row has, by kind (see labelOf). */
const LABEL_PROPS = ["name", "title", "text", "position", "organisationText"];

/** A display name for any entity: its name or title; a seat's position and organisation; the start of a decision's text. */
export function labelOf(row: EntityRow): string {
  if (typeof row.name === "string") return row.name;
  if (typeof row.title === "string") return row.title;
  if (typeof row.position === "string") return [row.position, row.organisationText].filter(Boolean).join(", ");
  if (typeof row.text === "string") return row.text.length > LABEL_LENGTH ? `${row.text.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : row.text;
  return row.id;
}

/** The fields every entity has (declared and described on Node), resolved once here: implementing types inherit them. */
@Resolver(() => Node)
export class NodeFieldsResolver {
  @Reads(...CITATION_PROPS)
  @FieldResolver(() => [Citation])
  sources(@Root() row: EntityRow) {
    return citationsOf(row);
  }

  @Reads(...LABEL_PROPS)
  @FieldResolver(() => String)
  label(@Root() row: EntityRow) {
    return labelOf(row);
  }

  @Reads()
  @FieldResolver(() => EntityType)
  entityType(@Root() row: EntityRow) {
    return typeOfLabels(row.labels);
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any entity by id (Relay's node field); null when none has that id." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entity.load(id);
  }
}
