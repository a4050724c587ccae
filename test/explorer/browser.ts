import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

/** Screenshots of every view land here (git-ignored), for a person to look at after a run. */
export const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts", "explorer");
export const EDITOR_KEY = "explorer-test-editor-key-0001";

/**
 * Chromium for the browser tests, from the @sparticuz/chromium npm package: the binary and the
 * libraries it needs (NSS, fonts…) ship inside the package and unpack to /tmp on first use, so a
 * fresh machine needs nothing but `npm ci` — no browser download, no apt. CHROMIUM_PATH points at
 * another Chromium instead (e.g. Debian's /usr/bin/chromium).
 */
async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, args: ["--no-sandbox", "--headless=new"] };
  const { default: sparticuz } = await import("@sparticuz/chromium");
  // Its defaults suit a serverless function; these two would hide what a person's browser does
  // (one process for every tab; no same-origin policy), so the tests leave them out.
  const dropped = new Set(["--single-process", "--disable-web-security", "--allow-running-insecure-content"]);
  return { executablePath: await sparticuz.executablePath(), args: sparticuz.args.filter((a) => !dropped.has(a)) };
}

export interface Explorer {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Console errors and Content-Security-Policy violations seen on the page. */
  problems: string[];
  close(): Promise<void>;
}

/** A seeded API (with an editor key) and a 1280×720 Chromium page, for one test file. */
export async function openExplorer(env: Record<string, string> = {}): Promise<Explorer> {
  const seeded = await startSeededServer({ API_KEYS: `explorer-tests:editor:${EDITOR_KEY}`, ...env });
  const options = await chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, headless: true }).catch((err: Error) => {
    throw new Error(
      `Chromium (${options.executablePath}) did not start: ${err.message}\n` +
        "It needs the shared libraries a desktop Chromium needs (libnss3, libatk-bridge2.0-0, libgbm1, libxkbcommon0, libasound2…); " +
        "install them, or point CHROMIUM_PATH at a Chromium that runs here (apt-get install chromium: /usr/bin/chromium).",
    );
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-GB", baseURL: seeded.server.url, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server: seeded.server,
    browser,
    page,
    problems,
    async close() {
      await browser.close().catch(() => undefined);
      await stopSeededServer(seeded);
    },
  };
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  // Chips fetch their documents' titles once per page: let every request settle before the picture.
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA and best practice) on the page as it stands and returns the
 * serious and critical violations. axe is evaluated through the DevTools protocol, so the page's
 * Content-Security-Policy stays as the server sets it.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // Runs in the page (the server's tsconfig has no DOM types, hence the shape spelled out).
    const g = globalThis as unknown as {
      document: unknown;
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };
    };
    const r = await g.axe.run(g.document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** expect.poll with room for a first query (Neo4j plans each new statement once) and a chunk to load. */
export function eventually<T>(fn: () => T | Promise<T>, timeout = 10_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}
