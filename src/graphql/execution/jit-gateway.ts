import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { execute, GraphQLError, printSchema, type GraphQLSchema } from "graphql";
import { isCompiledQuery } from "graphql-jit";
import { CompiledQueries } from "./compiled-queries.js";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
export type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

/**
 * Apollo Server's one hook for running operations with an executor of our choosing: a "gateway"
 * that hands Apollo the schema and an executor. Everything before execution (parsing, validation,
 * the query-limit plugin's didResolveOperation, the context) and after it (formatError, the
 * round-trip, bookmark and metrics plugins' willSendResponse) stays Apollo's, unchanged.
 */
export function executorGateway(schema: GraphQLSchema, executor: Executor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      // The schema never changes while the process runs: announced once, nothing to unsubscribe.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/** What Apollo runs without a gateway: graphql-js's execute. */
export function graphqlJsExecutor(schema: GraphQLSchema): Executor {
  return async ({ request, document, context }) =>
    execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
}

/**
 * Runs operations compiled by graphql-jit, and hands to graphql-js whatever graphql-jit cannot
 * compile, and any request whose variables it refuses, so that those errors are worded by
 * graphql-js exactly as without it (and Apollo still recognises them as BAD_USER_INPUT).
 */
export function jitExecutor(schema: GraphQLSchema, compiled = new CompiledQueries(schema)): Executor {
  return async ({ request, document, queryHash, context }) => {
    const byGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    const query = compiled.get(queryHash, document, request.operationName);
    if (!isCompiledQuery(query)) return byGraphqlJs();
    const result = await query.query(undefined, context, request.variables);
    // No data at all: graphql-jit refused the variables, before any resolver ran, so running the
    // request again through graphql-js repeats no work and gives graphql-js's own errors.
    if (result.data === undefined) return byGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
}

/**
 * graphql-jit's errors inherit GraphQLError's prototype but not its shape: no `extensions` object
 * when the cause had none (Apollo reads `extensions.code` off every error) and locations without the
 * AST nodes graphql-js derives them from. Rebuilt as graphql-js builds them, from the same parts.
 *
 * An error graphql-jit raised itself (a null in a non-null field, a leaf that would not serialise)
 * has no cause; graphql-js reports the first of these with a plain Error as cause, which our
 * formatError logs and masks as an internal error. Giving every such error a plain cause masks them
 * all alike: they are bugs of ours, never the client's to read.
 */
export function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const cause = error.originalError ?? new Error(error.message);
  // graphql-js takes the extensions of the cause, as graphql-jit did.
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: cause });
  if (error.locations) Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: true, writable: true, configurable: true });
  return rebuilt;
}
