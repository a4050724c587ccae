import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";
import { toPlain } from "./convert.js";
import { cypher } from "./cypher-files.js";
import { DatabaseUnavailableError, mapNeo4jError } from "./errors.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

const PING = cypher("queries/ping");
const METADATA = { app: "partnership-graph" };

/** Tries of a read before a transient failure is reported: 100, 200, 400 ms apart. */
const READ_ATTEMPTS = 4;

/** A request used up the statements it may send to Neo4j (GRAPHQL_MAX_STATEMENTS). */
export class StatementBudgetExceeded extends Error {
  override name = "StatementBudgetExceeded";
}

/**
 * Counts the statements a request sends (the API keeps one per request, so tests can assert round
 * trips), and stops it past its budget: no request may send thousands.
 */
export class RoundTripCounter {
  count = 0;
  constructor(readonly limit = Number.POSITIVE_INFINITY) {}

  add(): void {
    if (++this.count > this.limit)
      throw new StatementBudgetExceeded(`This request needs more than ${this.limit} database statements; ask for less in one request.`);
  }
}

/** A transaction handed to write callbacks: every statement still goes through the gateway's conversion. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/**
 * The one door to Neo4j. Resolvers, services and the loader never open sessions themselves.
 *
 * We always name the database: with a routing driver (neo4j+s://, Aura) that saves a round trip
 * to resolve the home database, and it keeps us off whatever default a cluster admin configured.
 */
export class Neo4jGateway {
  /** Lifetime state of the driver's views: one process's sessions in use and causal chain. */
  private readonly process: { sessionsInUse: number; bookmarks: BookmarkManager; tracer: Tracer | null };
  /** Bookmarks of this view's last write: what a client sends another instance to read that write. */
  lastWriteBookmarks: string[] = [];

  /**
   * @param statementTimeoutMs how long a statement may take before the request is answered
   * DATABASE_UNAVAILABLE: a frozen server keeps its sockets open, and the driver would wait forever.
   */
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly statementTimeoutMs = 30_000,
    shared?: Neo4jGateway["process"],
    /** Bookmarks every session of this view waits for (a client's write made through another instance). */
    private readonly after: string[] = [],
  ) {
    // One bookmark manager for the process: each read sees every write this process made before it,
    // also when a cluster serves reads from another member.
    this.process = shared ?? { sessionsInUse: 0, bookmarks: neo4j.bookmarkManager(), tracer: null };
  }

  /**
   * One OpenTelemetry span per statement from now on (OTEL_TRACING). The spans go to whatever
   * tracer provider the process registered (e.g. an OTLP exporter loaded with node --import);
   * without one they cost nothing but the calls.
   */
  traceStatements(): this {
    this.process.tracer = trace.getTracer("partnership-graph");
    return this;
  }

  /** Runs one statement inside its span, when tracing is on: the mode, the database, the text, the rows. */
  private async spanned<T extends unknown[]>(mode: "READ" | "WRITE", cypher: string, run: () => Promise<T>): Promise<T> {
    const tracer = this.process.tracer;
    if (!tracer) return run();
    const span = tracer.startSpan(`neo4j ${mode.toLowerCase()}`, {
      kind: SpanKind.CLIENT,
      // Every statement is parameterised Cypher from cypher/: its text carries no user data.
      attributes: { "db.system.name": "neo4j", "db.namespace": this.database, "db.operation.name": mode, "db.query.text": cypher.slice(0, 2000) },
    });
    try {
      const rows = await run();
      span.setAttribute("db.response.returned_rows", rows.length);
      return rows;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  }

  /** Sessions open now, each holding a pooled connection while it runs (the /metrics pool figure). */
  get sessionsInUse(): number {
    return this.process.sessionsInUse;
  }

  /**
   * A view for one request: same driver and pool, its reads made after the given bookmarks (a
   * client's read-your-writes across instances), its last write's bookmarks kept for the reply.
   */
  forRequest(after: string[] = []): Neo4jGateway {
    return new Neo4jGateway(this.driver, this.database, this.statementTimeoutMs, this.process, after);
  }

  async read(cypher: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
    return (await this.readUnconverted(cypher, params, counter)).map((r) => toPlain(r) as Row);
  }

  /**
   * As read, but rows come as the driver gives them, unconverted: for callers that walk large
   * results themselves and convert only the values they keep (see graphql/prefetch).
   *
   * A read is one auto-commit statement: RUN and PULL in one network round trip, where a managed
   * transaction adds BEGIN and COMMIT (0.75 against 1.2 ms for a look-up on localhost). Reads
   * are safe to repeat, so transient failures (a leader switch, a restarting member) are retried
   * here, as executeRead would.
   */
  async readUnconverted(cypher: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inSession("READ", this.statementTimeoutMs, async (session) => {
          counter?.add();
          return this.spanned("READ", cypher, async () => (await session.run(cypher, params, { metadata: METADATA })).records.map((r) => r.toObject() as Row));
        });
      } catch (err) {
        if (attempt < READ_ATTEMPTS && neo4j.isRetryableError(err)) {
          await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
          continue;
        }
        throw mapNeo4jError(err);
      }
    }
  }

  async write<T>(work: (tx: Tx) => Promise<T>, counter?: RoundTripCounter): Promise<T> {
    try {
      // A write of a large batch may run for minutes; only a server that stops answering is cut off.
      return await this.inSession("WRITE", Math.max(this.statementTimeoutMs, 600_000), async (session) => {
        const result = await session.executeWrite(
          (tx) =>
            work({
              run: (cypher, params = {}) => {
                counter?.add();
                return this.spanned("WRITE", cypher, () => runIn(tx, cypher, params));
              },
            }),
          { metadata: METADATA },
        );
        this.lastWriteBookmarks = session.lastBookmarks();
        return result;
      });
    } catch (err) {
      throw mapNeo4jError(err);
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async runAutoCommit(cypher: string, params: Params = {}, timeoutMs = 600_000): Promise<void> {
    try {
      await this.inSession("WRITE", timeoutMs, (session) => session.run(cypher, params));
    } catch (err) {
      throw mapNeo4jError(err);
    }
  }

  /**
   * The one session lifecycle: open, run the work within the deadline, close. A session that
   * missed its deadline may never close (a frozen server), so closing is not waited for past 1 s.
   */
  private async inSession<T>(mode: "READ" | "WRITE", timeoutMs: number, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.process.bookmarks,
      ...(this.after.length ? { bookmarks: this.after } : {}),
    });
    this.process.sessionsInUse++;
    try {
      return await deadline(work(session), timeoutMs, () => void session.close().catch(() => {}));
    } finally {
      this.process.sessionsInUse--;
      await deadline(session.close(), 1000, () => {}).catch(() => {});
    }
  }

  /** One auto-commit statement, no retries: readiness must answer fast, not wait out an outage. */
  async ping(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    await this.runAutoCommit(PING, {}, timeoutMs);
  }
}

/** /readyz answers within this, whatever the database does. */
export const READY_TIMEOUT_MS = 1000;

/** The promise, or DatabaseUnavailableError when it has not settled within ms (onTimeout cleans up). */
function deadline<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new DatabaseUnavailableError(`Neo4j did not answer within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export function createDriver(uri: string, username: string, password: string, maxConnectionPoolSize = 50): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    maxConnectionPoolSize,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when the server is down so /readyz answers quickly instead of hanging.
    connectionTimeout: 5_000,
    // Retry transient failures (leader switch, brief outage) for a few seconds, not the default 30.
    maxTransactionRetryTime: 5_000,
    userAgent: "partnership-graph/0.1",
    // Whole numbers arrive as JS numbers, not Integer objects: no count or offset here nears 2^53,
    // and converting each one was measurable on large results.
    disableLosslessIntegers: true,
  });
}
