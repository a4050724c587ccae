import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The explorer's build: one page whose first view needs only the small entry chunk; every other
 * view, Cytoscape and the YAML parser are separate chunks loaded when a view asks for them. The
 * API serves the output (explorer/dist) at / and /explore/*, its files under /explore/assets/.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/explore/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // Cytoscape alone is ~130 KB gzipped; it is its own chunk, loaded by the map and path views only.
    chunkSizeWarningLimit: 600,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Cytoscape and its layout and export extensions in one chunk named for what it holds.
        codeSplitting: { groups: [{ name: "cytoscape", test: /node_modules[\\/]cytoscape/ }] },
      },
    },
  },
  logLevel: "warn",
});
