import { stringify } from "yaml";
import { fullyInterpreted, type Extraction } from "./extract.js";

/** Per section: what was found, how much of it to review, what was skipped and why (with offsets). */
export function reportLines(ex: Extraction): string[] {
  const out: string[] = [];
  for (const s of ex.sections) {
    out.push(
      `${s.section}: ${s.found} found${s.toReview ? `, ${s.toReview} to review` : ""}${s.skipped.length ? `, ${s.skipped.length} skipped` : ""}${s.note ? ` (${s.note})` : ""}`,
    );
    for (const u of s.skipped) out.push(`  skipped ${u.section} [${u.start}-${u.end}] ${JSON.stringify(u.text.replace(/\s+/g, " ").slice(0, 120))}: ${u.why}`);
  }
  out.push(
    fullyInterpreted(ex)
      ? "Every attendance entry and numbered line was read, and no fact is below the review threshold (prose of no known decision or action form is not listed)."
      : `Not everything was interpreted: ${ex.review.length} fact(s) marked for review (review: in the draft), ${ex.sections.reduce((n, s) => n + s.skipped.length, 0)} span(s) skipped${ex.summary.meetings ? "" : ", no meeting found"}. Nothing unsure was dropped.`,
  );
  return out;
}

/** The draft as YAML, with the extractor's report as comments for the reviewer. */
export function draftYaml(ex: Extraction): string {
  const head = [
    "# DRAFT made by the extractor (npm run extract). Review every fact against its quote, then load with",
    "# npm run ingest -- <this file>. Quotes are found again in the source text when loading.",
    ...reportLines(ex).map((l) => `# ${l}`),
  ];
  return `${head.join("\n")}\n${stringify(ex.draft, { lineWidth: 0 })}`;
}
