import { cypher } from "../neo4j/cypher-files.js";
import { int } from "../neo4j/convert.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { loadBatch, type IngestSummary, type Origin } from "./load.js";
import { readDraft } from "./draft-files.js";
import { DataFileError, ingestedFile } from "./read.js";

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
  // Named as that version named it: beside the curated data, or where API commits are named.
  const file = origin === "ingested" ? ingestedFile(doc, String(row.file)) : String(row.file);
  return loadBatch(gateway, readDraft(String(row.draft), String(row.file), String(row.text), file), { origin });
}
