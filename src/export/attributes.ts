import type { z } from "zod";
import { dataFileSchema, entitySchema, relationshipSchema } from "../dataset/format.js";

/** A property the graph formats (GraphML, GEXF) declare up front, as their schemas require. */
export interface Attribute {
  name: string;
  type: "string" | "long" | "double" | "boolean";
}

/** Fields of the data format that are not properties of the stored node or relationship. */
const NOT_STORED = new Set(["id", "type", "cite", "from", "to", "key"]);
/** What the loader adds beside the data file's fields (src/dataset/read.ts). */
const DERIVED: Attribute[] = [
  { name: "month", type: "string" },
  { name: "sha256", type: "string" },
  { name: "length", type: "long" },
];

function typeOf(schema: z.ZodType): Attribute["type"] {
  let s = schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } };
  while (s._zod.def.innerType) s = s._zod.def.innerType as unknown as typeof s;
  switch (s._zod.def.type) {
    case "number":
      return "double";
    case "int":
      return "long";
    case "boolean":
      return "boolean";
    default:
      return "string";
  }
}

/** Every field of the given object schemas, once, typed by its first declaration. */
function attributesOf(shapes: Record<string, z.ZodType>[]): Attribute[] {
  const seen = new Map<string, Attribute>();
  for (const shape of shapes) {
    for (const [name, schema] of Object.entries(shape)) if (!NOT_STORED.has(name) && !seen.has(name)) seen.set(name, { name, type: typeOf(schema) });
  }
  for (const d of DERIVED) if (!seen.has(d.name)) seen.set(d.name, d);
  return [...seen.values()];
}

/**
 * The properties an entity or relationship may carry, read from the data format (src/dataset/format.ts)
 * so a field added there is exported without a change here. Lists are written joined by "; ".
 */
export const NODE_ATTRIBUTES: readonly Attribute[] = attributesOf([
  ...entitySchema.options.map((o) => o.shape as Record<string, z.ZodType>),
  dataFileSchema.shape.document.shape as Record<string, z.ZodType>,
]);
export const EDGE_ATTRIBUTES: readonly Attribute[] = attributesOf(relationshipSchema.options.map((o) => o.shape as Record<string, z.ZodType>));

/** A property's value as attribute text: lists joined, objects as JSON. Null when absent. */
export function attributeText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** What names an entity in a drawing: its name, title or text, else its id. */
export function labelOf(props: Record<string, unknown>, id: string): string {
  for (const k of ["name", "title", "text", "position"]) if (typeof props[k] === "string" && props[k]) return props[k];
  return id;
}
