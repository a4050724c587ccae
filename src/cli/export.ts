import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/env.js";
import { ExportArgumentError, FORMAT_NAMES, parseExportOptions } from "../export/options.js";
import { prepareExport } from "../export/run.js";
import { connectDatabase } from "../neo4j/connect.js";

const USAGE = `Usage: npm run export -- --format <${FORMAT_NAMES.join("|")}> [--partnership <id>] [--as-of YYYY-MM-DD] --out FILE [--base-url URL]

Writes the graph, read from Neo4j page by page, to FILE as it goes (FILE.partial until it is
complete). --partnership limits it to that partnership's bodies and what hangs off them;
--as-of drops facts dated after that day. Sources link to the explorer at --base-url (default:
this server's HOST and PORT). Prints what it wrote, how long it took and its peak memory.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: "string" },
        partnership: { type: "string" },
        "as-of": { type: "string" },
        out: { type: "string" },
        "base-url": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let options;
  try {
    options = parseExportOptions(
      { format: values.format ?? "", partnership: values.partnership, asOf: values["as-of"] },
      { format: "--format", partnership: "--partnership", asOf: "--as-of" },
    );
    if (!values.out) throw new ExportArgumentError("--out is required: the file to write");
  } catch (err) {
    if (!(err instanceof ExportArgumentError)) throw err;
    process.stderr.write(`${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const out = path.resolve(values.out);
  const partial = `${out}.partial`;
  const started = performance.now();
  const db = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`), { reuseRunningLocal: true });
  try {
    const prepared = await prepareExport(db.gateway, options);
    const written = await prepared.writeTo(fs.createWriteStream(partial), values["base-url"] ?? `http://${config.HOST}:${config.PORT}`);
    fs.renameSync(partial, out);
    const seconds = (performance.now() - started) / 1000;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    process.stderr.write(
      `Wrote ${written.nodes} entities and ${written.edges} relationships (${(fs.statSync(out).size / 1e6).toFixed(1)} MB) to ${out} ` +
        `in ${seconds.toFixed(1)} s; peak RSS ${peakMb.toFixed(0)} MB\n`,
    );
    return 0;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    if (err instanceof ExportArgumentError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`Export failed: ${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
