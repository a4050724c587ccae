import { ensureExplorerBuilt } from "../../src/http/explorer-build.js";

/** The browser tests load the explorer as `npm start` serves it: built from explorer/ when stale. */
export async function setup(): Promise<void> {
  const outcome = await ensureExplorerBuilt((line) => process.stderr.write(`[explorer] ${line}\n`));
  if (outcome === "unavailable") throw new Error("The explorer could not be built: is vite installed (npm ci)?");
}
