import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/env.js";
import { formatSummary, loadBatch } from "../dataset/load.js";
import { curatedFiles, DataFileError, readBatch } from "../dataset/read.js";
import { documentVersions, restoreVersion } from "../dataset/restore.js";
import { connectDatabase } from "../neo4j/connect.js";
import { applySchema } from "../neo4j/schema-setup.js";

const USAGE = `Usage: npm run ingest -- [--dry-run] [files…]
       npm run ingest -- --versions <document id>
       npm run ingest -- --restore <document id> <version>

Validates the data files (all of data/*.yaml when none are named) and loads them into Neo4j in one
transaction: all or nothing, and running it twice changes nothing. --dry-run validates and prints
the summary of what would change without writing. Every write that changes a document keeps that
version (its data file and text): --versions lists them, --restore puts one back as a new version.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { "dry-run": { type: "boolean" }, restore: { type: "string" }, versions: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.restore || values.versions) {
    const version = Number(positionals[0]);
    if (values.restore && !(Number.isInteger(version) && version > 0)) {
      process.stderr.write(`--restore needs a document id and a version number, e.g. --restore doc:lsc-icp-2024 1\n\n${USAGE}\n`);
      return 2;
    }
    const config = loadConfig();
    const db = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`), { reuseRunningLocal: true });
    try {
      if (values.versions) {
        for (const v of await documentVersions(db.gateway, values.versions)) process.stdout.write(`${v.version}\t${v.origin}\t${v.at}\n`);
      } else {
        process.stdout.write(`${formatSummary(await restoreVersion(db.gateway, values.restore!, version))}\n`);
      }
      return 0;
    } finally {
      await db.close();
    }
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
