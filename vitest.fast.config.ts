import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * The edit-and-test loop for code that needs no database (npm run test:fast): the extractor's
 * stages, its corpus and scorer, and the membership rules over hand-built contexts. The README's test command still runs everything, these included.
 */
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: [
      "test/ingest/**/*.test.ts",
      "test/bench/**/*.test.ts",
      "test/membership/**/*.test.ts",
      "test/vocabulary.test.ts",
      "test/dataset/evidence-reach.test.ts",
    ],
    testTimeout: 60_000,
  },
});
