import neo4j, { isDate, isDateTime, isLocalDateTime, isNode, isRelationship } from "neo4j-driver";

/**
 * Converts driver values to plain JSON-friendly values. This is the only place driver types are
 * handled: everything above the gateway sees numbers, strings, arrays and plain objects.
 * Whole numbers already arrive as JS numbers (createDriver sets disableLosslessIntegers).
 */
export function toPlain(value: unknown): unknown {
  // Most values are strings, numbers and booleans: return them before the driver's type tests,
  // which probe each object for hidden marker properties and were a tenth of a nested query's CPU.
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k in value) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value)) return { ...(toPlain(value.properties) as object), _labels: value.labels };
  if (isRelationship(value)) return { ...(toPlain(value.properties) as object), _type: value.type };
  return value;
}

/** Whole numbers for SKIP/LIMIT must reach Cypher as Neo4j integers, not floats. */
export const int = (n: number) => neo4j.int(n);
