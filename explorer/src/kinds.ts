import type { graphql } from "./graphql.js";

/** The schema's EntityType enum, as gql.tada reads it from schema/schema.graphql. */
export type EntityType = ReturnType<typeof graphql.scalar<"EntityType">>;

/** One name and colour per kind of entity: badges, the map's nodes and its legend use these. */
export const KINDS: Record<EntityType, { label: string; plural: string; colour: string }> = {
  PARTNERSHIP: { label: "Partnership", plural: "Partnerships", colour: "#1f6feb" },
  BODY: { label: "Body", plural: "Bodies", colour: "#6f42c1" },
  ORGANISATION: { label: "Organisation", plural: "Organisations", colour: "#0a7d5a" },
  PERSON: { label: "Person", plural: "People", colour: "#d4631a" },
  MEETING: { label: "Meeting", plural: "Meetings", colour: "#b3261e" },
  AGENDA_ITEM: { label: "Agenda item", plural: "Agenda items", colour: "#8a6d00" },
  RESOLUTION: { label: "Decision", plural: "Decisions", colour: "#a1347a" },
  ACTION: { label: "Action", plural: "Actions", colour: "#5b6b00" },
  PRIORITY: { label: "Priority", plural: "Priorities and themes", colour: "#00829b" },
  STRATEGY: { label: "Strategy", plural: "Strategies", colour: "#3d5a99" },
  SECTOR: { label: "Sector", plural: "Sectors", colour: "#7a5230" },
  PLACE: { label: "Place", plural: "Places", colour: "#2e7d32" },
  DOCUMENT: { label: "Document", plural: "Documents", colour: "#57606a" },
  TERMS_OF_REFERENCE: { label: "Terms of reference", plural: "Terms of reference", colour: "#8250df" },
  SEAT: { label: "Seat", plural: "Seats", colour: "#9a6700" },
  RULE: { label: "Rule", plural: "Rules", colour: "#6e7781" },
};

export const KIND_ORDER = Object.keys(KINDS) as EntityType[];

/** Views that make sense for a kind, beside its entity page. */
export function viewsFor(kind: EntityType): { view: string; label: string }[] {
  const v = [{ view: "map", label: "Relationship map" }];
  if (kind === "PRIORITY" || kind === "RESOLUTION" || kind === "STRATEGY" || kind === "TERMS_OF_REFERENCE") v.push({ view: "lineage", label: "Lineage" });
  if (kind === "PARTNERSHIP") v.push({ view: "membership", label: "Membership dashboard" });
  if (kind === "PERSON" || kind === "ORGANISATION" || kind === "PARTNERSHIP" || kind === "BODY" || kind === "PRIORITY")
    v.push({ view: "timeline", label: "Timeline" });
  return v;
}
