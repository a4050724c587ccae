import fs from "node:fs";
import path from "node:path";
import { slug } from "../ingest/names.js";
import { cypher } from "../neo4j/cypher-files.js";
import { int } from "../neo4j/convert.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { loadBatch, type IngestSummary, type Origin } from "./load.js";
import { DataFileError, readBatch } from "./read.js";

const DOCUMENT_VERSIONS = cypher("ingest/document-versions");
const DOCUMENT_VERSION = cypher("ingest/document-version");

/** The versions kept of a document, newest first. */
export async function documentVersions(gateway: Neo4jGateway, doc: string): Promise<{ version: number; origin: Origin; at: string }[]> {
  return (await gateway.read(DOCUMENT_VERSIONS, { doc })) as { version: number; origin: Origin; at: string }[];
}

/**
 * Puts a document back as an earlier version left it: that version's data file and text are
 * written to the ingest folder (where the graph's SourceDocument.file will point) and loaded
 * through the same atomic path, as a new version. Nothing changes when the version is unknown.
 */
export async function restoreVersion(gateway: Neo4jGateway, doc: string, version: number, ingestDir: string): Promise<IngestSummary> {
  const [row] = await gateway.read(DOCUMENT_VERSION, { doc, version: int(version) });
  if (!row) {
    const kept = (await documentVersions(gateway, doc)).map((v) => v.version);
    throw new DataFileError([
      { file: doc, path: `version ${version}`, message: kept.length ? `no such version; kept: ${kept.join(", ")}` : "no versions are kept of this document" },
    ]);
  }
  const dir = path.join(ingestDir, slug(doc.replace(/^doc:/, "")));
  const pending = fs.mkdtempSync(path.join(ingestDir, ".restore-"));
  try {
    fs.mkdirSync(path.join(pending, path.dirname(String(row.file))), { recursive: true });
    fs.writeFileSync(path.join(pending, String(row.file)), String(row.text));
    fs.writeFileSync(path.join(pending, "draft.yaml"), String(row.draft));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(pending, dir);
  } finally {
    fs.rmSync(pending, { recursive: true, force: true });
  }
  return loadBatch(gateway, readBatch([path.join(dir, "draft.yaml")]), { origin: row.origin as Origin });
}
