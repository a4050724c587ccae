import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { Extraction } from "./extract.js";

/** The draft as YAML, with what could not be interpreted listed as comments for the reviewer. */
export function draftYaml(ex: Extraction): string {
  const head = [
    "# DRAFT made by the extractor (npm run extract). Review every fact against its quote, then load with",
    "# npm run ingest -- <this file>. Quotes are found again in the source text when loading.",
    `# Found: ${Object.entries(ex.summary).map(([k, v]) => `${v} ${k}`).join(", ")}.`,
    ...(ex.unresolved.length
      ? ["# Not interpreted (section, offsets, text):", ...ex.unresolved.map((u) => `#   ${u.section} [${u.start}-${u.end}] ${JSON.stringify(u.text.replace(/\s+/g, " ").slice(0, 160))}: ${u.why}`)]
      : ["# Everything in the attendance blocks was interpreted."]),
  ];
  return `${head.join("\n")}\n${stringify(ex.draft, { lineWidth: 0 })}`;
}

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
