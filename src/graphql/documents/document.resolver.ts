import { Arg, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { DOCUMENT_KINDS } from "../../dataset/vocabulary.js";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { pageArgs } from "../common/connection.js";
import { Body, Meeting, SourceDocument } from "../common/entity.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import type { EntityRow } from "../../neo4j/rows.js";
import { node, nodes, out } from "../relationships/declare.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { badInput } from "../errors.js";
import { pageAt } from "../../ingest/pdf.js";

@ArgsType()
class DocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: `${DOCUMENT_KINDS.join(", ")}.` }) kind?: string | null;
}

export const DocumentRoots = entityRoots(
  SourceDocument,
  "SourceDocument",
  { name: "document", description: "A source document by id; null when none has that id." },
  {
    name: "documents",
    description: "Source documents, oldest first (undated last), filtered by kind.",
    connection: "Document",
    pageOf: "source documents",
    args: DocumentsArgs,
    schema: z.object({ ...pageArgs, kind: z.enum(DOCUMENT_KINDS).nullish() }),
    query: "documents-page",
  },
);

export const DocumentRelationships = relationshipResolver(SourceDocument, {
  meetings: nodes(() => Meeting, out("RECORDS", "Meeting"), "Meetings the document records."),
  issuedBy: node(() => Body, out("ISSUED_BY", "Body"), "The body that issued it."),
});

@Resolver(() => SourceDocument)
export class DocumentResolver {
  @FieldResolver(() => String, { description: "The full text, or the part from start to end (offsets as in citations)." })
  async text(
    @Root() d: EntityRow,
    @Ctx() ctx: GraphQLContext,
    @Arg("start", () => Int, { nullable: true }) start?: number | null,
    @Arg("end", () => Int, { nullable: true }) end?: number | null,
  ) {
    // The stored text is what every citation's offsets refer to.
    const text = await ctx.loaders.documentText.load(d);
    const s = start ?? 0;
    const e = end ?? text.length;
    if (s < 0 || s > text.length) throw badInput(`Invalid argument start: must be between 0 and ${text.length}`, "start");
    if (e < s || e > text.length) throw badInput(`Invalid argument end: must be between start and ${text.length}`, "end");
    return text.slice(s, e);
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => SourceDocument, { description: "The document quoted: title, issuing body, date, kind." })
  document(@Root() c: Citation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entity.load(c.documentId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "The page the quote starts on, for documents read from PDF (pages are separated by form feeds); null for plain text.",
  })
  async page(@Root() c: Citation, @Ctx() ctx: GraphQLContext) {
    const doc = await ctx.loaders.entity.load(c.documentId);
    if (!doc) return null;
    return pageAt(await ctx.loaders.documentText.load(doc), c.start);
  }
}
