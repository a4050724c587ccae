import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBatch } from "../../src/dataset/load.js";
import { readBatch } from "../../src/dataset/read.js";
import { Neo4jGateway } from "../../src/neo4j/gateway.js";
import { openTestDatabase } from "../helpers/db.js";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config/env.js";

describe("OpenTelemetry: one span per Neo4j statement, off by default", () => {
  const exporter = new InMemorySpanExporter();
  let db: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    // What an operator's `node --import` set-up does: a provider and a context manager, registered globally.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    db = await openTestDatabase();
  });
  afterAll(async () => {
    trace.disable();
    context.disable();
    await db?.close();
  });

  it("records nothing unless tracing is on", async () => {
    exporter.reset();
    await new Neo4jGateway(db.driver, "neo4j").read("RETURN 1 AS one");
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it("gives each read and each statement of a write its span: mode, database, text, rows, under the caller's span", async () => {
    exporter.reset();
    const gateway = new Neo4jGateway(db.driver, "neo4j").traceStatements();
    const parent = trace.getTracer("test").startSpan("request");
    await context.with(trace.setSpan(context.active(), parent), async () => {
      await gateway.read("UNWIND range(1, 3) AS n RETURN n");
      await loadBatch(gateway, readBatch([path.join(PROJECT_ROOT, "test/fixtures/synthetic/riverside.yaml")]));
    });
    parent.end();
    const spans = exporter.getFinishedSpans().filter((s) => s.name.startsWith("neo4j "));
    const read = spans.find((s) => s.attributes["db.query.text"] === "UNWIND range(1, 3) AS n RETURN n")!;
    expect(read).toMatchObject({
      name: "neo4j read",
      attributes: { "db.system.name": "neo4j", "db.namespace": "neo4j", "db.operation.name": "READ", "db.response.returned_rows": 3 },
    });
    expect(read.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    // The load is one transaction of several statements, each its own span.
    const writes = spans.filter((s) => s.name === "neo4j write");
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(writes.every((s) => String(s.attributes["db.query.text"]).length > 0)).toBe(true);
  });

  it("marks a failed statement's span as an error", async () => {
    exporter.reset();
    const gateway = new Neo4jGateway(db.driver, "neo4j").traceStatements();
    await expect(gateway.read("THIS IS NOT CYPHER")).rejects.toThrow();
    const [span] = exporter.getFinishedSpans();
    expect(span?.status.code).toBe(2); // SpanStatusCode.ERROR
    expect(span?.events.some((e) => e.name === "exception")).toBe(true);
  });
});
