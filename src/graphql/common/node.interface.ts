import { Field, ID, InterfaceType } from "type-graphql";
import { Citation } from "./citation.type.js";
import { EntityType, typeOfLabels } from "./entity-type.js";
import { Prop } from "./prop.js";
import type { EntityRow } from "../../neo4j/rows.js";

@InterfaceType({
  description:
    "Anything with a stable id, as in the Relay convention: organisations, people, meetings, documents and every other entity. Every entity also has a display label, its kind and its sources, so any result can be shown without fragments.",
  resolveType: (value: EntityRow) => typeOfLabels(value.labels),
})
export abstract class Node {
  @Prop(() => ID, { description: "Stable, readable id such as person:alistair-bradley or partnership:lsc-icp." })
  id!: string;

  // Resolved once for every entity type by NodeFieldsResolver (node.resolver.ts).
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
  @Field(() => String, {
    description: "A display name: the name or title; for a seat its position and organisation; for a decision, action or rule the start of its text.",
  })
  label!: string;
  // Not `kind`: several entity types already have a `kind` field of their own (an organisation's council, icb…).
  @Field(() => EntityType, { description: "Which kind of entity this is (Organisation, Person, Meeting…): __typename as an enum, for filters and legends." })
  entityType!: EntityType;
}
