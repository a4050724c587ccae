import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataFileError, readBatch, type Batch } from "./read.js";

/**
 * Writes a draft and its document's text where the draft's document.file says, relative to the
 * draft (sources/<name>.txt), as the loader expects.
 */
export function writeDraft(outFile: string, draft: string, documentFile: string, sourceText: string): void {
  const dir = path.dirname(outFile);
  fs.mkdirSync(path.join(dir, path.dirname(documentFile)), { recursive: true });
  fs.writeFileSync(path.join(dir, documentFile), sourceText);
  fs.writeFileSync(outFile, draft);
}

/**
 * Reads a draft and its text held in memory (a commit, a kept version) with the same reader as the
 * curated files, from a scratch folder of its own removed before returning: nothing stays on the
 * API's disk. The graph names the document's text `graphFile`; a problem names the draft as "draft",
 * not by the scratch folder.
 */
export function readDraft(draft: string, documentFile: string, sourceText: string, graphFile: string): Batch {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pg-draft-"));
  try {
    const file = path.join(scratch, "draft.yaml");
    writeDraft(file, draft, documentFile, sourceText);
    const batch = readBatch([file]);
    for (const n of batch.nodes) if (n.label === "SourceDocument") n.props.file = graphFile;
    return batch;
  } catch (err) {
    if (err instanceof DataFileError) {
      throw new DataFileError(err.problems.map((p) => ({ ...p, file: p.file.replaceAll(scratch, "draft"), message: p.message.replaceAll(scratch, "draft") })));
    }
    throw err;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
