import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, LEARNED_ITEM_CONFIDENCE, REVIEW_BELOW } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { ITEM_MODEL_FILE } from "../../src/ingest/learn/item-lines.js";
import { predict, train } from "../../src/ingest/learn/softmax.js";
import { developmentTexts, serialise, trainOnDevelopment } from "../../src/ingest/learn/training.js";
import { HELD_BACK_PREFIX, splitFiles } from "../../src/ingest/score/corpus.js";
import { learnedHeadings } from "../../src/ingest/stages/items.js";
import { linesOf } from "../../src/ingest/stages/lines.js";

// The learned item-heading model: trained on the development corpus only, reproducible from its
// labels, and used only for lines the rules did not read, each one marked for review.
const items = (text: string, itemModel?: null) =>
  extract(text, { file: "eastfield.txt", known: KnownEntities.empty(), ...(itemModel === null ? { itemModel } : {}) });
const titles = (ex: ReturnType<typeof items>) => ex.draft.entities.filter((e) => e.type === "AgendaItem").map((e) => (e as { title: string }).title);

describe("the learned item-heading model", () => {
  it("is what the development labels train: a label changed without retraining fails here", () => {
    expect(fs.readFileSync(ITEM_MODEL_FILE, "utf8")).toBe(serialise(trainOnDevelopment()));
  });

  it("trains on the development split and on no held-back document", () => {
    const ids = developmentTexts().map((t) => t.id);
    expect(ids.length).toBe(splitFiles("dev").length);
    expect(ids.some((id) => id.startsWith(HELD_BACK_PREFIX))).toBe(false);
    expect(ids.length).toBeGreaterThanOrEqual(343);
  });

  it("trains the same weights every time, and learns a rule a feature states", () => {
    const xs = [["bias", "numbered"], ["bias"], ["bias", "numbered", "short"], ["bias", "short"]];
    const ys = [1, 0, 1, 0];
    const a = train(xs, ys, ["no", "item"], { epochs: 200, rate: 2, l2: 0 });
    expect(train(xs, ys, ["no", "item"], { epochs: 200, rate: 2, l2: 0 })).toEqual(a);
    expect(predict(a, ["bias", "numbered"])[1]).toBeGreaterThan(0.9);
    expect(predict(a, ["bias", "short"])[1]).toBeLessThan(0.1);
  });

  const modernGov = [
    "Meeting of Eastfield Drug and Alcohol Partnership Board",
    "Thursday, 8th February, 2024 2.00 pm",
    "",
    "Venue: Committee Room 2, Eastfield Town Hall",
    "",
    "Welcome and apologies.",
    "",
    "The Chair welcomed members and noted apologies from Ravi Patel.",
    "",
    "Appointment of Vice Chair.",
    "",
    "Priya Shah was appointed Vice Chair for the year.",
    "",
    "Minutes of the previous meeting. pdf icon PDF 97 KB",
    "",
    "The minutes were agreed as a correct record.",
    "",
  ].join("\n");

  it("finds headings the rules do not read (titles ending in a full stop), each marked for review", () => {
    expect(titles(items(modernGov, null))).toEqual([]);
    const ex = items(modernGov);
    expect(titles(ex)).toEqual(["Welcome and apologies", "Appointment of Vice Chair", "Minutes of the previous meeting"]);
    const reviewed = ex.review.filter((r) => r.fact.startsWith("item:"));
    expect(reviewed).toHaveLength(3);
    expect(reviewed.every((r) => r.confidence === LEARNED_ITEM_CONFIDENCE && LEARNED_ITEM_CONFIDENCE < REVIEW_BELOW)).toBe(true);
    expect(reviewed[0]!.why).toMatch(/learned line model \(p 0\.\d\d|learned line model \(p 1\.00/);
    expect(ex.sections.find((s) => s.section === "agenda items")!.toReview).toBe(3);
  });

  it("adds nothing where the rules read every heading", () => {
    const text = "Minutes of the Wessex Board held on 14 March 2023\n\n1. Welcome\n\nThe Chair welcomed all.\n\n2. Budget\n\nThe budget was noted.\n";
    expect(titles(items(text))).toEqual(titles(items(text, null)));
    expect(items(text).review.filter((r) => r.fact.startsWith("item:"))).toEqual([]);
  });

  it("never offers a label, a date, a number alone or page furniture, whatever the model says", () => {
    const text = ["Present: Anna Bell", "11 September 2024", "5.", "Page 3 of 47", "Apologies", "39/20", "BUDGET MONITORING"].join("\n");
    const lines = linesOf(text);
    const offered = learnedHeadings(
      lines,
      0,
      text.length,
      lines.map(() => 1),
      0.8,
    );
    // "39/20" over its title gives the title its number.
    expect(offered.map((i) => [i.number, i.title])).toEqual([["39/20", "Budget Monitoring"]]);
  });
});

describe("a date under 'Date of next meeting'", () => {
  it("is not item 11 ('11 September 2024.')", () => {
    const text = "Minutes of the Wessex Board held on 14 March 2023\n\n1. Welcome\n\n2. Date of Next Meeting\n\n11 September 2024.\n";
    expect(titles(items(text, null))).toEqual(["Welcome", "Date of Next Meeting"]);
  });
});
