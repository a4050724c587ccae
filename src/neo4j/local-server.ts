import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "../config/env.js";

/**
 * The local Neo4j 5 Community server used when NEO4J_URI is not set.
 *
 * Maven resolves the server's jars from Maven Central once (they stay in ~/.m2); we keep the resolved
 * classpath in a file keyed by the pom's hash, then run neo4j-local/Launcher.java with Java's
 * single-file source launcher. The launcher exits when our pipe to its stdin closes, so the JVM
 * cannot outlive this process, however this process ends.
 */

const MODULE_DIR = path.join(PROJECT_ROOT, "neo4j-local");
const POM = path.join(MODULE_DIR, "pom.xml");
const LAUNCHER = path.join(MODULE_DIR, "Launcher.java");
/** One classpath cache for every local server of this checkout (npm start, tests), so Maven runs once. */
const CLASSPATH_CACHE_DIR = path.join(PROJECT_ROOT, ".neo4j");

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

export interface LocalNeo4jOptions {
  /** Folder that holds this server's data, logs and the cached classpath. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  boltPort: number;
  heap: string;
  pageCacheMb: number;
  startTimeoutMs: number;
  /** Receives progress lines meant for a person ("resolving jars…"). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  /** The pid of the JVM running now (a restart gives a new one). */
  readonly pid: number;
  /** How many times the supervisor has restarted the server after it exited on its own. */
  readonly restarts: number;
  stop(): Promise<void>;
}

function requireTool(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jError(`Cannot start the local Neo4j: \`${cmd}\` was not found. Install ${what}, or set NEO4J_URI to use an existing Neo4j server.`);
  }
}

/** Resolves (and on the first run downloads) the Neo4j jars; returns the Java classpath. */
export function resolveClasspath(cacheDir: string, log: (line: string) => void = () => {}): string {
  const pomHash = createHash("sha256").update(fs.readFileSync(POM)).digest("hex").slice(0, 16);
  const cacheFile = path.join(cacheDir, `classpath-${pomHash}.txt`);
  if (fs.existsSync(cacheFile)) {
    const cp = fs.readFileSync(cacheFile, "utf8").trim();
    // ~/.m2 can be cleaned behind our back; then resolve again rather than fail at class loading.
    if (cp && cp.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cp;
  }
  requireTool("java", ["-version"], "Java 17 or later (e.g. `apt-get install openjdk-17-jre-headless`)");
  requireTool("mvn", ["-v"], "Apache Maven (e.g. `apt-get install maven`)");
  fs.mkdirSync(cacheDir, { recursive: true });
  log("Resolving Neo4j jars with Maven (the first run downloads about 150 MB from Maven Central)…");
  const tmp = `${cacheFile}.tmp`;
  const r = spawnSync("mvn", ["-B", "-q", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${tmp}`], {
    encoding: "utf8",
  });
  if (r.status !== 0 || !fs.existsSync(tmp)) {
    throw new LocalNeo4jError(`Maven could not resolve the Neo4j jars (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  }
  fs.renameSync(tmp, cacheFile);
  return fs.readFileSync(cacheFile, "utf8").trim();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const p = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(p));
    });
  });
}

export async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The Java classpath of the pinned Neo4j (resolved once per checkout), for tools run beside the server. */
export function neo4jClasspath(log: (line: string) => void = () => {}): string {
  return resolveClasspath(CLASSPATH_CACHE_DIR, log);
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  requireTool("java", ["-version"], "Java 17 or later (e.g. `apt-get install openjdk-17-jre-headless`)");
  const classpath = resolveClasspath(CLASSPATH_CACHE_DIR, log);
  const port = opts.boltPort === 0 ? await freePort() : opts.boltPort;
  if (await portInUse(port)) {
    throw new LocalNeo4jError(
      `Cannot start the local Neo4j: port ${port} on 127.0.0.1 is already in use (another \`npm start\`?). ` +
        `Stop it, set NEO4J_LOCAL_BOLT_PORT to a free port, or set NEO4J_URI to use that server.`,
    );
  }
  fs.mkdirSync(opts.home, { recursive: true });
  const logFile = path.join(opts.home, "launcher.log");
  const logStream = fs.createWriteStream(logFile, { flags: "a" });

  const launch = () => {
    const child = spawn(
      "java",
      [
        `-Xms${opts.heap}`,
        `-Xmx${opts.heap}`,
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        "-cp",
        classpath,
        LAUNCHER,
        opts.home,
        String(port),
        String(opts.pageCacheMb),
      ],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    child.stderr?.pipe(logStream, { end: false });
    return child;
  };

  let child: ChildProcess;
  /** Starts the JVM and resolves once it answers on Bolt (or rejects, the JVM ended). */
  const startReady = async () => {
    child = launch();
    await waitForReady(child, opts.startTimeoutMs, logFile);
    child.stdout?.pipe(logStream, { end: false });
    return child;
  };
  await startReady();
  log(`Local Neo4j ready on bolt://127.0.0.1:${port} (data in ${opts.home})`);

  // The supervisor: a server that exits without being asked to (killed, crashed, out of memory)
  // is started again on the same port and data, with back-off, while the API keeps running.
  let stopping = false;
  let restarts = 0;
  const backoff = () => Math.min(30_000, 500 * 2 ** Math.min(restarts, 6));
  const supervise = (c: ChildProcess) => {
    c.once("exit", (code, signal) => {
      if (stopping) return;
      const delay = backoff();
      log(`Local Neo4j exited (code ${code}, signal ${signal}); restarting in ${delay / 1000} s`);
      setTimeout(async function again() {
        if (stopping) return;
        restarts++;
        try {
          supervise(await startReady());
          log(`Local Neo4j restarted on bolt://127.0.0.1:${port} (restart ${restarts})`);
        } catch (err) {
          log(`Local Neo4j did not come back: ${(err as Error).message.split("\n")[0]}; trying again`);
          if (!stopping) setTimeout(again, backoff());
        }
      }, delay);
    });
  };
  supervise(child!);

  return {
    uri: `bolt://127.0.0.1:${port}`,
    get pid() {
      return child!.pid ?? -1;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopping = true;
      await stopChild(child!);
      logStream.end();
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new LocalNeo4jError(
          `The local Neo4j did not answer on Bolt within ${Math.round(timeoutMs / 1000)} s; see ${logFile}. ` +
            `Raise NEO4J_LOCAL_START_TIMEOUT_S on a slow machine, or set NEO4J_URI.`,
        ),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (/^READY \d+$/m.test(out)) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.off("exit", onExit);
        resolve();
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      let tail = "";
      try {
        tail = fs.readFileSync(logFile, "utf8").slice(-3000);
      } catch {
        // no log yet
      }
      reject(new LocalNeo4jError(`The local Neo4j exited before it was ready (code ${code}, signal ${signal}). Last log lines:\n${tail}`));
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // Neo4j flushes its stores on SIGTERM; SIGKILL only if that hangs, so a stop never blocks forever.
    const force = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
    child.stdin?.end();
  });
}
