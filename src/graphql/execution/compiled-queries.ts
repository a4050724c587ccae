import { compileQuery, type CompiledQuery } from "graphql-jit";
import type { DocumentNode, ExecutionResult, GraphQLSchema } from "graphql";

/** What compiling one operation gave: a compiled query, or the errors graphql-jit refused it with. */
export type Compiled = CompiledQuery | ExecutionResult;

/**
 * The operations graphql-jit has compiled, most recently used last, at most `capacity` of them.
 *
 * Compiling costs a few milliseconds (graphql-jit writes and evaluates a function per operation),
 * so it pays only for an operation sent again: clients send the same few documents with new
 * variables. Bounded, because a client that inlines its values sends a new document each time.
 * Keyed by the document text's hash and the operation name: the text fixes the compiled code;
 * which operation of a document runs depends on the name.
 */
export class CompiledQueries {
  private readonly entries = new Map<string, Compiled>();

  constructor(
    private readonly schema: GraphQLSchema,
    readonly capacity = 1000,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`CompiledQueries: capacity must be a whole number above 0; got ${capacity}`);
  }

  /** The compiled form of `operationName` in the document whose text hashes to `queryHash`, compiled on first use. */
  get(queryHash: string, document: DocumentNode, operationName: string | undefined): Compiled {
    const key = `${operationName ?? ""}\n${queryHash}`;
    let found = this.entries.get(key);
    if (found) {
      // Re-inserted, so the Map's insertion order is the order of last use.
      this.entries.delete(key);
    } else {
      found = compileQuery(this.schema, document, operationName);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, found);
    return found;
  }

  get size(): number {
    return this.entries.size;
  }
}
