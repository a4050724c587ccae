import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { freePort } from "../../src/neo4j/local-server.js";

/** Pids of JVMs whose command line names this home folder. */
function jvmsFor(home: string): number[] {
  const r = spawnSync("pgrep", ["-f", `Launcher.java ${home} `], { encoding: "utf8" });
  return r.stdout.split("\n").filter(Boolean).map(Number);
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

/** Runs what `npm start` runs (node --import tsx src/main.ts) with its own data folder and ports; resolves when the API is ready. */
async function startApi(tag: string): Promise<{ child: ChildProcess; home: string; port: number }> {
  const dir = path.join(".neo4j", `test-start-${tag}`);
  fs.rmSync(path.join(PROJECT_ROOT, dir), { recursive: true, force: true });
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: "",
      NEO4J_LOCAL_DIR: dir,
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_HEAP: "512m",
      NEO4J_LOCAL_PAGECACHE_MB: "64",
      PORT: String(port),
      SEED_ON_EMPTY: "false",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      log += b.toString();
      if (log.includes("Partnership Graph ready")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`start command exited early (${code}):\n${log}`)));
  });
  return { child, home: path.join(PROJECT_ROOT, dir, "data"), port };
}

describe("the start command leaves no Java process behind", () => {
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const c of started) c.kill("SIGKILL");
  });

  it("stops Neo4j on SIGTERM", async () => {
    const { child, home, port } = await startApi("term");
    started.push(child);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(jvmsFor(home)).toHaveLength(1);
    child.kill("SIGTERM");
    expect(await waitFor(() => jvmsFor(home).length === 0, 60_000)).toBe(true);
  }, 180_000);

  it("stops Neo4j when the start command is killed outright (SIGKILL)", async () => {
    const { child, home } = await startApi("kill");
    started.push(child);
    expect(jvmsFor(home)).toHaveLength(1);
    child.kill("SIGKILL");
    expect(await waitFor(() => jvmsFor(home).length === 0, 60_000)).toBe(true);
  }, 180_000);
});
