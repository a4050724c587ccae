import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (the package has no exports map), and so do
    // type-graphql and Apollo. Vite would pick the .mjs build for our own files, giving two copies
    // of graphql whose classes do not recognise each other. Pin it to the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/global-neo4j.ts", "test/setup/explorer-build.ts"],
    // One Neo4j for the whole run, and each file starts from a clean graph: files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
