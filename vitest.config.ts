import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/global-neo4j.ts"],
    // One Neo4j for the whole run, and each file starts from a clean graph: files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
