import { Field, ID, InterfaceType } from "type-graphql";
import type { EntityRow } from "./rows.js";
import { typeOfLabels } from "./entity-type.js";

@InterfaceType({
  description: "Anything with a stable id, as in the Relay convention: organisations, people, meetings, documents and every other entity.",
  resolveType: (value: EntityRow) => typeOfLabels(value.labels),
})
export abstract class Node {
  @Field(() => ID, { description: "Stable, readable id such as person:alistair-bradley or partnership:lsc-icp." })
  id!: string;
}
