import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkLoad } from "../../bench/load.js";
import { generate } from "../../bench/synthetic.js";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { loadBatch } from "../../src/dataset/load.js";
import { readBatch } from "../../src/dataset/read.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { fullSelection } from "../helpers/full-selection.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

/*
 * The whole answer of membershipGaps, quorum and attendance, every field of every report, for
 * every partnership of the seed data (and the SYNTHETIC Riverside terms) on every day one of its
 * meetings was held and a few more, and for every meeting; then the same over a small graph from
 * the benchmark's generator. The fixtures were written by the code before the context statement
 * was reworked for speed (issue 17), once every list of the reports had an order of its own
 * (membership/order.ts) rather than the store's: how the history is loaded may change, what the
 * analyses answer may not. A deliberate change of an answer updates them
 * (`npx vitest run <this file> -u`: the flag last, or it takes the file for its value and runs all).
 */

/** Days every partnership is asked about besides its meetings' days: before any terms, between versions, after the last record. */
const EXTRA_DAYS = ["2015-12-31", "2022-01-01", "2024-07-15", "2025-06-30"];
/** The generator's partnerships to report on: two are enough to cover its shapes, and keep the fixture small. */
const SYNTHETIC_PARTNERSHIPS = ["partnership:syn-0", "partnership:syn-1"];
/**
 * Of a synthetic partnership's 30 meeting days, every fifth; and attendance up to the last day
 * only, besides each year's: with no attendance rule, every one covers its whole history, hundreds
 * of people with all their meetings.
 */
const SYNTHETIC = { dayStep: 5, attendanceToLastDayOnly: true };

/**
 * The fixture's text: each entity once, in a table by id, and every report on one line with its
 * entities replaced by their ids, so that a changed answer shows as a changed line. An entity must
 * read the same wherever a report names it; one that does not fails here, naming it.
 */
function fixtureText(reports: Record<string, unknown>): string {
  const entities = new Map<string, string>();
  const strip = (o: Record<string, unknown>, type: string | undefined) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [type && k.startsWith(`${type}_`) ? k.slice(type.length + 1) : k, v]));
  const normalise = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(normalise);
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    const type = o.__typename as string | undefined;
    const id = o.id ?? (type ? o[`${type}_id`] : undefined);
    const fields = Object.fromEntries(Object.entries(strip(o, type)).map(([k, x]) => [k, normalise(x)]));
    if (typeof id !== "string") return fields;
    // Selected through an interface, an entity also says its type; its id says as much.
    delete fields.__typename;
    const text = JSON.stringify(fields);
    const seen = entities.get(id);
    if (seen !== undefined && seen !== text) throw new Error(`${id} reads differently in two places:\n${seen}\n${text}`);
    entities.set(id, text);
    return `@${id}`;
  };
  const lines = Object.entries(reports).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(normalise(v))}`);
  const table = [...entities].sort(([a], [b]) => a.localeCompare(b)).map(([id, text]) => `${JSON.stringify(id)}: ${text}`);
  return ["# reports", ...lines, "# entities", ...table, ""].join("\n");
}

describe("membership reports, whole, against the fixtures", () => {
  let db: Awaited<ReturnType<typeof startSeededServer>>["db"];
  let server: TestServer;
  let queries: { gaps: string; quorum: string; attendance: string };

  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ GRAPHQL_MAX_COST: "100000000", GRAPHQL_MAX_DEPTH: "64", GRAPHQL_MAX_STATEMENTS: "10000" }));
    const schema = await buildGraphQLSchema();
    queries = {
      gaps: `query($p: ID!, $d: Date) { membershipGaps(partnershipId: $p, asOf: $d) ${fullSelection(schema, "membershipGaps")} }`,
      quorum: `query($m: ID!) { quorum(meetingId: $m) ${fullSelection(schema, "quorum")} }`,
      attendance: `query($p: ID!, $f: Date, $t: Date) { attendance(partnershipId: $p, from: $f, to: $t) ${fullSelection(schema, "attendance")} }`,
    };
  });
  afterAll(() => stopSeededServer({ db, server }));

  async function ask(query: string, variables: Record<string, unknown>): Promise<unknown> {
    const r = await server.gql(query, variables);
    expect(r.errors, JSON.stringify(variables)).toBeUndefined();
    return r.data;
  }

  /** Every report of one partnership: gaps on each day, quorum of each meeting, attendance up to each day and over each year. */
  async function reportsOf(partnershipId: string, { dayStep = 1, attendanceToLastDayOnly = false } = {}) {
    const meetings = await db.gateway.read(
      "MATCH (m:Meeting)-[:MEETING_OF]->(:Body)-[:BODY_OF]->(:Partnership {id: $p}) RETURN m.id AS id, m.date AS date ORDER BY id",
      { p: partnershipId },
    );
    const held = [...new Set(meetings.map((m) => m.date as string | null).filter((d): d is string => !!d))].sort();
    const days = [...new Set([...held.filter((_, i) => i % dayStep === 0), ...EXTRA_DAYS])].sort();
    const out: Record<string, unknown> = {};
    const p = partnershipId;
    for (const d of days) out[`${p} membershipGaps ${d}`] = await ask(queries.gaps, { p: partnershipId, d });
    for (const m of meetings) out[`${p} quorum ${String(m.id)}`] = await ask(queries.quorum, { m: m.id });
    for (const d of attendanceToLastDayOnly ? days.slice(-1) : days)
      out[`${p} attendance to ${d}`] = await ask(queries.attendance, { p: partnershipId, f: null, t: d });
    for (const y of [...new Set(days.map((d) => d.slice(0, 4)))])
      out[`${p} attendance ${y}`] = await ask(queries.attendance, { p: partnershipId, f: `${y}-01-01`, t: `${y}-12-31` });
    return out;
  }

  const fixture = (name: string, reports: Record<string, unknown>) => expect(fixtureText(reports)).toMatchFileSnapshot(`../fixtures/membership/${name}.txt`);

  it("answers for every partnership of the seed data, and the SYNTHETIC Riverside terms, as before", async () => {
    await loadBatch(db.gateway, readBatch([path.join(PROJECT_ROOT, "test/fixtures/synthetic/riverside.yaml")]));
    const partnerships = await db.gateway.read("MATCH (p:Partnership) RETURN p.id AS id ORDER BY id");
    expect(partnerships.length).toBeGreaterThan(5);
    const all: Record<string, unknown> = {};
    for (const p of partnerships) Object.assign(all, await reportsOf(String(p.id)));
    await fixture("seed-reports", all);
  });

  it("answers over a small graph from the benchmark's generator as before", async () => {
    await bulkLoad(db.gateway, generate(3000));
    const all: Record<string, unknown> = {};
    for (const p of SYNTHETIC_PARTNERSHIPS) Object.assign(all, await reportsOf(p, SYNTHETIC));
    await fixture("synthetic-reports", all);
  });
});
