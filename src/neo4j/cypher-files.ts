import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/env.js";

const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

/** Every file of cypher/ as written, by name (folder/file, no extension). */
const FILES: ReadonlyMap<string, string> = new Map(
  fs
    .readdirSync(CYPHER_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => [f.slice(0, -".cypher".length).split(path.sep).join("/"), fs.readFileSync(path.join(CYPHER_DIR, f), "utf8")] as const),
);

/**
 * A line `:include <name>` stands for the text of cypher/<name>.cypher, so that what two statements
 * share (the graph's version expression, fragments/graph-version) is written once and each
 * statement still reads whole in its file. Not Cypher: a file is only ever sent expanded.
 */
const INCLUDE = /^[ \t]*:include (\S+)[ \t]*$/gm;

function expanded(name: string, within: readonly string[] = []): string {
  const text = FILES.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher${within.length ? ` (included by ${within.at(-1)})` : ""}`);
  if (within.includes(name)) throw new Error(`cypher/${name}.cypher includes itself (${[...within, name].join(" > ")})`);
  return text.replace(INCLUDE, (_, included: string) => expanded(included, [...within, name]).trimEnd());
}

/** Every file of cypher/, read and expanded once when this module loads. */
const REGISTRY: ReadonlyMap<string, string> = new Map([...FILES.keys()].map((name) => [name, expanded(name)]));

/**
 * The text of cypher/<name>.cypher. Queries live in .cypher files so they can be read, reviewed and
 * EXPLAINed on their own. Callers take their statements into module constants, so a name with no
 * file stops the server as it starts, not a request later.
 */
export function cypher(name: string): string {
  const text = REGISTRY.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}

/** Lists the query files (without extension) under a folder of cypher/, e.g. "queries". */
export function cypherNames(folder: string): string[] {
  return [...REGISTRY.keys()].filter((n) => n.startsWith(`${folder}/`) && !n.slice(folder.length + 1).includes("/")).sort();
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
