import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { DocumentResolver } from "./documents/document.resolver.js";

let built: GraphQLSchema | undefined;

/**
 * Builds the schema once per process. Every decorated field names its type explicitly, so the
 * schema is the same whether the code runs under tsx, vitest or tsc: none relies on decorator metadata.
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers: [DocumentResolver],
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
