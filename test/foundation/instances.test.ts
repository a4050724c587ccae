import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { openTestDatabase } from "../helpers/db.js";
import { loadSeed } from "../helpers/seed.js";

const EDITOR = "editor-key-instances-0123456789";

/** A free TCP port on 127.0.0.1 (listen on 0, read it, close). */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

interface Instance {
  url: string;
  child: ChildProcess;
}

/** `npm start`'s entry point as its own process, against the tests' Neo4j, as a deployment runs it. */
async function startInstance(uri: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/main.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEO4J_URI: uri,
      NEO4J_USERNAME: inject("neo4jUser"),
      NEO4J_PASSWORD: inject("neo4jPassword"),
      NEO4J_DATABASE: inject("neo4jDatabase"),
      PORT: String(port),
      HOST: "127.0.0.1",
      API_KEYS: `alice:editor:${EDITOR}`,
      SEED_ON_EMPTY: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on ${port} not ready within 90 s:\n${log}`)), 90_000);
    child.stderr!.on("data", (d: Buffer) => {
      log += d.toString();
      if (log.includes("Partnership Graph ready at")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`instance exited with ${code}:\n${log}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function gql<T>(i: Instance, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${i.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    ...((await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, unknown> }),
  };
}

const TEXT = `Meadow Care Board

Minutes of the meeting held on 4 June 2025

Present: Councillor Polly Patel (Chair), Dr Omar Owusu

1. Minutes of the last meeting
Resolved: That the minutes be approved.
`;
const DRAFT = `document: {id: "doc:meadow-2025-06-04", title: Meadow Care Board minutes, kind: minutes, date: 2025-06-04, file: sources/meadow.txt, cite: "Meadow Care Board"}
entities:
  - {id: person:omar-owusu, type: Person, name: Omar Owusu, honorific: Dr, cite: "Dr Omar Owusu"}
`;

describe("three API instances against one Neo4j", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  const instances: Instance[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSeed(db.gateway);
    const uri = inject("neo4jUri");
    // The third instance reaches the server by a routing URI (neo4j://), as against a cluster or Aura.
    const routing = uri.replace(/^bolt:/, "neo4j:");
    instances.push(...(await Promise.all([startInstance(uri), startInstance(uri), startInstance(routing)])));
  }, 240_000);
  afterAll(async () => {
    await Promise.all(
      instances.map(
        (i) => new Promise<void>((resolve) => (i.child.exitCode !== null ? resolve() : (i.child.once("exit", () => resolve()), i.child.kill("SIGTERM")))),
      ),
    );
    await db?.close();
  });

  it("commits a draft through one instance and reads it through the other two at once, text and all", async () => {
    const [a, b, c] = instances as [Instance, Instance, Instance];
    // Warm both readers' caches of the ICP's membership analysis before the write.
    const GAPS = `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-03-25") { attendeesWithoutSeat { id } } }`;
    const before = await Promise.all([gql(b, GAPS), gql(c, GAPS)]);
    expect(before[0].data).toEqual(before[1].data);

    const commit = await gql<{ commitDraft: { documentId: string } }>(
      a,
      `mutation($d: String!, $s: String!) { commitDraft(draft: $d, sourceText: $s) { documentId } }`,
      { d: DRAFT, s: TEXT },
      { authorization: `Bearer ${EDITOR}` },
    );
    expect(commit.errors).toBeUndefined();
    const bookmarks = commit.extensions?.bookmarks as string[];
    expect(bookmarks.length).toBeGreaterThan(0);

    const READ = `{ document(id: "doc:meadow-2025-06-04") { title origin text } person(id: "person:omar-owusu") { name } }`;
    const [fromB, fromC] = await Promise.all(
      [b, c].map((i) =>
        gql<{ document: { title: string; origin: string; text: string }; person: { name: string } }>(i, READ, {}, { "neo4j-bookmarks": bookmarks.join(",") }),
      ),
    );
    for (const r of [fromB!, fromC!]) {
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ document: { title: "Meadow Care Board minutes", origin: "ingested", text: TEXT }, person: { name: "Omar Owusu" } });
    }
  });

  it("sees a write made through another instance in the next membership analysis", async () => {
    const [a, b] = instances as [Instance, Instance, Instance];
    const GAPS = `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-03-25") { attendeesWithoutSeat { id } } }`;
    type G = { membershipGaps: { attendeesWithoutSeat: { id: string }[] } };
    const first = await gql<G>(b, GAPS);
    expect(first.data!.membershipGaps.attendeesWithoutSeat.map((p) => p.id)).not.toContain("person:omar-owusu");
    // b has the analysis cached now; a records that Dr Owusu was at the meeting.
    const correction = `document: {id: "doc:meadow-note", title: Meadow note, kind: notes, date: 2024-03-26, file: sources/note.txt, cite: "Meadow note"}
relationships:
  - {type: ATTENDED, from: person:omar-owusu, to: meeting:lsc-icp-2024-03-25, status: observer, cite: "Dr Omar Owusu observed the meeting of 25 March 2024"}
`;
    const w = await gql(
      a,
      `mutation($d: String!, $s: String!) { commitDraft(draft: $d, sourceText: $s) { documentId } }`,
      { d: correction, s: "Meadow note. Dr Omar Owusu observed the meeting of 25 March 2024." },
      { authorization: `Bearer ${EDITOR}` },
    );
    expect(w.errors).toBeUndefined();
    const second = await gql<G>(b, GAPS);
    expect(second.data!.membershipGaps.attendeesWithoutSeat.map((p) => p.id)).toContain("person:omar-owusu");
  });

  it("refuses bookmarks that are not bookmarks, naming the header", async () => {
    const r = await gql(instances[1]!, `{ __typename }`, {}, { "neo4j-bookmarks": "not a bookmark" });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/Invalid header neo4j-bookmarks/);
  });
});
