import { AsyncLocalStorage } from "node:async_hooks";

/** A minimal levelled logger writing one JSON object a line to stderr, the form log collectors expect. */
export type Level = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
}

/** The request a line is logged for: set once per HTTP request, read by every log line under it. */
const current = new AsyncLocalStorage<{ requestId: string }>();

/** Runs the rest of a request's handling with its id, so each line it logs names the request. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return current.run({ requestId }, work);
}

export function createLogger(level: Level): Logger {
  const emit = (at: Exclude<Level, "silent">) => (msg: string, extra?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...extra })}\n`);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** The logger, each line of it naming the request it was written under (when there is one). */
export function requestScoped(logger: Logger): Logger {
  const tagged = (emit: Logger["info"]) => (msg: string, extra?: Record<string, unknown>) => {
    const requestId = current.getStore()?.requestId;
    emit(msg, requestId ? { requestId, ...extra } : extra);
  };
  return { debug: tagged(logger.debug), info: tagged(logger.info), warn: tagged(logger.warn), error: tagged(logger.error) };
}
