import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { fold } from "../../src/dataset/citations.js";
import { loadBatch } from "../../src/dataset/load.js";
import { curatedFiles, DataFileError, readBatch } from "../../src/dataset/read.js";
import { documentVersions, restoreVersion } from "../../src/dataset/restore.js";
import { openTestDatabase } from "../helpers/db.js";

/**
 * What a person counts by reading the five seed documents (see the README's dataset section for
 * how each number was counted). The loader must put exactly these in the graph.
 */
const EXPECTED_NODES: Record<string, number> = {
  SourceDocument: 5,
  Person: 63,
  Organisation: 29,
  Partnership: 7,
  Body: 24,
  Meeting: 22,
  AgendaItem: 32,
  Resolution: 26,
  Action: 18,
  Priority: 41,
  Strategy: 11,
  Sector: 20,
  Place: 11,
  TermsOfReference: 2,
  Seat: 26,
  Rule: 8,
};

/** A data file and its source text (sources/note.txt) in a folder of their own. */
function writeDataFile(content: string, source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-data-"));
  fs.mkdirSync(path.join(dir, "sources"));
  fs.writeFileSync(path.join(dir, "sources", "note.txt"), source);
  const file = path.join(dir, "bad.yaml");
  fs.writeFileSync(file, content);
  return file;
}

async function labelCounts(db: Awaited<ReturnType<typeof openTestDatabase>>) {
  const rows = await db.gateway.read("MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS n");
  return Object.fromEntries(rows.map((r) => [r.label as string, r.n as number]));
}

/** Everything in the graph, as one string: equal strings mean an unchanged graph. */
async function snapshot(db: Awaited<ReturnType<typeof openTestDatabase>>): Promise<string> {
  const nodes = await db.gateway.read("MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p ORDER BY id");
  const rels = await db.gateway.read(
    "MATCH (a)-[r]->(b) RETURN a.id + '|' + type(r) + '|' + b.id + '|' + coalesce(r.key, '') AS k, properties(r) AS p ORDER BY k",
  );
  return JSON.stringify([nodes, rels]);
}

describe("the seed dataset in Neo4j", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadBatch(db.gateway, readBatch(curatedFiles()));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("holds exactly the entities counted by reading, per label", async () => {
    expect(await labelCounts(db)).toEqual(EXPECTED_NODES);
  });

  it("gives every entity and every relationship at least one citation", async () => {
    const [n] = await db.gateway.read("MATCH (n:Entity) WHERE size(coalesce(n.citeQuote, [])) = 0 RETURN count(n) AS bare");
    const [r] = await db.gateway.read("MATCH ()-[r]->() WHERE r.key IS NOT NULL AND size(coalesce(r.citeQuote, [])) = 0 RETURN count(r) AS bare");
    expect(n?.bare).toBe(0);
    expect(r?.bare).toBe(0);
  });

  it("stores quotes that really occur in their documents at their offsets", async () => {
    const docs = await db.gateway.read("MATCH (d:SourceDocument) RETURN d.id AS id, d.file AS file");
    const texts = new Map(docs.map((d) => [d.id as string, fs.readFileSync(path.join(PROJECT_ROOT, "data", d.file as string), "utf8")]));
    const cites = await db.gateway.read(`
      CALL () { MATCH (n:Entity) RETURN n.citeDoc AS d, n.citeQuote AS q, n.citeStart AS s, n.citeEnd AS e
                UNION ALL
                MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN r.citeDoc AS d, r.citeQuote AS q, r.citeStart AS s, r.citeEnd AS e }
      UNWIND range(0, size(q) - 1) AS i
      RETURN d[i] AS doc, q[i] AS quote, s[i] AS start, e[i] AS end`);
    const inFiles = readBatch(curatedFiles());
    expect(cites.length).toBe([...inFiles.nodes, ...inFiles.rels].reduce((n, x) => n + x.citations.length, 0));
    const bad = cites.filter((c) => {
      const text = texts.get(c.doc as string);
      if (!text) return true;
      const slice = text.slice(c.start as number, c.end as number);
      return slice !== c.quote || !fold(text).includes(fold(c.quote as string));
    });
    expect(bad).toEqual([]);
  });

  it("keeps one node for a person named in several documents, citing each", async () => {
    const [row] = await db.gateway.read("MATCH (p:Person {id: 'person:alistair-bradley'}) RETURN p.name AS name, p.honorific AS honorific, p.citeDoc AS docs");
    expect(row?.name).toBe("Alistair Bradley");
    expect(row?.honorific).toBe("Councillor");
    expect(new Set(row?.docs as string[])).toEqual(new Set(["doc:chorley-psr-executive-2016-02-16", "doc:lsc-icp-2024"]));
  });

  it("records a look-alike name as a possible identity with evidence, not a merge", async () => {
    const rows = await db.gateway.read(
      "MATCH (a:Person {id: 'person:l-roberts'})-[r:POSSIBLY_SAME_AS]->(b:Person {id: 'person:lisa-roberts'}) RETURN r.evidence AS evidence, r.citeDoc AS docs",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.evidence).toMatch(/No document states they are the same person/);
    expect(new Set(rows[0]?.docs as string[])).toEqual(new Set(["doc:central-lancashire-2021-06-22", "doc:lsc-icp-2024"]));
  });

  it("is idempotent: loading again reports nothing created or updated and changes nothing", async () => {
    const before = await snapshot(db);
    const summary = await loadBatch(db.gateway, readBatch(curatedFiles()));
    const changed = [...Object.values(summary.nodes), ...Object.values(summary.relationships)].reduce((n, c) => n + c.created + c.updated + c.deleted, 0);
    expect(changed).toBe(0);
    expect(summary.nodes.Person?.unchanged).toBe(63);
    expect(await snapshot(db)).toBe(before);
  });

  it("a dry run reports what would change and writes nothing", async () => {
    const before = await snapshot(db);
    const file = path.join(os.tmpdir(), `pg-dry-${process.pid}.yaml`);
    fs.mkdirSync(path.join(os.tmpdir(), "sources"), { recursive: true });
    fs.copyFileSync(
      path.join(PROJECT_ROOT, "data/sources/2016-02-16-chorley-psr-executive-minutes.txt"),
      path.join(os.tmpdir(), "sources/2016-02-16-chorley-psr-executive-minutes.txt"),
    );
    const original = fs.readFileSync(path.join(PROJECT_ROOT, "data/2016-02-16-chorley-psr-executive.yaml"), "utf8");
    fs.writeFileSync(file, original.replace("name: Runshaw College, kind: college", "name: Runshaw College, aliases: [Runshaw], kind: college"));
    const summary = await loadBatch(db.gateway, readBatch([file]), { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.nodes.Organisation?.updated).toBe(1);
    expect(await snapshot(db)).toBe(before);
  });

  it("is atomic: a file that fails inside the transaction leaves the graph exactly as it was", async () => {
    const before = await snapshot(db);
    const broken = writeDataFile(
      `document: {id: "doc:broken-note", title: Note, kind: notes, file: sources/note.txt, cite: "The Runshaw Board met"}
entities:
  - {id: person:ada-lovelace, type: Person, name: Ada Lovelace, cite: "Ada Lovelace attended"}
relationships:
  - {type: ATTENDED, from: person:ada-lovelace, to: meeting:no-such-meeting, status: present, cite: "Ada Lovelace attended"}
`,
      "The Runshaw Board met on 1 May 2025. Ada Lovelace attended.",
    );
    // Valid on its own, so it passes validation; the missing meeting is found inside the transaction.
    const batch = readBatch([path.join(PROJECT_ROOT, "data/2016-02-16-chorley-psr-executive.yaml"), broken]);
    await expect(loadBatch(db.gateway, batch)).rejects.toThrow(/refers to meeting:no-such-meeting, which is neither in these files nor in the graph/);
    expect(await snapshot(db)).toBe(before);
  });

  it("keeps every version of a document and restores an earlier one as a new version", async () => {
    const original = fs.readFileSync(path.join(PROJECT_ROOT, "data/2016-02-16-chorley-psr-executive.yaml"), "utf8");
    const [v1] = await documentVersions(db.gateway, "doc:chorley-psr-executive-2016-02-16");
    const edited = writeDataFile(
      original
        .replace("title: Any Other Business,", "title: Other Business,")
        .replace("file: sources/2016-02-16-chorley-psr-executive-minutes.txt", "file: sources/note.txt"),
      fs.readFileSync(path.join(PROJECT_ROOT, "data/sources/2016-02-16-chorley-psr-executive-minutes.txt"), "utf8"),
    );
    const changed = await loadBatch(db.gateway, readBatch([edited]));
    const version = changed.versions["doc:chorley-psr-executive-2016-02-16"]!.version;
    expect(version).toBe(v1!.version + 1);
    const title = async () => (await db.gateway.read("MATCH (i:AgendaItem {id: 'item:chorley-psr-2016-02-16-8'}) RETURN i.title AS t"))[0]!.t;
    expect(await title()).toBe("Other Business");
    expect((await documentVersions(db.gateway, "doc:chorley-psr-executive-2016-02-16")).map((v) => v.version).slice(0, 2)).toEqual([version, v1!.version]);

    const restored = await restoreVersion(db.gateway, "doc:chorley-psr-executive-2016-02-16", v1!.version);
    expect(restored.versions["doc:chorley-psr-executive-2016-02-16"]!.version).toBe(version + 1);
    expect(await title()).toBe("Any Other Business");
    const [doc] = await db.gateway.read("MATCH (d:SourceDocument {id: 'doc:chorley-psr-executive-2016-02-16'}) RETURN d.file AS file, d.version AS v");
    expect(doc).toMatchObject({ v: version + 1 });
    expect(fs.existsSync(path.join(PROJECT_ROOT, "data", String(doc!.file)))).toBe(true);
    await expect(restoreVersion(db.gateway, "doc:chorley-psr-executive-2016-02-16", 99)).rejects.toThrow(/version 99: no such version; kept: /);
    // Put the curated file back for the tests after this one.
    await loadBatch(db.gateway, readBatch([path.join(PROJECT_ROOT, "data/2016-02-16-chorley-psr-executive.yaml")]));
  });

  it("checks the kinds of ends that are already in the graph, inside the transaction", async () => {
    const before = await snapshot(db);
    const file = writeDataFile(
      `document: {id: "doc:kinds", title: K, kind: notes, file: sources/note.txt, cite: "Chorley Council met"}\nrelationships:\n  - {type: ATTENDED, from: org:chorley-council, to: place:chorley, status: present, cite: "Chorley Council met Chorley"}\n`,
      "Chorley Council met Chorley.",
    );
    await expect(loadBatch(db.gateway, readBatch([file]))).rejects.toThrow(
      /ATTENDED cannot start at a Organisation.*org:chorley-council is a Organisation, place:chorley a Place/,
    );
    expect(await snapshot(db)).toBe(before);
  });
});

describe("data file errors", () => {
  const writeBad = (content: string) => writeDataFile(content, "The Board met on 1 May 2025. Ada Lovelace attended.");
  const header = `document: {id: "doc:note", title: Note, kind: notes, file: sources/note.txt, cite: "The Board met"}\n`;

  it("names the file, the path inside it and the quote that does not occur", () => {
    const file = writeBad(`${header}entities:\n  - {id: person:ada-lovelace, type: Person, name: Ada Lovelace, cite: "Ada Byron attended"}\n`);
    expect(() => readBatch([file])).toThrow(DataFileError);
    expect(() => readBatch([file])).toThrow(/bad\.yaml: entities\[0\]\.cite: quote not found in sources\/note\.txt: "Ada Byron attended"/);
  });

  it("names a value outside its allowed set", () => {
    const file = writeBad(`${header}entities:\n  - {id: meeting:m, type: Meeting, title: M, kind: party, status: held, cite: "The Board met"}\n`);
    expect(() => readBatch([file])).toThrow(/bad\.yaml: entities\[0\]\.kind: Invalid option: expected one of "formal-meeting"\|"workshop"/);
  });

  it("names a malformed id and a bad date", () => {
    const file = writeBad(
      `${header}entities:\n  - {id: Person:Ada, type: Person, name: Ada, cite: "Ada Lovelace"}\n  - {id: meeting:m, type: Meeting, title: M, date: 1 May 2025, kind: workshop, status: held, cite: "The Board met"}\n`,
    );
    expect(() => readBatch([file])).toThrow(/entities\[0\]\.id: must be an id like person:some-name/);
    expect(() => readBatch([file])).toThrow(/entities\[1\]\.date: must be a date written YYYY-MM-DD/);
  });

  it("names an entity that disagrees with another file", () => {
    const file = writeBad(
      `document: {id: "doc:note2", title: Note, kind: notes, file: sources/note.txt, cite: "The Board met"}\nentities:\n  - {id: person:alistair-bradley, type: Person, name: Alastair Bradley, cite: "Ada Lovelace"}\n`,
    );
    expect(() => readBatch([path.join(PROJECT_ROOT, "data/2016-02-16-chorley-psr-executive.yaml"), file])).toThrow(
      /bad\.yaml: entities\[0\]\.name: person:alistair-bradley has name "Alastair Bradley" here but "Alistair Bradley" in data\/2016-02-16-chorley-psr-executive\.yaml/,
    );
  });

  it("refuses relationships between kinds the model does not join (an organisation ATTENDED a place)", () => {
    const file = writeBad(
      `${header}entities:
  - {id: org:board-org, type: Organisation, name: The Board, kind: other, cite: "The Board met"}
  - {id: place:may, type: Place, name: May, level: district, cite: "1 May 2025"}
  - {id: person:ada-lovelace, type: Person, name: Ada Lovelace, cite: "Ada Lovelace"}
relationships:
  - {type: ATTENDED, from: org:board-org, to: place:may, status: present, cite: "Ada Lovelace attended"}
  - {type: MEETING_OF, from: person:ada-lovelace, to: org:board-org, cite: "The Board met"}
`,
    );
    expect(() => readBatch([file])).toThrow(
      /ATTENDED cannot start at a Organisation \(it joins Person to Meeting\): org:board-org is a Organisation, place:may a Place/,
    );
    expect(() => readBatch([file])).toThrow(/MEETING_OF cannot start at a Person/);
  });

  it("refuses a data file too large to be one document's, by name, before parsing it", () => {
    const file = writeBad(`${header}# ${"x".repeat(5_100_000)}\n`);
    expect(() => readBatch([file])).toThrow(/bad\.yaml: \(file\): is 5\.1 MB; a data file may be at most 5 MB/);
  });

  it("reports YAML syntax errors with the line", () => {
    const file = writeBad(`${header}entities:\n  - {id: person:x, type: Person\n`);
    expect(() => readBatch([file])).toThrow(/bad\.yaml: line \d+:/);
  });
});
