import fs from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";

const DIR = path.join(import.meta.dirname, "..", "fixtures", "popolo");

/**
 * The Popolo schemas are draft-03, which Ajv does not read. Draft-03 differs from draft-07 here in
 * one keyword only: `"required": true` on a property, where draft-07 lists required names on the
 * object; and `id` is draft-07's `$id`. This rewrites those and leaves everything else as published.
 */
function toDraft07(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "$schema") continue;
    if (k === "id" && typeof v === "string") out.$id = v;
    else if (k === "properties" && v && typeof v === "object") {
      const props: Record<string, unknown> = {};
      const required: string[] = [];
      for (const [name, prop] of Object.entries(v as Record<string, Record<string, unknown>>)) {
        const { required: req, ...rest } = prop;
        if (req === true) required.push(name);
        props[name] = toDraft07(rest);
      }
      out.properties = props;
      if (required.length) out.required = required;
    } else if (k === "items" && v && typeof v === "object") out.items = toDraft07(v as Record<string, unknown>);
    else out[k] = v;
  }
  return out;
}

/** A validator for each Popolo class we export, by the name of its array in the export. */
export function popoloValidators(): Record<"persons" | "organizations" | "memberships" | "posts" | "events" | "areas", ValidateFunction> {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // The formats the schemas name, checked (Ajv leaves formats to a plugin we do not need).
    formats: {
      uri: (s: string) => URL.canParse(s),
      "date-time": (s: string) => !Number.isNaN(Date.parse(s)),
      email: /^[^\s@]+@[^\s@]+$/,
    },
  });
  for (const f of fs.readdirSync(DIR).filter((f) => f.endsWith(".json")))
    ajv.addSchema(toDraft07(JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8")) as Record<string, unknown>));
  const get = (name: string) => ajv.getSchema(`http://www.popoloproject.com/schemas/${name}.json#`)!;
  return {
    persons: get("person"),
    organizations: get("organization"),
    memberships: get("membership"),
    posts: get("post"),
    events: get("event"),
    areas: get("area"),
  };
}
