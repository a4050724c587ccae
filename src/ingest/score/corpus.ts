import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/env.js";
import { curatedFiles } from "../../dataset/read.js";

export const CORPUS_DIR = path.join(PROJECT_ROOT, "test", "fixtures", "corpus");
export const SPLITS = ["dev", "held-back", "seeds"] as const;
export type Split = (typeof SPLITS)[number];

/**
 * Documents of the current held-back round: their ids start with this prefix, chosen before
 * anyone tuning the extractor read them (docs/EXTRACTION.md, "The split").
 */
export const HELD_BACK_PREFIX = "corpus-r17-";

/**
 * The split is a function of the document's id alone. Round 1 held back the documents whose
 * sha1(id) starts with an odd hex digit, round 2 every `corpus-r2-` document; each set was scored
 * once (2026-12-01 and 2026-12-02) and, being spent as a measure, is development data now.
 * Round 3 held back every `corpus-r3-` document (scored once, 2026-12-02; development since).
 * Round 4 held back every `corpus-r4-` document (scored once, 2026-12-02; development since).
 * Round 5 held back every `corpus-r5-` document (scored once, 2026-12-02; development since).
 * Round 6 held back every `corpus-r6-` document (scored once, 2026-12-02; development since).
 * Round 7 held back every `corpus-r7-` document (scored once, 2026-12-02, after the learned item
 * model landed; development since). Round 8 held back every `corpus-r8-` document (scored once,
 * 2026-12-02; development since). Round 9 held back every `corpus-r9-` document (16, scored once,
 * 2026-12-02; development since). Round 10 held back every `corpus-r10-` document (scored once,
 * 2026-12-02; development since). Round 11 held back every `corpus-r11-` document (scored once,
 * 2026-12-02; development since). Round 12 held back every `corpus-r12-` document (24, scored once,
 * 2026-12-02; development since). Round 13 held back every `corpus-r13-` document (scored once,
 * 2026-12-02; development since). Round 14 held back every `corpus-r14-` document (scored once,
 * 2026-12-02; development since). Round 15 held back every `corpus-r15-` document (scored once,
 * 2026-12-02; development since). Round 16 held back every `corpus-r16-` document (scored once,
 * 2026-12-02, session 12; development since). Round 17 holds back `corpus-r17-` documents, gathered
 * by someone who does not tune the extractor and merged only when they are scored.
 */
export function splitOf(id: string): Exclude<Split, "seeds"> {
  return id.startsWith(HELD_BACK_PREFIX) ? "held-back" : "dev";
}

export interface CorpusDocument {
  id: string;
  file: string;
  source: string | null;
  retrieved: string | null;
}

/** The gold files of the corpus, in name order, with the source and retrieval date their header gives. */
export function corpusDocuments(dir = CORPUS_DIR): CorpusDocument[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const head = fs.readFileSync(file, "utf8").slice(0, 2000);
      return {
        id: f.replace(/\.yaml$/, ""),
        file,
        source: head.match(/^# source: (\S+)/m)?.[1] ?? null,
        retrieved: head.match(/^# retrieved: (\S+)/m)?.[1] ?? null,
      };
    });
}

/** The data files of a split: the seeds are the curated files of data/. */
export function splitFiles(split: Split): string[] {
  if (split === "seeds") return curatedFiles();
  return corpusDocuments()
    .filter((d) => splitOf(d.id) === split)
    .map((d) => d.file);
}
