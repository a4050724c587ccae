import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { curatedFiles, readBatch } from "../../src/dataset/read.js";
import { extract } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { pageAt, pdfToText } from "../../src/ingest/pdf.js";

const known = KnownEntities.fromBatch(readBatch(curatedFiles()));
const run = (text: string) => extract(text, { file: "test-minutes.txt", known });
type Rel = Record<string, unknown> & { type: string; from: string; to: string };
const rels = (text: string, type: string) => run(text).draft.relationships.filter((r) => r.type === type) as unknown as Rel[];
const meetings = (text: string) => run(text).draft.entities.filter((e) => e.type === "Meeting") as unknown as Record<string, unknown>[];

describe("extractor layouts", () => {
  it("reads a heading line with a weekday date under the body's name", () => {
    const [m] = meetings("\nRiverside Health Board\n\nTuesday, 16 February 2016\n\nPRESENT:\n\nAnn Able (Riverside Council).\n");
    expect(m).toMatchObject({ title: "Riverside Health Board", date: "2016-02-16", status: "held" });
  });

  it("reads 'Meeting date 9 December 2021' and 'Meeting Date: 22 June 2021'", () => {
    expect(meetings("Meeting date 9 December 2021\n\nKey actions and decisions\n")[0]).toMatchObject({ date: "2021-12-09" });
    expect(meetings("Meeting Date: 22 June 2021\n\nKey Decisions and Actions\n")[0]).toMatchObject({ date: "2021-06-22" });
  });

  it("reads date, time and venue from 'Minutes of the Meeting held on Monday, 25th March, 2024 at 10.00 am at …'", () => {
    const [m] = meetings(
      "Riverside Partnership\n\nMinutes of the Meeting held on Monday, 25th March, 2024 at 10.00 am at \nthe Council Chamber, Town Hall, Riverside\n\nPresent\n\nAnn Able\n",
    );
    expect(m).toMatchObject({ title: "Riverside Partnership", date: "2024-03-25", time: "10:00", venue: "Council Chamber, Town Hall, Riverside" });
  });

  it("reads PRESENT:/APOLOGIES:/OBSERVER:/OFFICERS: lists with honorifics and organisations in brackets", () => {
    const text = `Riverside Board\n\nTuesday, 4 March 2025\n\nPRESENT:\n\nCouncillor Ann Able (Chair), Dr Bob Baker (Riverside Hospital), County Councillor Cath Cole (Riverside County Council) and Dan Dee (Trustee, Riverside Network).\n\nAPOLOGIES:\n\nEve Eden (Riverside College) and Fay Ford.\n\nOBSERVER: Councillor Gil Gray\n\nOFFICERS: Hal Hill and Ian Ivy\n\n1. WELCOME\n`;
    const att = rels(text, "ATTENDED").map((r) => [r.from, r.status, r.role ?? r.capacity ?? null]);
    expect(att).toEqual([
      ["person:ann-able", "present", "chair"],
      ["person:bob-baker", "present", "Riverside Hospital"],
      ["person:cath-cole", "present", "Riverside County Council"],
      ["person:dan-dee", "present", "Trustee, Riverside Network"],
      ["person:eve-eden", "apologies", "Riverside College"],
      ["person:fay-ford", "apologies", null],
      ["person:gil-gray", "observer", null],
      ["person:hal-hill", "officer", null],
      ["person:ian-ivy", "officer", null],
    ]);
    const people = run(text).draft.entities.filter((e) => e.type === "Person") as unknown as Record<string, unknown>[];
    expect(people.find((p) => p.id === "person:cath-cole")).toMatchObject({ name: "Cath Cole", honorific: "County Councillor" });
  });

  it("links an organisation already in the graph, and keeps unknown ones as the capacity stated", () => {
    const att = rels("Board\n\nTuesday, 4 March 2025\n\nPRESENT:\n\nAnn Able (Chorley Council), Bob Baker (Nowhere Trust).\n", "ATTENDED");
    expect(att[0]).toMatchObject({ representing: "org:chorley-council", representingText: "Chorley Council" });
    expect(att[1]).toMatchObject({ capacity: "Nowhere Trust" });
    expect(att[1]!.representing).toBeUndefined();
  });

  it("reads 'Present' and 'In Attendance' blocks of one name a line, and 'Apologies were received from …'", () => {
    const text = `Riverside Partnership\n\nMinutes of the Meeting held on Monday, 3rd March, 2025 at 2.00 pm at the Town Hall\n\nPresent\n\nCounty Councillor Ann Able\n\nBob Baker\nCllr Cath Cole\n\nIn Attendance\n\nDan Dee, Chorley Council\nEve Eden, Riverside Hospital\n\n1.   Welcome and Apologies\n\nApologies were received from Councillor Fay Ford, Gil \n\nGray, and Dr Hal Hill.\n`;
    expect(rels(text, "ATTENDED").map((r) => [r.from, r.status])).toEqual([
      ["person:ann-able", "present"],
      ["person:bob-baker", "present"],
      ["person:cath-cole", "present"],
      ["person:dan-dee", "in_attendance"],
      ["person:eve-eden", "in_attendance"],
      ["person:fay-ford", "apologies"],
      ["person:gil-gray", "apologies"],
      ["person:hal-hill", "apologies"],
    ]);
  });

  it("reads a participant table of name, organisation and role, rows wrapped over lines", () => {
    const text = `Board Development Session 5th March 2025: Notes\n\n2.  Participants\n\nName  Organisation  Role\n\nAnn Able  Riverside Council  Leader  \n\nBob Baker  Riverside and District \nHospital Trust  Chief Executive\n\nCllr Cath Cole Riverside County Council  Councillor\n\n3. Objectives\n`;
    expect(rels(text, "ATTENDED").map((r) => [r.from, r.status])).toEqual([
      ["person:ann-able", "participant"],
      ["person:bob-baker", "participant"],
      ["person:cath-cole", "participant"],
    ]);
  });

  it("reads numbered agenda items, 'Resolved: That i. … ii. …', 'Action Point –' and 'Action/Decision:'", () => {
    const text = `Riverside Board\n\nTuesday, 4 March 2025\n\nPRESENT:\n\nAnn Able.\n\n1. WELCOME AND APOLOGIES\n\nAnn welcomed members.\n\n4.PROGRAMME PLAN FOR THE LOCALITY\n\nResolved: That \n      i.        the plan be approved \n    ii.        a report come back in June \n\nAction Point – Officers to publish the plan by April.\n\nAction/Decision:  The Board endorsed the recommendations.\n\n`;
    const ex = run(text).draft;
    const items = ex.entities.filter((e) => e.type === "AgendaItem") as unknown as Record<string, unknown>[];
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome And Apologies"],
      ["4", "Programme Plan For The Locality"],
    ]);
    const resolutions = ex.entities.filter((e) => e.type === "Resolution") as unknown as Record<string, unknown>[];
    expect(resolutions.map((r) => [r.text, r.outcome])).toEqual([
      ["the plan be approved", "approved"],
      ["a report come back in June", "resolved"],
      ["The Board endorsed the recommendations.", "endorsed"],
    ]);
    const actions = ex.entities.filter((e) => e.type === "Action") as unknown as Record<string, unknown>[];
    expect(actions.map((a) => a.text)).toEqual(["Officers to publish the plan by April."]);
    // All three decisions sit under item 4, where they were minuted.
    expect(ex.relationships.filter((r) => r.type === "HAS_RESOLUTION").map((r) => r.from)).toEqual(Array(3).fill("item:test-minutes-2025-03-04-4"));
  });

  it("reads 'Completed and signed off by …' as the author", () => {
    const r = rels("Meeting date 9 December 2021\n\nKey actions and decisions\n\nCompleted and signed off by Ann Able, Independent Chair\n", "AUTHORED");
    expect(r).toEqual([expect.objectContaining({ from: "person:ann-able", to: "doc:test-minutes" })]);
  });

  it("reports what it cannot read in an attendance block, with offsets, and does not guess", () => {
    const text = "Riverside Board\n\nTuesday, 4 March 2025\n\nPRESENT:\n\nAnn Able, the usual representatives of partner bodies, Bob Baker.\n\n1. WELCOME\n";
    const ex = run(text);
    expect(rels(text, "ATTENDED").map((r) => r.from)).toEqual(["person:ann-able", "person:bob-baker"]);
    expect(ex.unresolved).toHaveLength(1);
    const u = ex.unresolved[0]!;
    expect(u).toMatchObject({ section: "PRESENT:", why: "not read as a person" });
    expect(text.slice(u.start, u.end)).toBe("the usual representatives of partner bodies");
  });

  it("records a look-alike of someone in the graph as a possible identity, not the same person", () => {
    const text = "Board\n\nTuesday, 4 March 2025\n\nPRESENT:\n\nL. Roberts (Chorley Council), Lisa Roberts.\n";
    const ex = run(text).draft;
    const att = ex.relationships.filter((r) => r.type === "ATTENDED").map((r) => r.from);
    // "Lisa Roberts" is in the graph by that exact name; "L. Roberts" too (2021). Neither is merged into the other.
    expect(att).toEqual(["person:l-roberts", "person:lisa-roberts"]);
    const newcomer = run("Board\n\nTuesday, 4 March 2025\n\nPRESENT:\n\nK. Lavery.\n").draft;
    expect(newcomer.relationships.find((r) => r.type === "POSSIBLY_SAME_AS")).toMatchObject({ from: "person:k-lavery", to: "person:kevin-lavery" });
  });

  it("writes drafts whose every quote the loader finds again", () => {
    for (const f of fs.readdirSync(path.join(PROJECT_ROOT, "data", "sources"))) {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, "data", "sources", f), "utf8");
      const ex = extract(text, { file: f, known });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "draft-"));
      fs.mkdirSync(path.join(dir, "sources"));
      fs.writeFileSync(path.join(dir, "sources", f), text);
      const yamlFile = path.join(dir, "draft.yaml");
      fs.writeFileSync(yamlFile, JSON.stringify(ex.draft));
      expect(() => readBatch([yamlFile]), f).not.toThrow();
      fs.rmSync(dir, { recursive: true });
    }
  });
});

describe("PDF input", () => {
  it("extracts a PDF made here, keeping page numbers", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const lines = [
      ["Riverside Board", "", "Tuesday, 4 March 2025", "", "PRESENT:", "", "Councillor Ann Able (Chair), Bob Baker (Chorley Council)."],
      ["APOLOGIES:", "", "Cath Cole.", "", "1. WELCOME AND APOLOGIES", "", "Members were welcomed."],
    ];
    for (const pageLines of lines) {
      const page = pdf.addPage([595, 842]);
      pageLines.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 20, size: 12, font }));
    }
    const text = await pdfToText(await pdf.save());
    const ex = extract(text, { file: "riverside.txt", known });
    const att = ex.draft.relationships.filter((r) => r.type === "ATTENDED") as unknown as Rel[];
    expect(att.map((r) => [r.from, r.status])).toEqual([
      ["person:ann-able", "present"],
      ["person:bob-baker", "present"],
      ["person:cath-cole", "apologies"],
    ]);
    expect(pageAt(text, text.indexOf("Bob Baker"))).toBe(1);
    expect(pageAt(text, text.indexOf("Cath Cole"))).toBe(2);
  });
});
