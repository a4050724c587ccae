import path from "node:path";
import { curatedFiles, DataFileError, readBatch } from "../dataset/read.js";

/**
 * Validates data files without a database: schema, quotes found in their documents, entities that
 * agree across files. Prints the count of entities per label and relationships per type.
 * Usage: npm run validate -- [files…]   (all of data/*.yaml when none are named)
 */
const args = process.argv.slice(2);
const files = args.length ? args.map((f) => path.resolve(f)) : curatedFiles();
try {
  const batch = readBatch(files);
  const tally = (keys: string[]) => Object.entries(keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {})).sort();
  process.stdout.write(`Valid: ${batch.files.length} file(s), ${batch.nodes.length} entities, ${batch.rels.length} relationships\n`);
  for (const [label, n] of tally(batch.nodes.map((n) => n.label))) process.stdout.write(`  ${label.padEnd(20)} ${n}\n`);
  for (const [type, n] of tally(batch.rels.map((r) => r.type))) process.stdout.write(`  ${type.padEnd(24)} ${n}\n`);
} catch (err) {
  if (!(err instanceof DataFileError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
