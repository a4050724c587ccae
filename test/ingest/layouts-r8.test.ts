import { describe, expect, it } from "vitest";
import { findDates } from "../../src/ingest/dates.js";
import { parsePerson } from "../../src/ingest/names.js";
import { meetingsOf } from "../helpers/ingest-stages.js";

// Rounds 8 and 9: what their held-back documents showed after their one scoring — each on an invented example.
describe("meeting dates in round 8's forms", () => {
  it("dates 'Minutes of a Meeting held at 7pm on Tuesday 3 January 2012', the time before the date", () => {
    const [m] = meetingsOf(
      "Minutes of a Meeting held at 7pm on Tuesday 3 January 2012\nin the Lower Committee Room of the Village Hall.\n\nPresent: R Able, A Best\n",
    );
    expect(m?.date?.iso).toBe("2012-01-03");
  });

  it("reads 'held on 13th May' with no weekday or year only where the opening's dates share one year", () => {
    expect(findDates("Minutes of the Meeting held on 13th May at 8.00pm\nthe election held on 2nd May 2019.").map((d) => d.iso)).toEqual([
      "2019-05-13",
      "2019-05-02",
    ]);
    // Two years in the opening: which one is not known, so the day is not read.
    expect(findDates("Minutes of the Meeting held on 13th May at 8.00pm\nsee 2 May 2019 and 4 June 2018.").map((d) => d.iso)).toEqual([
      "2019-05-02",
      "2018-06-04",
    ]);
    // Not after "held on": a day and month in passing is not read.
    expect(findDates("deadline 13th May; see 2 May 2019.").map((d) => d.iso)).toEqual(["2019-05-02"]);
  });
});

describe("names as round 8's minutes print them", () => {
  it("reads an initial whose space after the full stop was dropped ('R.McLuckie', 'P.York') as the same name spaced", () => {
    expect(parsePerson("R.McLuckie (RM)")?.name).toBe("R. McLuckie");
    expect(parsePerson("P.York")?.name).toBe("P. York");
    // Spaced already, or a surname's own capital: unchanged.
    expect(parsePerson("L. Phillipson")?.name).toBe("L. Phillipson");
    expect(parsePerson("Ann McDonald")?.name).toBe("Ann McDonald");
  });
});

describe("a date written month first (round 9)", () => {
  it("dates the meeting 'HELD ON MONDAY JANUARY 25TH 2010', not the blog's posting date above it", () => {
    const text = "26 Feb 2010\n\nDRAFT MINUTES OF THE MEETING OF THE PARISH COUNCIL\nHELD ON MONDAY JANUARY 25TH 2010 IN THE VILLAGE HALL\n\n1. PRESENT\n";
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2010-01-25"]);
  });

  it("dates no meeting from a month-first date that does not say it dates one ('Friday, December 14, 2012' over a post)", () => {
    expect(findDates("Friday, December 14, 2012\nMinutes of the meeting held on Thursday 6th December 2012").map((d) => [d.iso, !!d.weak])).toEqual([
      ["2012-12-14", true],
      ["2012-12-06", false],
    ]);
    const text =
      "Friday, December 14, 2012\n\nParish Council Minutes\n\nMinutes of the Meeting held in the village hall\non Thursday 6th December 2012\n\nPresent: Cllr Ann Smith, Cllr Bob Jones\n";
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2012-12-06"]);
  });

  it("dates a meeting from a month-first date where the text offers no other ('March 12, 2019' under the body)", () => {
    expect(meetingsOf("Safer Northshire Partnership Board\n\nTuesday, March 12, 2019\n\nPresent: Ann Smith, Bob Jones\n").map((m) => m.date?.iso)).toEqual([
      "2019-03-12",
    ]);
  });
});

describe("pages that give no date of their own (round 9)", () => {
  it("are not dated from the minutes of another meeting they confirm, however long the words between", () => {
    const text = [
      "Minutes of the last meeting",
      "",
      "To confirm the Minutes of the special meeting of the Committee held on 18 November 2015, (copy enclosed).",
      "",
      "Minutes of adjourned meeting",
      "",
      "The draft minutes of the meeting held and adjourned on 22 September 2017 are attached for information.",
    ].join("\n");
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).toEqual([null]);
  });

  it("read no date in a paper's reference ('(HWB.05.04.2016/6)')", () => {
    expect(findDates("Health and Wellbeing Strategy Update (HWB.05.04.2016/6) and 05.04.2016").map((d) => d.iso)).toEqual(["2016-04-05"]);
  });
});
