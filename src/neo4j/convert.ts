import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from "neo4j-driver";

/**
 * Converts driver values to plain JSON-friendly values. This is the only place driver types are
 * handled: everything above the gateway sees numbers, strings, arrays and plain objects.
 * Integers beyond 2^53 cannot occur in this graph (ids are strings; counts are small).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value)) return { ...(toPlain(value.properties) as object), _labels: value.labels };
  if (isRelationship(value)) return { ...(toPlain(value.properties) as object), _type: value.type };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** Whole numbers for SKIP/LIMIT must reach Cypher as Neo4j integers, not floats. */
export const int = (n: number) => neo4j.int(n);
