import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/env.js";
import { formatSummary, loadBatch } from "../dataset/load.js";
import { curatedFiles, DataFileError, readBatch } from "../dataset/read.js";
import { connectDatabase } from "../neo4j/connect.js";
import { applySchema } from "../neo4j/schema-setup.js";

const USAGE = `Usage: npm run ingest -- [--dry-run] [files…]

Validates the data files (all of data/*.yaml when none are named) and loads them into Neo4j in one
transaction: all or nothing, and running it twice changes nothing. --dry-run validates and prints
the summary of what would change without writing.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const files = positionals.length ? positionals.map((f) => path.resolve(f)) : curatedFiles();
  // Validate before touching the database: a bad file costs no server start.
  const batch = readBatch(files);
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`), { reuseRunningLocal: true });
  try {
    await applySchema(db.gateway);
    const summary = await loadBatch(db.gateway, batch, { dryRun: values["dry-run"] ?? false, progress: (l) => process.stderr.write(`${l}\n`) });
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DataFileError || err instanceof ConfigError) {
      process.stderr.write(`Nothing was written. ${err.message.includes("\n") ? "\n" : ""}${err.message}\n`);
    } else {
      process.stderr.write(`Ingest failed, nothing was written: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exit(1);
  },
);
