import { beforeAll, describe, expect, it } from "vitest";
import { readBatch } from "../../src/dataset/read.js";
import { findDates } from "../../src/ingest/dates.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { splitFiles } from "../../src/ingest/score/corpus.js";
import { scoreDocument } from "../../src/ingest/score/run.js";
import { addScores, overall, recall, type Scores } from "../../src/ingest/score/score.js";
import { LABEL_FORMS, rewriteDates, rewriteLabels, VARIATIONS } from "../../src/ingest/score/variants.js";
import { meetingsOf } from "../helpers/ingest-stages.js";

const isoOf = (s: string) => findDates(s).map((d) => d.iso);

describe("dates in every common written form", () => {
  it("reads figures with slashes, stops or dashes, day first, and ISO dates", () => {
    expect(isoOf("17/06/2021, 17.06.2021, 17-06-2021 and 2021-06-17")).toEqual(["2021-06-17", "2021-06-17", "2021-06-17", "2021-06-17"]);
  });

  it("reads a two-digit year after slashes only: '3.1.12' is a paragraph's number", () => {
    expect(isoOf("Meeting 17/06/21; see paragraph 3.1.12 and 4-5-19")).toEqual(["2021-06-17"]);
  });

  it("reads 'Tuesday the 16th of February 2016'", () => {
    expect(isoOf("held on Tuesday the 16th of February 2016 at 2pm")).toEqual(["2016-02-16"]);
  });

  it("reads no day the calendar lacks ('30/02/2020', '31 April 2021')", () => {
    expect(isoOf("30/02/2020 or 31 April 2021")).toEqual([]);
  });
});

describe("a meeting dated in any of those forms", () => {
  it("is dated by a header line that opens with its date ('4 Feb 2014 at 2.00 pm' under the body)", () => {
    const [m] = meetingsOf("Minutes of Meeting of Northshire Voices Board\n\n4 Feb 2014 at 2.00 pm\n\nPresent: Ann Smith, Bob Jones\n");
    expect([m?.date?.iso, m?.time?.value, m?.body?.name]).toEqual(["2014-02-04", "14:00", "Northshire Voices Board"]);
  });

  it("is dated month first beside the body ('<Board> - April 11, 2011 2.00 p.m.') and under it ('June 4, 2010')", () => {
    expect(meetingsOf("Agenda and draft minutes\n\nNorthshire Partnership Board - April 11, 2011 2.00 p.m.\n\nItems\n").map((m) => m.date?.iso)).toEqual([
      "2011-04-11",
    ]);
    expect(
      meetingsOf("   Youth Offending Performance Board\n\n      June 4, 2010\n   Civic Suite, Town Hall\n\nAnn Smith   Director\n").map((m) => m.date?.iso),
    ).toEqual(["2010-06-04"]);
  });

  it("is not dated from a later list of earlier meetings written month first", () => {
    const text = [
      "Apologies for Absence",
      "",
      "The following apologies were reported to the meeting by the Chair",
      "",
      "Ann Smith, Chief Executive",
      "",
      "To confirm as a correct record the minutes of the meetings held on November 12, 2020 (attached) and January 14, 2021",
    ].join("\n");
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).toEqual([null]);
  });

  it("in a paper, is not dated from a table of dates far below the paper's heading", () => {
    const text = [
      "Northshire Place Based Partnership Board",
      "",
      "Locality Workshops",
      "1. Background",
      "",
      "As part of the development of the partnership it was agreed to hold a series of workshops within each locality to undertake a period of wider engagement with our partners.",
      "",
      "\tLocality",
      "\tDate",
      "",
      "\tNorth (Lancaster Road)",
      "\t18 January 2023",
    ].join("\n");
    expect(meetingsOf(text)).toEqual([]);
  });
});

describe("the development corpus with its dates written another way", () => {
  it("maps a rewritten text's offsets back to the text as labelled", () => {
    const text = "Held on 16 February 2016. Then RESOLVED that 1 March 2016 be the day.";
    const r = rewriteDates(text, "2016-02-16");
    expect(r.text).toBe("Held on 2016-02-16. Then RESOLVED that 2016-03-01 be the day.");
    const at = r.text.indexOf("RESOLVED");
    expect(r.original(at)).toBe(text.indexOf("RESOLVED"));
    expect(r.original(r.text.indexOf("2016-03-01") + 3)).toBe(text.indexOf("1 March 2016"));
  });

  it("rewords the headings of attendance lists, not sentences that open with the same words", () => {
    const text = "Members Present: Ann Smith\nApologies for absence\nBob Jones\nPresent at the meeting were two residents.\nAlso in attendance: Cat Lee";
    expect(rewriteLabels(text, "Attendees / Apologies received / Also present").text).toBe(
      "Attendees: Ann Smith\nApologies received\nBob Jones\nPresent at the meeting were two residents.\nAlso present: Cat Lee",
    );
    expect(Object.keys(LABEL_FORMS).length).toBeGreaterThanOrEqual(5);
  });

  // Each document rewritten in one form, the forms taken in turn: every form is tried on a share of
  // the documents, and what the plain documents score must hold. The forms the extractor was tuned
  // on are only some of these; unseen minutes use the others.
  const known = KnownEntities.fromBatch(readBatch(splitFiles("seeds")));
  const files = splitFiles("dev");
  // Each document's plain scores, for the same documents' figures under each form.
  const plain = new Map<string, Scores>();
  beforeAll(() => {
    for (const file of files) plain.set(file, scoreDocument(file, known));
  }, 120_000);
  for (const variation of Object.keys(VARIATIONS) as (keyof typeof VARIATIONS)[]) {
    it(`keeps the meeting dates and attendance it reads as written, whatever the ${variation} are written as`, () => {
      const forms = Object.entries(VARIATIONS[variation]);
      const varied: Record<string, { as: Scores; plain: Scores }> = {};
      files.forEach((file, i) => {
        const [form, rewrite] = forms[i % forms.length]!;
        const into = (varied[form] ??= { as: {}, plain: {} });
        addScores(into.as, scoreDocument(file, known, { rewrite }));
        addScores(into.plain, plain.get(file)!);
      });
      const all = Object.values(varied).reduce((t, s) => addScores(t, s.as), {} as Scores);
      const before = [...plain.values()].reduce((t, s) => addScores(t, s), {} as Scores);
      expect(recall(all["metadata: date"]!)).toBeGreaterThanOrEqual(recall(before["metadata: date"]!) - 0.01);
      expect(recall(overall(all, "attendance:"))).toBeGreaterThanOrEqual(recall(overall(before, "attendance:")) - 0.01);
      // No form loses more than one meeting's date of those its documents' plain texts give.
      for (const [form, s] of Object.entries(varied)) expect(s.as["metadata: date"]!.fn, form).toBeLessThanOrEqual(s.plain["metadata: date"]!.fn + 1);
    }, 120_000);
  }
});
