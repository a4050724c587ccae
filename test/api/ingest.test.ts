import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

const EDITOR = "editor-key-0123456789abcdef";
const READER = "reader-key-0123456789abcdef";

const MINUTES = `Riverside Health Partnership

Tuesday, 4 March 2025

PRESENT:

Councillor Ann Able (Chair), Polly Patel (Chorley Council), Bob Baker (Riverside Hospital).

APOLOGIES:

Councillor Alistair Bradley (Chorley Council).

1. WELCOME AND APOLOGIES

Members were welcomed.

2. NEIGHBOURHOOD TEAMS

Resolved: That the neighbourhood plan be approved.

Action Point – Bob Baker to report back in June.
`;

describe("ingesting a new document through the API", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  let ingestDir: string;

  beforeAll(async () => {
    ingestDir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-ingest-"));
    ({ db, server } = await startSeededServer({ API_KEYS: `alice:editor:${EDITOR};bob:reader:${READER}`, INGEST_DIR: ingestDir }));
  });
  afterAll(() => stopSeededServer({ db, server }));

  const gqlAs = async <T>(key: string | null, query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const count = async () => (await db.gateway.read("MATCH (n) RETURN count(n) AS n"))[0]!.n as number;

  const EXTRACT = `mutation($t: String!) { extractDocument(fileName: "riverside-2025-03-04.txt", text: $t) { draft sourceText meetings newPeople attendance agendaItems resolutions actions unresolved { section text } } }`;
  const COMMIT = `mutation($d: String!, $s: String!) { commitDraft(draft: $d, sourceText: $s) { documentId changed summary recordedAt } }`;

  it("rejects a write without a key, or with a reader's key, and writes nothing", async () => {
    const before = await count();
    const none = await gqlAs(null, COMMIT, { d: "document: {}", s: "x" });
    expect(none.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await gqlAs(READER, COMMIT, { d: "document: {}", s: "x" });
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const extractAsReader = await gqlAs(READER, EXTRACT, { t: MINUTES });
    expect(extractAsReader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await count()).toBe(before);
    expect(fs.readdirSync(ingestDir)).toEqual([]);
  });

  it("drafts, commits once, and a second commit of the same draft changes nothing", async () => {
    type Draft = { extractDocument: { draft: string; sourceText: string; meetings: number; newPeople: number; attendance: number; agendaItems: number; resolutions: number; actions: number; unresolved: unknown[] } };
    const ex = await gqlAs<Draft>(EDITOR, EXTRACT, { t: MINUTES });
    expect(ex.errors).toBeUndefined();
    expect(ex.data!.extractDocument).toMatchObject({ meetings: 1, newPeople: 2, attendance: 4, agendaItems: 2, resolutions: 1, actions: 1, unresolved: [] });
    const { draft, sourceText } = ex.data!.extractDocument;
    // Existing people are matched by their exact name, not created again.
    expect(draft).toContain("from: person:polly-patel");
    expect(draft).toContain("representing: org:chorley-council");

    type Commit = { commitDraft: { documentId: string; changed: number; summary: string } };
    const first = await gqlAs<Commit>(EDITOR, COMMIT, { d: draft, s: sourceText });
    expect(first.errors).toBeUndefined();
    expect(first.data!.commitDraft.documentId).toBe("doc:riverside-2025-03-04");
    expect(first.data!.commitDraft.changed).toBeGreaterThan(10);

    const m = await server.gql<{ meeting: { attendance: { status: string; person: { id: string }; sources: { quote: string; document: { id: string } }[] }[] } }>(
      `{ meeting(id: "meeting:riverside-2025-03-04-2025-03-04") { attendance { status person { id } sources { quote document { id } } } } }`,
    );
    expect(m.data!.meeting.attendance.map((a) => [a.person.id, a.status])).toEqual(
      expect.arrayContaining([["person:polly-patel", "PRESENT"], ["person:alistair-bradley", "APOLOGIES"], ["person:ann-able", "PRESENT"]]),
    );
    expect(m.data!.meeting.attendance[0]!.sources[0]!.document.id).toBe("doc:riverside-2025-03-04");

    const before = await count();
    const again = await gqlAs<Commit>(EDITOR, COMMIT, { d: draft, s: sourceText });
    expect(again.data!.commitDraft.changed).toBe(0);
    expect(await count()).toBe(before + 1); // only the audit entry of the second write
  });

  it("records every write: who, when, which document", async () => {
    const r = await gqlAs<{ auditLog: { who: string; role: string; action: string; document: string; at: string }[] }>(EDITOR, `{ auditLog(first: 5) { who role action document at } }`);
    expect(r.data!.auditLog.map((a) => [a.who, a.role, a.action, a.document])).toEqual([
      ["alice", "editor", "commitDraft", "doc:riverside-2025-03-04"],
      ["alice", "editor", "commitDraft", "doc:riverside-2025-03-04"],
    ]);
    expect(Date.parse(r.data!.auditLog[0]!.at)).toBeGreaterThan(Date.now() - 600_000);
  });

  it("refuses a draft whose quote is not in the text, naming the problem, and writes nothing", async () => {
    const before = await count();
    const draft = `document: {id: "doc:bad-draft", title: Bad, kind: notes, file: sources/bad.txt, cite: "Nothing like this"}\n`;
    const r = await gqlAs(EDITOR, COMMIT, { d: draft, s: "Some other text entirely." });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "draft" });
    expect(r.errors?.[0]?.message).toMatch(/quote not found in sources\/bad\.txt: "Nothing like this"/);
    expect(await count()).toBe(before);
  });

  it("takes a PDF, and its citations tell the page", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const pages = [
      ["Lakeside Board", "", "Tuesday, 6 May 2025", "", "PRESENT:", "", "Ann Able (Chorley Council)."],
      ["APOLOGIES:", "", "Zoe Zed (Chorley Council)."],
    ];
    for (const lines of pages) {
      const page = pdf.addPage([595, 842]);
      lines.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 20, size: 12, font }));
    }
    const b64 = Buffer.from(await pdf.save()).toString("base64");
    const ex = await gqlAs<{ extractDocument: { draft: string; sourceText: string; attendance: number } }>(
      EDITOR,
      `mutation($p: String!) { extractDocument(fileName: "lakeside-2025-05-06.pdf", pdfBase64: $p) { draft sourceText attendance } }`,
      { p: b64 },
    );
    expect(ex.errors).toBeUndefined();
    expect(ex.data!.extractDocument.attendance).toBe(2);
    const commit = await gqlAs<{ commitDraft: { documentId: string } }>(EDITOR, COMMIT, { d: ex.data!.extractDocument.draft, s: ex.data!.extractDocument.sourceText });
    expect(commit.errors).toBeUndefined();
    const m = await server.gql<{ meeting: { attendance: { person: { id: string }; sources: { page: number | null }[] }[] } }>(
      `{ meeting(id: "meeting:lakeside-2025-05-06-2025-05-06") { attendance { person { id } sources { page } } } }`,
    );
    const pageOf = (id: string) => m.data!.meeting.attendance.find((a) => a.person.id === id)!.sources[0]!.page;
    expect(pageOf("person:ann-able")).toBe(1);
    expect(pageOf("person:zoe-zed")).toBe(2);
  });
});
