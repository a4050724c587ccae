import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/env.js";

/** Where the explorer's sources are, and where Vite writes the page the API serves. */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, "explorer");
export const EXPLORER_DIST = path.join(EXPLORER_DIR, "dist");
const STAMP = path.join(EXPLORER_DIST, ".sources-sha256");

/**
 * A digest of everything the build reads: the explorer's own files (not its output) and the lock
 * file (the versions of Preact, Cytoscape and Vite). Content, not mtimes, so a checkout, a copy or
 * a clock that moved never leaves a stale page behind.
 */
export function explorerSourceDigest(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (full === EXPLORER_DIST || entry.name === "node_modules") continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(`${path.relative(EXPLORER_DIR, full)}\0`).update(fs.readFileSync(full));
    }
  };
  walk(EXPLORER_DIR);
  const lock = path.join(PROJECT_ROOT, "package-lock.json");
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  return hash.digest("hex");
}

export type BuildOutcome = "up-to-date" | "built" | "unavailable";

/**
 * Builds the explorer with Vite when its output is missing or was built from other sources, so
 * `npm start` and `npm test` serve the current page with no extra step. Vite is a development
 * dependency: where it is absent (an image installed with --omit=dev), a page already built is
 * served as it is, and without one the API runs and `/` says the explorer is not built.
 */
export async function ensureExplorerBuilt(log: (line: string) => void): Promise<BuildOutcome> {
  if (!fs.existsSync(path.join(EXPLORER_DIR, "index.html"))) return "unavailable";
  const digest = explorerSourceDigest();
  const built = fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8").trim() === digest && fs.existsSync(path.join(EXPLORER_DIST, "index.html"));
  if (built) return "up-to-date";
  const vite = path.join(PROJECT_ROOT, "node_modules", "vite", "bin", "vite.js");
  if (!fs.existsSync(vite)) {
    log("The explorer's build tool (vite) is not installed; serving the explorer as last built, if at all.");
    return fs.existsSync(path.join(EXPLORER_DIST, "index.html")) ? "up-to-date" : "unavailable";
  }
  const started = Date.now();
  log("Building the explorer (explorer/ → explorer/dist)…");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, "build", "--config", path.join(EXPLORER_DIR, "vite.config.ts")], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The explorer's build failed (vite exited ${code}):\n${output.trim()}`))));
  });
  fs.writeFileSync(STAMP, `${digest}\n`);
  log(`Explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return "built";
}
