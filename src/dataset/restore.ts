import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cypher } from "../neo4j/cypher-files.js";
import { int } from "../neo4j/convert.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { loadBatch, type IngestSummary, type Origin } from "./load.js";
import { DataFileError, ingestedFile, readBatch } from "./read.js";

const DOCUMENT_VERSIONS = cypher("ingest/document-versions");
const DOCUMENT_VERSION = cypher("ingest/document-version");

/** The versions kept of a document, newest first. */
export async function documentVersions(gateway: Neo4jGateway, doc: string): Promise<{ version: number; origin: Origin; at: string }[]> {
  return (await gateway.read(DOCUMENT_VERSIONS, { doc })) as { version: number; origin: Origin; at: string }[];
}

/**
 * Puts a document back as an earlier version left it: that version's data file and text, as the
 * graph keeps them, are checked and loaded through the same atomic path, as a new version. Nothing
 * changes when the version is unknown. Nothing is written to disk but a scratch folder, removed after.
 */
export async function restoreVersion(gateway: Neo4jGateway, doc: string, version: number): Promise<IngestSummary> {
  const [row] = await gateway.read(DOCUMENT_VERSION, { doc, version: int(version) });
  if (!row) {
    const kept = (await documentVersions(gateway, doc)).map((v) => v.version);
    throw new DataFileError([
      { file: doc, path: `version ${version}`, message: kept.length ? `no such version; kept: ${kept.join(", ")}` : "no versions are kept of this document" },
    ]);
  }
  const origin = row.origin as Origin;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pg-restore-"));
  try {
    fs.mkdirSync(path.join(scratch, path.dirname(String(row.file))), { recursive: true });
    fs.writeFileSync(path.join(scratch, String(row.file)), String(row.text));
    fs.writeFileSync(path.join(scratch, "draft.yaml"), String(row.draft));
    const batch = readBatch([path.join(scratch, "draft.yaml")]);
    // Named as that version named it: beside the curated data, or where API commits are named.
    const file = origin === "ingested" ? ingestedFile(doc, String(row.file)) : String(row.file);
    for (const n of batch.nodes) if (n.label === "SourceDocument") n.props.file = file;
    return await loadBatch(gateway, batch, { origin });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
