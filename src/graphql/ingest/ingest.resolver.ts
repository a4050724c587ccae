import { GraphQLError } from "graphql";
import { Arg, Ctx, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { dataFileSchema } from "../../dataset/format.js";
import { ParseBudgetExceeded, parseYamlWithin } from "../../dataset/parse-within.js";
import { formatSummary, loadBatch, ReplaceRefused, totals } from "../../dataset/load.js";
import { curatedFiles, DataFileError, ingestedFile, readBatch } from "../../dataset/read.js";
import { draftYaml } from "../../ingest/draft.js";
import { readDraft } from "../../dataset/draft-files.js";
import { extract, fullyInterpreted } from "../../ingest/extract.js";
import { KnownEntities } from "../../ingest/known.js";
import { isPdf, pdfToText } from "../../ingest/pdf.js";
import { slug } from "../../ingest/names.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { int } from "../../neo4j/convert.js";
import type { GraphQLContext } from "../context.js";
import { validateArgs } from "../common/validate.js";
import { badInput, CODES } from "../errors.js";

const AUDIT_LOG = cypher("queries/audit-log");

@ObjectType({ description: "A span of the document the extractor could not interpret: reported, never dropped or guessed." })
export class UnresolvedSpan {
  @Field(() => String, { description: "The section it was found in, e.g. APOLOGIES:." }) section!: string;
  @Field(() => Int, { description: "Offset of its first character in the text." }) start!: number;
  @Field(() => Int, { description: "Offset just past its last character." }) end!: number;
  @Field(() => String, { description: "The text." }) text!: string;
  @Field(() => String, { description: "Why it was not interpreted." }) why!: string;
}

@ObjectType({ description: "What the extractor did with one section of a document." })
export class ExtractionSection {
  @Field(() => String, { description: "metadata, attendance, agenda items, decisions or actions." }) section!: string;
  @Field(() => Int, { description: "Facts found." }) found!: number;
  @Field(() => Int, { description: "Of those, facts below the confidence threshold, marked for review." }) toReview!: number;
  @Field(() => [UnresolvedSpan], { description: "Text of this section it could not interpret, with offsets and why." }) skipped!: UnresolvedSpan[];
  @Field(() => String, { nullable: true, description: "Why the section found nothing, when it did not." }) note!: string | null;
}

@ObjectType({ description: "A fact the extractor was unsure of: kept in the draft and listed for review." })
export class ReviewItem {
  @Field(() => String, { description: "The fact: an entity id, or '<person> <status> at <meeting>' for attendance." }) fact!: string;
  @Field(() => Float, { description: "The extractor's confidence, 0 to 1." }) confidence!: number;
  @Field(() => String, { description: "The rule that found it." }) why!: string;
}

@ObjectType({ description: "What the extractor found in a document: a draft to review before committing." })
export class ExtractionDraft {
  @Field(() => String, { description: "The draft data file (YAML, the format of data/*.yaml), with a quote for every fact." }) draft!: string;
  @Field(() => String, { description: "The document's text the quotes refer to (for a PDF, the extracted text; pages separated by form feeds)." })
  sourceText!: string;
  @Field(() => Int, { description: "Meetings found." }) meetings!: number;
  @Field(() => Int, { description: "People not already in the graph." }) newPeople!: number;
  @Field(() => Int, { description: "Attendance records." }) attendance!: number;
  @Field(() => Int, { description: "Agenda items." }) agendaItems!: number;
  @Field(() => Int, { description: "Resolutions." }) resolutions!: number;
  @Field(() => Int, { description: "Actions." }) actions!: number;
  @Field(() => [UnresolvedSpan], { description: "Text it could not interpret." }) unresolved!: UnresolvedSpan[];
  @Field(() => [ExtractionSection], { description: "Per section: found, to review, skipped (with offsets), and why a section found nothing." })
  sections!: ExtractionSection[];
  @Field(() => [ReviewItem], { description: "Facts below the confidence threshold, kept in the draft for a reviewer to check." }) review!: ReviewItem[];
  @Field(() => [ReviewItem], { description: "Every fact's confidence and the rule that found it." }) confidence!: ReviewItem[];
  @Field(() => Boolean, { description: "True only when a meeting was found, no attendance entry or numbered line was left unread and no fact needs review." })
  fullyInterpreted!: boolean;
}

@ObjectType({ description: "The outcome of committing a reviewed draft." })
export class CommitResult {
  @Field(() => String, { description: "Id of the document committed." }) documentId!: string;
  @Field(() => String, { description: "What changed, by label and relationship type: created, updated, unchanged, deleted." }) summary!: string;
  @Field(() => Int, { description: "Entities and relationships created or updated (0 when the draft was already loaded)." }) changed!: number;
  @Field(() => Int, { description: "Entities and relationships that were (or, in a dry run, would be) deleted." }) deleted!: number;
  @Field(() => Boolean, { description: "True when nothing was written." }) dryRun!: boolean;
  @Field(() => Int, { description: "The document's version after the write (what a dry run would make it)." }) version!: number;
  @Field(() => Boolean, { description: "Whether the document was in the graph before: a replacement." }) replaces!: boolean;
  @Field(() => String, { description: "When the write was recorded; for a dry run, when it was evaluated (nothing is recorded)." }) recordedAt!: string;
}

@ObjectType({ description: "One recorded write: who, when, which document." })
export class AuditEntry {
  @Field(() => String, { description: "When (ISO 8601)." }) at!: string;
  @Field(() => String, { description: "The API key's name." }) who!: string;
  @Field(() => String, { description: "The key's role." }) role!: string;
  @Field(() => String, { description: "What was done, e.g. commitDraft." }) action!: string;
  @Field(() => String, { description: "The document written." }) document!: string;
  @Field(() => String, { description: "What changed." }) summary!: string;
}

function requireEditor(ctx: GraphQLContext): { name: string; role: string } {
  if (!ctx.caller)
    throw new GraphQLError("Writing needs an API key with the editor role: send Authorization: Bearer <key>.", { extensions: { code: CODES.UNAUTHENTICATED } });
  if (ctx.caller.role !== "editor")
    throw new GraphQLError(`The key "${ctx.caller.name}" has the ${ctx.caller.role} role; writing needs editor.`, { extensions: { code: CODES.FORBIDDEN } });
  return ctx.caller;
}

/** How long a draft may take to parse; ordinary drafts of long minutes parse in milliseconds. */
const DRAFT_PARSE_BUDGET_MS = 2000;

const fileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,120}$/, "must be a plain file name such as minutes-2025-01-20.txt");

@Resolver()
export class IngestResolver {
  @Mutation(() => ExtractionDraft, {
    description:
      "Reads a new document (text, or a PDF as base64) and returns a draft of the facts it states, each with its quote, for review. Needs an editor API key. Nothing is written.",
  })
  async extractDocument(
    @Arg("fileName", () => String, { description: "The document's file name; names the draft's document id and its text file." }) fileNameArg: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("text", () => String, { nullable: true, description: "The document as text." }) text?: string | null,
    @Arg("pdfBase64", () => String, { nullable: true, description: "The document as a PDF, base64-encoded." }) pdfBase64?: string | null,
  ): Promise<ExtractionDraft> {
    requireEditor(ctx);
    const a = validateArgs(z.object({ fileName, text: z.string().max(5_000_000).nullish(), pdfBase64: z.string().max(20_000_000).nullish() }), {
      fileName: fileNameArg,
      text,
      pdfBase64,
    });
    if (!a.text === !a.pdfBase64) throw badInput("Invalid argument text: give either text or pdfBase64", "text");
    let source = a.text ?? "";
    if (a.pdfBase64) {
      const bytes = new Uint8Array(Buffer.from(a.pdfBase64, "base64"));
      if (!isPdf(bytes)) throw badInput("Invalid argument pdfBase64: not a PDF", "pdfBase64");
      source = await pdfToText(bytes);
    }
    const file = `${slug(a.fileName.replace(/\.[a-z]+$/i, ""))}.txt`;
    const ex = extract(source, { file, known: KnownEntities.fromBatch(readBatch(curatedFiles())) });
    return {
      draft: draftYaml(ex),
      sourceText: source,
      ...ex.summary,
      newPeople: ex.summary.people,
      unresolved: ex.unresolved,
      sections: ex.sections,
      review: ex.review,
      confidence: ex.confidence,
      fullyInterpreted: fullyInterpreted(ex),
    };
  }

  @Mutation(() => CommitResult, {
    description:
      "Loads a reviewed draft through the same validated, atomic, idempotent path as the curated data, and records who wrote it. Needs an editor API key. A draft for a document already in the graph that would change it is refused unless replace is true and expectedVersion is the document's current version; dryRun reports what would change (deletions included) and writes nothing.",
  })
  async commitDraft(
    @Arg("draft", () => String, { description: "The reviewed draft (YAML), as extractDocument returned it or edited." }) draft: string,
    @Arg("sourceText", () => String, { description: "The document's text the quotes refer to." }) sourceText: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("replace", () => Boolean, { defaultValue: false, description: "Replace a document already in the graph (with expectedVersion)." }) replace: boolean,
    @Arg("expectedVersion", () => Int, {
      nullable: true,
      description: "The version of the document being replaced, as a dry run or SourceDocument.version gave it.",
    })
    expectedVersion: number | null,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Validate and report what would change, write nothing." }) dryRun: boolean,
  ): Promise<CommitResult> {
    const caller = requireEditor(ctx);
    // Parsed off the event loop with a time budget: one junk draft must not stall every other request.
    let parsed: unknown;
    try {
      const r = await parseYamlWithin(draft, DRAFT_PARSE_BUDGET_MS);
      if ("error" in r) throw badInput(`Invalid argument draft: not YAML (${r.line ? `line ${r.line}: ` : ""}${r.error})`, "draft");
      parsed = r.value;
    } catch (err) {
      if (err instanceof ParseBudgetExceeded) throw badInput(`Invalid argument draft: ${err.message}`, "draft");
      throw err;
    }
    const shape = dataFileSchema.safeParse(parsed);
    if (!shape.success) throw badInput(`Invalid argument draft: ${shape.error.issues[0]!.path.join(".")}: ${shape.error.issues[0]!.message}`, "draft");
    const docId = shape.data.document.id;
    // Checked by the same reader as the curated data; what is kept is kept in the graph, with the
    // version the write makes: no API instance holds anything another cannot see.
    let summary;
    try {
      const batch = readDraft(draft, shape.data.document.file, sourceText, ingestedFile(docId, shape.data.document.file));
      const audit = { who: caller.name, role: caller.role, action: replace ? "commitDraft (replace)" : "commitDraft" };
      summary = await loadBatch(ctx.gateway, batch, { dryRun, origin: "ingested", guard: { replace, expectedVersion: expectedVersion ?? null }, audit });
    } catch (err) {
      if (err instanceof DataFileError) throw badInput(`Invalid argument draft: ${err.message}`, "draft");
      if (err instanceof ReplaceRefused) {
        throw new GraphQLError(err.message, {
          extensions: { code: CODES.CONFLICT, document: err.document, currentVersion: err.currentVersion, origin: err.origin, http: { status: 409 } },
        });
      }
      throw err;
    }
    const sum = totals(summary);
    const changed = sum.created + sum.updated + sum.deleted;
    const deleted = sum.deleted;
    const v = summary.versions[docId]!;
    return {
      documentId: docId,
      summary: formatSummary(summary),
      changed,
      deleted,
      dryRun,
      version: v.version,
      replaces: v.existed,
      // A dry run writes no audit entry: it says when it was run.
      recordedAt: dryRun ? new Date().toISOString() : String(summary.recordedAt),
    };
  }

  @Query(() => [AuditEntry], { description: "The most recent writes, newest first: who, when, which document. Needs an editor API key." })
  async auditLog(@Ctx() ctx: GraphQLContext, @Arg("first", () => Int, { defaultValue: 20, description: "How many, 1 to 100." }) first: number) {
    requireEditor(ctx);
    const a = validateArgs(z.object({ first: z.number().int().min(1).max(100) }), { first });
    return ctx.gateway.read(AUDIT_LOG, { limit: int(a.first) }, ctx.roundTrips);
  }
}
