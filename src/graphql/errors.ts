import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { ConstraintViolationError, DatabaseUnavailableError, InvalidBookmarkError } from "../neo4j/errors.js";
import { StatementBudgetExceeded } from "../neo4j/gateway.js";
import type { Logger } from "../logger.js";

/** Codes a client may see, besides the ones GraphQL and Apollo set themselves. */
export const CODES = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: CODES.BAD_USER_INPUT, argument } });
}

const CLIENT_MISTAKES = [
  /^provided sha does not match query$/i,
  /^Too many errors processing variables/i,
  /^PersistedQueryNotSupported$/,
  /^Unsupported persisted query version$/i,
];

/**
 * Errors we raised on purpose (GraphQLError with a code) go to the client as they are. Database
 * outages and constraint violations get their own codes. Anything else is a bug: logged whole
 * here, and the client sees only that something went wrong, never the message or stack.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DatabaseUnavailableError) {
      logger.warn("database unavailable", { error: original.message });
      return { ...formatted, message: "The database is unavailable; try again shortly.", extensions: { code: CODES.DATABASE_UNAVAILABLE } };
    }
    if (original instanceof StatementBudgetExceeded) {
      return { ...formatted, message: original.message, extensions: { code: CODES.QUERY_TOO_COMPLEX } };
    }
    if (original instanceof InvalidBookmarkError) {
      return { ...formatted, message: original.message, extensions: { code: CODES.BAD_USER_INPUT } };
    }
    if (original instanceof ConstraintViolationError) {
      return { ...formatted, message: original.message, extensions: { code: CODES.CONFLICT } };
    }
    // Apollo reports some client mistakes as server errors: a persisted-query hash that does not
    // match its query, too many variable errors. They are the client's to fix.
    if (CLIENT_MISTAKES.some((re) => re.test(formatted.message))) {
      return { ...formatted, extensions: { ...formatted.extensions, code: CODES.BAD_USER_INPUT } };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (code && code !== CODES.INTERNAL_SERVER_ERROR)) return formatted;
    logger.error("unexpected error", {
      error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
      path: formatted.path,
    });
    return {
      message: "Internal server error",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: CODES.INTERNAL_SERVER_ERROR },
    };
  };
}
