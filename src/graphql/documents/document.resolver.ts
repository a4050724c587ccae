import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { SourceDocument } from "./document.type.js";

@Resolver(() => SourceDocument)
export class DocumentResolver {
  @Query(() => SourceDocument, { nullable: true, description: "A source document by id; null when no document has that id." })
  async document(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SourceDocument | null> {
    const row = await ctx.loaders.entity.load(id);
    if (!row || !(row.labels as string[]).includes("SourceDocument")) return null;
    return row as unknown as SourceDocument;
  }
}
