import { performance } from "node:perf_hooks";

/**
 * Latency of the exploration and membership queries on the seed graph, through HTTP, one request
 * at a time: N warm-up runs, then N measured. Usage: npm run bench:seed [-- URL [N]]
 * Prints a Markdown table of p50/p95 in milliseconds and the Neo4j round trips per request.
 */
const url = process.argv[2] ?? "http://localhost:4000/graphql";
const n = Number(process.argv[3] ?? 50);

const queries: Record<string, string> = {
  "lineage (TCS)": `{ lineage(id: "priority:transforming-community-services") { steps { position date relation event { id } body { id } sources { quote } } } }`,
  "lineage (workshops)": `{ lineage(id: "priority:lancashire-place-workshop-feedback") { steps { position date relation event { id } } } }`,
  "paths (Chorley Council ↔ LSC ICP)": `{ paths(from: "org:chorley-council", to: "partnership:lsc-icp") { length nodes { id } edges { type sources { quote } } } }`,
  "paths (maxHops 6)": `{ paths(from: "partnership:chorley-psr", to: "partnership:lsc-icp", maxHops: 6) { length nodes { id } } }`,
  "neighbourhood (depth 2)": `{ neighbourhood(id: "body:lsc-icp", depth: 2) { nodes { id } edges { type fromId toId } } }`,
  interlocks: `{ interlocks(a: "partnership:lsc-icp", b: "body:chorley-psr-executive") { kind entity { id } inA { meeting { id } } inB { meeting { id } } } }`,
  timeline: `{ timeline(id: "person:alistair-bradley") { date relation node { id } } }`,
  membershipGaps: `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-07-15") { seats { status holder { id } } } }`,
  quorum: `{ quorum(meetingId: "meeting:lsc-icp-2024-03-25") { outcome clauses { outcome } } }`,
  search: `{ search(text: "Bradley", first: 10) { score entity { id } } }`,
  "nested 4 levels": `{ partnerships(first: 10) { edges { node { meetings { attendance { person { organisations { id } } } } } } } }`,
};

async function once(query: string): Promise<{ ms: number; roundTrips: number }> {
  const t = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown; extensions?: { roundTrips?: number } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: performance.now() - t, roundTrips: body.extensions?.roundTrips ?? -1 };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const rows = ["| query | p50 ms | p95 ms | round trips |", "| --- | ---: | ---: | ---: |"];
for (const [name, q] of Object.entries(queries)) {
  for (let i = 0; i < n; i++) await once(q);
  const runs: { ms: number; roundTrips: number }[] = [];
  for (let i = 0; i < n; i++) runs.push(await once(q));
  const ms = runs.map((r) => r.ms);
  rows.push(`| ${name} | ${pct(ms, 50).toFixed(1)} | ${pct(ms, 95).toFixed(1)} | ${runs[0]!.roundTrips} |`);
}
process.stdout.write(`${rows.join("\n")}\n\n${n} sequential requests per query after ${n} warm-up, ${new Date().toISOString().slice(0, 10)}, ${url}\n`);
