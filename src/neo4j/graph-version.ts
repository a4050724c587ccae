import { cypher } from "./cypher-files.js";
import type { Neo4jGateway, RoundTripCounter } from "./gateway.js";

const GRAPH_VERSION = cypher("queries/graph-version");

/** The graph's write version: every write that changes the graph moves it on (dataset/load.ts). */
export async function readGraphVersion(gateway: Neo4jGateway, counter?: RoundTripCounter): Promise<string> {
  const [row] = await gateway.read(GRAPH_VERSION, {}, counter);
  return String(row!.version);
}

/**
 * Answers derived from the graph, kept by the write version they were derived at. A lookup names
 * the version the caller has just read from the database, so an entry derived before any write,
 * by this process or another instance, is never served: the cache changes speed, never answers.
 * Bounded: the least recently used entry goes first.
 */
export class GraphVersionCache<V> {
  private readonly entries = new Map<string, { version: string; value: Promise<V> }>();
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries = 256) {}

  /** The version each key's entry (kept or being derived) is of, for these keys or all. */
  versions(keys: Iterable<string> = this.entries.keys()): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const found = this.entries.get(key);
      if (found) out[key] = found.version;
    }
    return out;
  }

  /** The value for the key at this version, derived (once, however many ask at the same time) when missing. */
  get(key: string, version: string, derive: () => Promise<V>): Promise<V> {
    const found = this.entries.get(key);
    if (found && found.version === version) {
      this.hits++;
      // Re-inserted: Map order is recency order.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    this.misses++;
    const value = derive();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    // A failed derivation is not kept: the next caller tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
