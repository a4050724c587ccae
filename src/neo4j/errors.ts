import { Neo4jError } from "neo4j-driver";

/** Neo4j is not reachable (stopped, network, cluster without a leader). */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** A write broke a uniqueness or existence constraint. */
export class ConstraintViolationError extends Error {
  override name = "ConstraintViolationError";
}

/** A client sent bookmarks the database does not know (not from one of its writes' responses). */
export class InvalidBookmarkError extends Error {
  override name = "InvalidBookmarkError";
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** Maps driver errors to the domain errors the API knows how to present; anything else is rethrown as is. */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof Neo4jError) {
    // No connection could be had from the pool in time: the server is down or not answering.
    if (/acquisition timed out/i.test(err.message)) return new DatabaseUnavailableError(`Neo4j is unavailable: ${err.message}`, { cause: err });
    if (UNAVAILABLE.has(err.code)) return new DatabaseUnavailableError(`Neo4j is unavailable: ${err.message}`, { cause: err });
    if (/InvalidBookmark/.test(err.code)) {
      return new InvalidBookmarkError(
        "Invalid header neo4j-bookmarks: the database does not know these bookmarks; send back those a write's response gave (extensions.bookmarks).",
        { cause: err },
      );
    }
    if (err.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new ConstraintViolationError(err.message, { cause: err });
    }
  }
  return err;
}
