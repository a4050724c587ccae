import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Parses YAML in a worker thread with a time budget, so a pathological draft (tens of thousands of
 * keys in one map, deep complex keys) cannot stall the API's event loop: the worker is ended when
 * the budget runs out and the caller gets an error that says so.
 */
export class ParseBudgetExceeded extends Error {
  override name = "ParseBudgetExceeded";
}

const yamlPath = createRequire(import.meta.url).resolve("yaml");
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { parseDocument } = require(workerData.yamlPath);
try {
  const doc = parseDocument(workerData.text, { uniqueKeys: true });
  if (doc.errors.length) parentPort.postMessage({ error: doc.errors[0].message.split("\\n")[0], line: doc.errors[0].linePos?.[0]?.line ?? null });
  else parentPort.postMessage({ value: doc.toJS({ maxAliasCount: 100 }) });
} catch (err) {
  parentPort.postMessage({ error: String(err && err.message || err).split("\\n")[0], line: null });
}
`;

export function parseYamlWithin(text: string, ms: number): Promise<{ value: unknown } | { error: string; line: number | null }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { text, yamlPath }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ParseBudgetExceeded(`not parsed within ${ms / 1000} s: a draft this API accepts is an ordinary data file`));
    }, ms);
    worker.once("message", (m: { value: unknown } | { error: string; line: number | null }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (err) => {
      clearTimeout(timer);
      reject(new ParseBudgetExceeded(`could not be parsed: ${err.message.split("\n")[0]}`));
    });
  });
}
