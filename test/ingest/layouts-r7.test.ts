import { describe, expect, it } from "vitest";
import { findDates } from "../../src/ingest/dates.js";
import { extract } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { decisions } from "../../src/ingest/stages/decisions.js";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";

// Round 7: what its held-back documents showed after their one scoring — each on an invented example.
describe("which date is the meeting's", () => {
  it("dates a header that gives a weekday but no year from the year in which that day is that weekday", () => {
    const text =
      "Minutes of the Parish Council Meeting held\non Tuesday 7th April at 7.00pm\nconducted on-line\n\nPresent: Cllrs Ann Able, Bob Best\n\n12 MINUTES\nThe minutes of the meeting held on 3 March 2020 were approved.\n";
    const [m] = meetingsOf(text);
    expect(m?.date?.iso).toBe("2020-04-07");
    expect(m?.time?.value).toBe("19:00");
  });

  it("reads no year where none or two of the text's years fit the weekday", () => {
    // 7 April 2015 was a Tuesday, 2016 a Thursday, 2017 a Friday: no Monday.
    expect(findDates("held on Monday 7th April; see 2 May 2016").map((d) => d.iso)).toEqual(["2016-05-02"]);
    // 7 April was a Tuesday in 2015 and in 2020, both within a year of the text's: not read.
    expect(findDates("on Tuesday 7th April; signed 1 May 2016 and 1 May 2019").map((d) => d.iso)).toEqual(["2016-05-01", "2019-05-01"]);
    expect(findDates("on Tuesday 7th April; signed 1 May 2016").map((d) => d.iso)).toEqual(["2015-04-07", "2016-05-01"]);
    // A year written after it is the ordinary form.
    expect(findDates("Tuesday 7th April 2020 at 7pm").map((d) => d.iso)).toEqual(["2020-04-07"]);
  });

  it("does not date a page from the second date of a list of earlier meetings whose minutes it approves", () => {
    const text = [
      "Apologies for Absence and Substitutions",
      "",
      "The following apologies were reported.",
      "",
      "Minutes",
      "",
      "To confirm as a correct record the minutes of the meetings held on 12 November 2020 (attached) and 14 January 2021 (to follow).",
      "",
      "Further to minutes of the previous meetings held 27th July, 7th September and 16th November 2021, the Board considered a report.",
    ].join("\n");
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).toEqual([null]);
  });
});

describe("a page that gives no date of its own", () => {
  it("is not dated from a sentence of its prose", () => {
    const text = [
      "Agenda item",
      "",
      "Draft Constitution of the Integrated Care Board",
      "",
      "Minutes:",
      "",
      "The following were in attendance:",
      "",
      "·  Cath Best - Director of Adults and Health",
      "",
      "It was highlighted that the consultation on the draft constitution would close on 14th January 2022, after which a summary report would be published.",
    ].join("\n");
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).toEqual([null]);
  });

  it("is dated by a long sentence that says it is the minutes of a meeting held then (round 9's regression)", () => {
    const text =
      "Annual Parish Meeting 2010 Minutes\n\nMinutes of the Annual parish meeting, held at 7.30pm in the Millennium Hall, Church Lane on 20th May 2010.\n\n1. Apologies were received from Ann Able.\n";
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).toEqual(["2010-05-20"]);
  });
});

describe("attendance labels in sentence form and with a semicolon", () => {
  const labelled = (text: string) => whoAndStatus(attendanceOf(text).facts);

  it("reads 'The following were in attendance:' as those in attendance", () => {
    const text =
      "The following were in attendance:\n\n·  Cllr Fiona Able - Executive Member\n\n·  Cath Best - Director of Adults and Health\n\nThe Chief Executive introduced the report.\n";
    expect(labelled(text)).toEqual([
      ["Fiona Able", "in_attendance"],
      ["Cath Best", "in_attendance"],
    ]);
  });

  it("reads 'The following apologies were reported to the meeting by the Chair' as apologies", () => {
    const text =
      "The following apologies were reported to the meeting by the Chair\n\nLouise Able, Chief Executive, City Hospital Trust\n\nMark Best, CEO, Orthopaedic Hospital\n\nDisclosable Pecuniary Interests\n";
    expect(labelled(text)).toEqual([
      ["Louise Able", "apologies"],
      ["Mark Best", "apologies"],
    ]);
  });

  it("reads a table whose cells are joined by slashes, under a numbered '<Body> Members Present' heading", () => {
    const text = [
      "1. / Children’s Trust Members Present",
      "Cllr Ann Able (Chair) / AA / - / Cabinet Member for Children and Young People",
      "Darren Best / DB / - / District Commander, Police",
      "In Attendance",
      "Ben Cole / BC / Positive Action",
      "Peter Dean / PD / CESC, SBC / NHS Stockton",
      "Apologies: Paul Egan, Cllr Alan Ford.",
      "2. / Minutes from Previous Meeting",
    ].join("\n");
    const facts = attendanceOf(text).facts;
    expect(whoAndStatus(facts)).toEqual([
      ["Ann Able", "present"],
      ["Darren Best", "present"],
      ["Ben Cole", "in_attendance"],
      ["Peter Dean", "in_attendance"],
      ["Paul Egan", "apologies"],
      ["Alan Ford", "apologies"],
    ]);
    // The cells after the name: initials apart, "-" an empty cell, "CESC, SBC / NHS Stockton" two organisations.
    expect(facts.map((f) => f.initials)).toEqual(["AA", "DB", "BC", "PD", null, null]);
    expect(facts[3]!.person.qualifier).toBe("CESC, SBC, NHS Stockton");
  });

  it("keeps a role between commas with the person before it ('Philip Ham, County and District Councillor (PH), …')", () => {
    const text =
      "APOLOGIES\nApologies were received from Philip Ham, County and District Councillor (PH), Alan Townsend, District Councillor (AT), Paula Freeland (PF) and Vicki Trundle (VT)\n";
    expect(labelled(text)).toEqual([
      ["Philip Ham", "apologies"],
      ["Alan Townsend", "apologies"],
      ["Paula Freeland", "apologies"],
      ["Vicki Trundle", "apologies"],
    ]);
  });

  it("reads surnames after 'Councillors' inside an apologies sentence, each group with where it is from", () => {
    const text =
      "2 Apologies and substitutions\nApologies for absence were submitted on behalf of Councillors Aslam, Jackson and Richardson from Blaby District Council and Councillors Bill and Bray from Hinckley Borough Council.\n";
    const facts = attendanceOf(text).facts;
    expect(whoAndStatus(facts)).toEqual([
      ["Aslam", "apologies"],
      ["Jackson", "apologies"],
      ["Richardson", "apologies"],
      ["Bill", "apologies"],
      ["Bray", "apologies"],
    ]);
    expect(facts.map((f) => f.person.honorific)).toEqual(["Councillor", "Councillor", "Councillor", "Councillor", "Councillor"]);
  });

  it("takes a semicolon for the colon after a label, and reports the sentence it cannot read", () => {
    const text = "Present; R. Gore (Chair), C. Hunt, S. Farrow\n\nApologies; Internet failure prevented the participation of D. Edwardson\n\n09/20 Accounts\n";
    const read = attendanceOf(text);
    expect(whoAndStatus(read.facts)).toEqual([
      ["R. Gore", "present"],
      ["C. Hunt", "present"],
      ["S. Farrow", "present"],
    ]);
    expect(read.skipped.map((k) => k.text)).toEqual(["Internet failure prevented the participation of D. Edwardson"]);
  });
});

describe("decisions in the forms round 7's minutes print them", () => {
  const found = (text: string) => decisions(text, 0, text.length, new Set()).map((d) => [d.kind, d.text]);

  it("reads a decision's verb in capitals wherever it stands, not a block's label", () => {
    expect(found("Members AGREED that no items required exclusion\n\nUnanimously AGREED to recommend APPROVAL\n")).toEqual([
      ["resolution", "Members AGREED that no items required exclusion"],
      ["resolution", "Unanimously AGREED to recommend APPROVAL"],
    ]);
    expect(found("It was proposed by Cllr Able and RESOLVED to:\n")).toEqual([]);
  });

  it("starts a sentence at a line that starts with an item's number, so the item heading is no part of it", () => {
    const text =
      "Members AGREED that no items required this\n338 PLANNING COMMITTEE\n338.1 The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED.\n";
    expect(found(text)).toEqual([
      ["resolution", "Members AGREED that no items required this"],
      ["resolution", "338.1 The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED."],
    ]);
  });

  it("reads the clauses of a decision list in capital THAT", () => {
    const text = "(i) THAT the Cabinet note the results of the public consultation;\n\n(ii) THAT approval be given to proceed to detailed design;\n";
    expect(found(text).map(([k]) => k)).toEqual(["resolution", "resolution"]);
  });

  it("reads who agreed, after whatever leads into the sentence", () => {
    expect(found("After some discussion, the councillors agreed in principle that the bench be bought.").map(([k]) => k)).toEqual(["resolution"]);
    expect(found("Precept: it agreed the precept would remain at £2,000 for the coming year.").map(([k]) => k)).toEqual(["resolution"]);
    expect(found("Joint Strategy: board members agreed the content of the draft strategy.").map(([k]) => k)).toEqual(["resolution"]);
  });

  it("reads a named report received and adopted, not any sentence about actions", () => {
    expect(found("The Treasurer’s report was received and adopted.").map(([k]) => k)).toEqual(["resolution"]);
    expect(found("A number of actions were agreed including testing a new format for meetings.")).toEqual([]);
  });
});

describe("item headings", () => {
  const items = (text: string) =>
    extract(text, { file: "wessex.txt", known: KnownEntities.empty(), itemModel: null })
      .draft.entities.filter((e) => e.type === "AgendaItem")
      .map((e) => [(e as { number?: string }).number ?? null, (e as { title: string }).title]);

  it("ends a Resolved block at the next item's heading even without a full stop after its number", () => {
    const text = [
      "Health & Wellbeing Board",
      "Tuesday, 10th February, 2015 3.15 pm",
      "",
      "634 Minutes of the Meeting held on Wednesday, 3rd December, 2014",
      "Resolved:",
      "",
      "That the minutes of the meeting held on 3rd December 2014 be confirmed and signed as a correct record.",
      "635 Public Questions",
      " ",
      "636 Strategic Direction",
      "",
    ].join("\n");
    expect(items(text).map(([n]) => n)).toEqual(["634", "635", "636"]);
    const resolutions = extract(text, { file: "wessex.txt", known: KnownEntities.empty(), itemModel: null }).draft.entities.filter(
      (e) => e.type === "Resolution",
    );
    expect(resolutions.map((r) => (r as { text: string }).text)).toEqual([
      "the minutes of the meeting held on 3rd December 2014 be confirmed and signed as a correct record.",
    ]);
  });

  it("cuts a title where the minute's text runs on after it on the same line", () => {
    const text =
      "Minutes of the Parish Council Meeting held on 28th May 2020\n\n09/20 Approval of the accounts for 2019-20 These had been circulated and two points had arisen;\n\n10/20 Exercise of Public Rights\n";
    expect(items(text)).toEqual([
      ["09/20", "Approval of the accounts for 2019-20"],
      ["10/20", "Exercise of Public Rights"],
    ]);
  });

  it("reads headings in capitals that their text runs on from, where a page does it three times, and no payments list", () => {
    const text = [
      "Minutes of the Parish Council Meeting held on 12th September 2016",
      "",
      "APOLOGIES FOR ABSENCE were received from Mr S Able.",
      "",
      "FINANCE. A cheque was signed for the mower service.",
      "",
      "Marker Cones   £37.47",
      "",
      "Wheelbarrow    £59.94",
      "",
      "PLANNING. A letter had been received from the District Council.",
      "",
      "HIGHWAYS AND FOOTPATHS. The Clerk was asked to write about the footpath.",
      "",
    ].join("\n");
    expect(items(text).map(([, t]) => t)).toEqual(["Apologies For Absence", "Finance", "Planning", "Highways And Footpaths"]);
    // Twice is not a page's habit: a sentence may open with a word in capitals.
    expect(items(text.split("PLANNING.")[0]!).map(([, t]) => t)).toEqual([]);
  });

  it("reads bulleted titles over their items' text, where a page has three, and no sharing link", () => {
    const text = [
      "Minutes of the Health Partnership meeting held on 2 June 2010",
      "",
      "- Welcome:",
      "Lesley Able welcomed everyone to the meeting and those present introduced themselves.",
      "- Minutes of last Meeting: – 25 March 2010",
      "The Minutes were confirmed subject to one deletion from those attending.",
      "- Feedback by Chair on the Executive Group Review",
      "Following the discussion at the previous meeting, Lesley reported on the review.",
      "• Share this item",
      "The report was presented by the officer.",
    ].join("\n");
    expect(items(text).map(([, t]) => t)).toEqual(["Welcome", "Minutes of last Meeting", "Feedback by Chair on the Executive Group Review"]);
  });
});
