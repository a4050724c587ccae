import { curatedFiles, readBatch } from "../dataset/read.js";
import { KnownEntities } from "../ingest/known.js";
import { addScores, scoreFile, scoreTable, type Scores } from "../ingest/score.js";

/**
 * Scores the extractor against the curated data files of the seed documents and prints a table of
 * precision and recall per kind of fact (npm run score-extractor). The extractor may link to
 * entities named in the other documents, never to the document being scored.
 */
const files = curatedFiles();
const total: Scores = {};
for (const file of files) {
  const others = readBatch(files.filter((f) => f !== file));
  addScores(total, scoreFile(file, KnownEntities.fromBatch(others)));
}
process.stdout.write(`${scoreTable(total)}\n\n${files.length} curated documents.\n`);
