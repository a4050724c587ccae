import { registerEnumType } from "type-graphql";

/** Kinds of entity, as clients name them; each maps to one Neo4j label. */
export enum EntityType {
  ORGANISATION = "Organisation",
  PERSON = "Person",
  PARTNERSHIP = "Partnership",
  BODY = "Body",
  MEETING = "Meeting",
  AGENDA_ITEM = "AgendaItem",
  RESOLUTION = "Resolution",
  ACTION = "Action",
  PRIORITY = "Priority",
  STRATEGY = "Strategy",
  SECTOR = "Sector",
  PLACE = "Place",
  DOCUMENT = "SourceDocument",
  TERMS_OF_REFERENCE = "TermsOfReference",
  SEAT = "Seat",
  RULE = "Rule",
}

registerEnumType(EntityType, { name: "EntityType", description: "The kinds of entity in the graph." });

export const ENTITY_LABELS: readonly string[] = Object.values(EntityType);

/** The GraphQL type of an entity row, from its labels. */
export function typeOfLabels(labels: readonly string[]): string | undefined {
  return labels.find((l) => ENTITY_LABELS.includes(l));
}
