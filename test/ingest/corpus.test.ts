import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readBatch, readDataFile } from "../../src/dataset/read.js";
import { extract } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { corpusDocuments, splitFiles, splitOf } from "../../src/ingest/score/corpus.js";
import { scoreSplit } from "../../src/ingest/score/run.js";
import { compare, overall, precision, recall } from "../../src/ingest/score/score.js";
import { factsOf } from "../../src/ingest/score/facts.js";
import type { DataFile } from "../../src/dataset/format.js";

const docs = corpusDocuments();
const known = KnownEntities.fromBatch(readBatch(splitFiles("seeds")));

describe("the development corpus", () => {
  it("holds at least 40 labelled documents, each with its source and retrieval date, none from Lancashire or Cumbria", () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    for (const d of docs) {
      expect(d.source, d.id).toMatch(/^https?:\/\//);
      expect(d.retrieved, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.source!.toLowerCase(), d.id).not.toMatch(/lancashire|cumbria|blackpool|blackburn|morecambe|chorley|preston|southribble|lancs/);
    }
  });

  it("has gold labels whose every quote stands in the text", () => {
    for (const d of docs) expect(() => readDataFile(d.file), d.id).not.toThrow();
  });

  // Round 17's documents are gathered by someone else and merged only when it is scored: the
  // held-back split can be empty, never hold anything but them.
  it("holds back round 17 only, chosen before tuning, and develops on everything else, rounds 1 to 16 included", () => {
    const held = docs.filter((d) => splitOf(d.id) === "held-back");
    expect(held.map((d) => d.id).every((id) => id.startsWith("corpus-r17-"))).toBe(true);
    expect(docs.filter((d) => d.id.startsWith("corpus-r12-")).length).toBe(24);
    expect(docs.filter((d) => d.id.startsWith("corpus-r9-")).every((d) => splitOf(d.id) === "dev")).toBe(true);
    for (const round of [
      "corpus-r2-",
      "corpus-r3-",
      "corpus-r4-",
      "corpus-r5-",
      "corpus-r6-",
      "corpus-r7-",
      "corpus-r8-",
      "corpus-r10-",
      "corpus-r11-",
      "corpus-r13-",
      "corpus-r14-",
      "corpus-r15-",
      "corpus-r16-",
    ]) {
      const spent = docs.filter((d) => d.id.startsWith(round));
      expect(spent.length).toBe(20);
      expect(spent.every((d) => splitOf(d.id) === "dev")).toBe(true);
    }
    expect(docs.length - held.length).toBeGreaterThanOrEqual(343);
    expect(splitFiles("dev").length + splitFiles("held-back").length).toBe(docs.length);
  });

  it("places a decision cited by several quotes where its longest quote stands, not at the label it shares", () => {
    const text = "RESOLVED –\na) That the report be noted.\nb) That the plan be approved.\n";
    const doc = (cites: (string | string[])[]) =>
      ({
        document: { id: "doc:x", title: "x", kind: "minutes", file: "sources/x.txt", cite: "RESOLVED –" },
        entities: cites.map((cite, n) => ({ id: `resolution:x-${n}`, type: "Resolution", text: "", outcome: "noted", cite })),
        relationships: [],
      }) as unknown as DataFile;
    const gold = factsOf(
      doc([
        ["RESOLVED –", "a) That the report be noted."],
        ["RESOLVED –", "b) That the plan be approved."],
      ]),
      text,
    );
    const draft = factsOf(doc(["That the report be noted.", "That the plan be approved."]), text);
    expect(compare(gold, draft)["decisions"]).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("scores an empty split as no documents, not as a perfect score", () => {
    const { total, documents } = scoreSplit("dev", "corpus-no-such-prefix-");
    expect(documents).toEqual([]);
    expect(total).toEqual({});
  });
});

describe("drafts of unseen documents", () => {
  // A text with no attendance list gets no attendance: the extractor never invents who was there.
  const noList = docs.filter((d) => !readDataFile(d.file).data.relationships.some((r) => r.type === "ATTENDED"));
  it.each(noList.map((d) => [d.id, d]))("%s: no attendance list, no attendance", (_id, d) => {
    const { data, text } = readDataFile(d.file);
    const draft = extract(text, { file: data.document.file, known }).draft;
    expect(draft.relationships.filter((r) => r.type === "ATTENDED")).toEqual([]);
  });

  it("load: every draft of every corpus and seed document passes the loader's checks, quotes included", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drafts-"));
    try {
      fs.mkdirSync(path.join(dir, "sources"));
      for (const file of [...docs.map((d) => d.file), ...splitFiles("seeds")]) {
        const { data, text } = readDataFile(file);
        const name = path.basename(data.document.file);
        fs.writeFileSync(path.join(dir, "sources", name), text);
        const draft = extract(text, { file: name, known }).draft;
        const out = path.join(dir, `${path.basename(file, ".yaml")}.json.yaml`);
        fs.writeFileSync(out, JSON.stringify(draft));
        expect(() => readBatch([out]), file).not.toThrow();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("extraction quality (regression floors; docs/EXTRACTION.md has the tables)", () => {
  it("on the development half", () => {
    const { total } = scoreSplit("dev");
    const attendance = overall(total, "attendance:");
    const metadata = overall(total, "metadata:");
    // Round 17's development set: 343 documents; rounds 7 to 16 (scored once each before any tuning
    // on them) among them. Session 11's work raised every figure: attendance 0.916/0.811 ->
    // 0.942/0.840, metadata 0.94/0.85 -> 0.95/0.87, items 0.87/0.79 -> 0.87/0.81, decisions and
    // actions 0.83/0.60 -> 0.88/0.65; rounds 14 and 15 joining (323) lowered attendance to
    // 0.936/0.823. Session 12's learned attendee-word model: attendance 0.937/0.827 -> 0.940/0.879
    // (with each round left out, 0.933/0.870); round 16 joining (343, its models retrained) then
    // gave attendance 0.932/0.864, items 0.851/0.800, metadata 0.944/0.861, decisions and actions
    // 0.879/0.657.
    expect(precision(attendance)).toBeGreaterThanOrEqual(0.925);
    expect(recall(attendance)).toBeGreaterThanOrEqual(0.86);
    expect(precision(metadata)).toBeGreaterThanOrEqual(0.94);
    expect(recall(metadata)).toBeGreaterThanOrEqual(0.855);
    // Items with the learned heading model, trained on these documents.
    expect(recall(total["agenda items"]!)).toBeGreaterThanOrEqual(0.795);
    expect(precision(total["agenda items"]!)).toBeGreaterThanOrEqual(0.845);
    expect(precision(total["decisions and actions"]!)).toBeGreaterThanOrEqual(0.87);
    expect(recall(total["decisions and actions"]!)).toBeGreaterThanOrEqual(0.645);
  });

  it("on round 2's documents, the layouts the rules were not written for", () => {
    const { total } = scoreSplit("dev", "corpus-r2-");
    const attendance = overall(total, "attendance:");
    expect(precision(attendance)).toBeGreaterThanOrEqual(0.97);
    expect(recall(attendance)).toBeGreaterThanOrEqual(0.85);
    expect(recall(overall(total, "metadata:"))).toBeGreaterThanOrEqual(0.95);
  });

  it("on the seed documents, each read with only the other four known", () => {
    const { total } = scoreSplit("seeds");
    const attendance = overall(total, "attendance:");
    expect(precision(attendance)).toBeGreaterThanOrEqual(0.95);
    expect(recall(attendance)).toBeGreaterThanOrEqual(0.9);
    expect(recall(total["agenda items"]!)).toBeGreaterThanOrEqual(0.9);
    expect(precision(total["agenda items"]!)).toBeGreaterThanOrEqual(0.95);
    expect(precision(overall(total, "metadata:"))).toBeGreaterThanOrEqual(0.9);
    expect(recall(overall(total, "metadata:"))).toBeGreaterThanOrEqual(0.6);
    expect(recall(total["decisions and actions"]!)).toBeGreaterThanOrEqual(0.4);
  });
});
