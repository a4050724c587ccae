import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { Connection, pageArgs } from "../common/connection.js";
import { Body, Meeting, SourceDocument } from "../common/entity.types.js";
import { linked, linkedOne, sources } from "../common/fields.js";
import { entityWithLabel, page } from "../common/lookup.js";
import type { EntityRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";
import { badInput } from "../errors.js";
import { pageAt } from "../../ingest/pdf.js";

@ObjectType({ description: "A page of source documents, in the Relay cursor-connection form." })
export class DocumentConnection extends Connection(SourceDocument, "Document") {}

@ArgsType()
class DocumentsArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => String, { nullable: true, description: "minutes, key-decisions, report, terms-of-reference, notes or compilation." }) kind?: string | null;
}
const documentsArgs = z.object({
  ...pageArgs,
  kind: z.enum(["minutes", "key-decisions", "report", "terms-of-reference", "notes", "compilation"]).nullish(),
});


@Resolver(() => SourceDocument)
export class DocumentResolver {
  @Query(() => SourceDocument, { nullable: true, description: "A source document by id; null when none has that id." })
  document(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "SourceDocument", info);
  }

  @Query(() => DocumentConnection, { description: "Source documents, oldest first (undated last), filtered by kind." })
  documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const a = validateArgs(documentsArgs, args);
    return page(ctx, "queries/documents-page", a, { kind: a.kind ?? null }, info);
  }

  @FieldResolver(() => [Citation], { description: "The passage that identifies the document (its heading)." })
  sources(@Root() d: EntityRow) {
    return sources(d);
  }

  @FieldResolver(() => String, { description: "The full text, or the part from start to end (offsets as in citations)." })
  async text(
    @Root() d: EntityRow,
    @Ctx() ctx: GraphQLContext,
    @Arg("start", () => Int, { nullable: true }) start?: number | null,
    @Arg("end", () => Int, { nullable: true }) end?: number | null,
  ) {
    // The stored text is what every citation's offsets refer to.
    const text = await ctx.loaders.documentText.load(String(d.file));
    const s = start ?? 0;
    const e = end ?? text.length;
    if (s < 0 || s > text.length) throw badInput(`Invalid argument start: must be between 0 and ${text.length}`, "start");
    if (e < s || e > text.length) throw badInput(`Invalid argument end: must be between start and ${text.length}`, "end");
    return text.slice(s, e);
  }

  @FieldResolver(() => [Meeting], { description: "Meetings the document records." })
  meetings(@Root() d: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, d, "OUT", "RECORDS", "Meeting");
  }

  @FieldResolver(() => Body, { nullable: true, description: "The body that issued it." })
  issuedBy(@Root() d: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, d, "OUT", "ISSUED_BY", "Body");
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => SourceDocument, { description: "The document quoted: title, issuing body, date, kind." })
  document(@Root() c: Citation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entity.load(c.documentId);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The page the quote starts on, for documents read from PDF (pages are separated by form feeds); null for plain text." })
  async page(@Root() c: Citation, @Ctx() ctx: GraphQLContext) {
    const doc = await ctx.loaders.entity.load(c.documentId);
    if (!doc) return null;
    return pageAt(await ctx.loaders.documentText.load(String(doc.file)), c.start);
  }
}
