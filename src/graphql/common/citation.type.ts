import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The passage of a source document that states a fact: which document, the verbatim quote, and where it stands." })
export class Citation {
  @Field(() => String, { description: "Id of the source document." })
  documentId!: string;

  @Field(() => String, { description: "The quote exactly as it stands in the document's text (line breaks included)." })
  quote!: string;

  @Field(() => Int, { description: "Offset of the quote's first character in the document's text (0-based, UTF-16 code units)." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the quote's last character: text.slice(start, end) is the quote." })
  end!: number;
}

export { citationsOf } from "../../neo4j/rows.js";
