import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config/env.js";

/** A GraphQL request as a test sends it, to compare two executors' answers byte for byte. */
export interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Each operation of docs/examples.graphql, sent as its whole document with its name chosen. */
export function examples(): Record<string, Request> {
  const query = fs.readFileSync(path.join(PROJECT_ROOT, "docs", "examples.graphql"), "utf8");
  const names = [...query.matchAll(/^query (\w+)/gm)].map((m) => m[1]!);
  return Object.fromEntries(names.map((operationName) => [`example ${operationName}`, { query, operationName }]));
}
