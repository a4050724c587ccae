import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A public document the graph's facts are taken from: minutes, key decisions, a report, terms of reference, notes." })
export class SourceDocument {
  @Field(() => ID, { description: "Stable id, e.g. doc:lsc-icp-2024." })
  id!: string;

  @Field(() => String, { description: "Title as the document gives it, or a descriptive title where it has none." })
  title!: string;

  @Field(() => String, { nullable: true, description: "The body that issued the document, as written." })
  issuingBody!: string | null;

  @Field(() => String, { nullable: true, description: "The document's date (ISO 8601), where it states one." })
  date!: string | null;

  @Field(() => String, { description: "minutes, key-decisions, report, terms-of-reference, notes or compilation." })
  kind!: string;

  @Field(() => String, { description: "Path of the document's text inside the project, under data/." })
  file!: string;
}
