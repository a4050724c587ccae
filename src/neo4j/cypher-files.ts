import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/env.js";

const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");
const cache = new Map<string, string>();

/**
 * Returns the text of cypher/<name>.cypher. Queries live in .cypher files so they can be read,
 * reviewed and EXPLAINed on their own; they are read once and kept.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Lists the query files (without extension) under a folder of cypher/, e.g. "queries". */
export function cypherNames(folder: string): string[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => `${folder}/${f.slice(0, -".cypher".length)}`)
    .sort();
}

/** Splits a file of schema statements on semicolons that end a line; `//` comment lines are dropped. */
export function statements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
