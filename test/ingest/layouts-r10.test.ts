import { describe, expect, it } from "vitest";
import { parsePerson } from "../../src/ingest/names.js";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";

// Round 10: what its held-back documents showed after their one scoring, and what rewording the
// development documents showed (score-extractor --vary) — each on an invented example.
describe("a meeting dated by its own minutes' label (round 10)", () => {
  it("reads 'Minutes of the Open Session: Wednesday, 12 November 2014' and 'SEB Minutes - 12th November 2014'", () => {
    const text =
      "Northshire Executive Board (NEB)\n\u201cMaking things happen\u201d\nMinutes of the Open Session: Wednesday, 12 November 2014\nHeld at The Circle, 3 Lane Road\n";
    expect(meetingsOf(text).map((m) => [m.date?.iso, m.body?.name])).toEqual([["2014-11-12", "Northshire Executive Board (NEB)"]]);
    expect(meetingsOf("NEB Minutes - 12th November 2014\n\nNorthshire Executive Board\n\nPresent: Ann Able, Bob Best\n").map((m) => m.date?.iso)).toEqual([
      "2014-11-12",
    ]);
  });

  it("is not dated from the minutes of another meeting approved under a label", () => {
    const text = "Minutes of the last meeting: 3 March 2014 were approved.\n\nPresent: Ann Able, Bob Best\n";
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).not.toContain("2014-03-03");
  });
});

describe("members listed with no label over a labelled list (round 10)", () => {
  it("reads the run of 'Name, role, organisation' lines above 'In Attendance:' as present, those under it as in attendance", () => {
    const text = [
      "Minutes of the Open Session: Wednesday, 12 November 2014",
      "Ann Able (Chair, Leader of the Council, Northshire City Council)",
      "Bob Best, Managing Director, Best Howden (Vice Chair)",
      "Cat Cole, Northshire City Region LEP",
      "Dan Dee, Chief Executive, Manor Trust",
      "Eve Eld, Director, Northshire First",
      "In Attendance:",
      "Fay Fox, Research Manager, Northshire City Council (item 4)",
      "Gus Gee, Northshire First (minutes)",
      "Agenda Item",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cat Cole", "present"],
      ["Dan Dee", "present"],
      ["Eve Eld", "present"],
      ["Fay Fox", "in_attendance"],
      ["Gus Gee", "in_attendance"],
    ]);
  });
});

describe("substitutes listed as 'X for Y' (round 10)", () => {
  it("reads 'There were the following substitutes: S Burns for D Gallagher; A Smith for S Lamb' as who came for whom", () => {
    const facts = attendanceOf("Minutes:\n\nThere were the following substitutes: S Burns for D Gallagher; A Smith for S Lamb.\n").facts;
    expect(facts.map((f) => [f.person.name, f.status, f.person.substituteFor])).toEqual([
      ["S Burns", "present", "D Gallagher"],
      ["A Smith", "present", "S Lamb"],
    ]);
  });

  it("reads the lines under '… the appointment of the following substitute members was reported:-'", () => {
    const text =
      "Pursuant to the constitution the appointment of the following substitute members was reported:-\n\nJane Dods for John Sparks (Northshire Council)\n\nMark Bart for Lisa Cook (Northshire Council)\n";
    expect(attendanceOf(text).facts.map((f) => [f.person.name, f.person.substituteFor, f.person.qualifier])).toEqual([
      ["Jane Dods", "John Sparks", "Northshire Council"],
      ["Mark Bart", "Lisa Cook", "Northshire Council"],
    ]);
  });

  it("does not read 'for Items 1-6' as standing in for someone", () => {
    expect(parsePerson("Ann Able for Items 1-6")?.substituteFor ?? null).toBeNull();
  });
});

describe("what rewording the development documents showed", () => {
  it("keeps two people of one surname apart when a list gives them different honorifics ('Cllr Donaldson, Mrs Donaldson')", async () => {
    const { extract } = await import("../../src/ingest/extract.js");
    const { KnownEntities } = await import("../../src/ingest/known.js");
    const text = "Minutes of a meeting of the Parish Council held on 27th September 2018\nPresent: Mr Barr, Cllr Donaldson, Mrs Donaldson, Ms Elwood\n";
    const draft = extract(text, { file: "x.txt", known: KnownEntities.empty() }).draft;
    expect(draft.relationships.filter((r) => r.type === "ATTENDED").length).toBe(4);
  });

  it("ends a header's venue where a line opens with a list's label ('Those present: …')", () => {
    const text =
      "Minutes of a meeting of the Plan Sub-committee held on 27th September 2018 in the Community Library at 19:00\nThose present: Mr Barr, Ms Elwood, Cllr Mrs Walker (Chairman)\n";
    const [m] = meetingsOf(text);
    expect(m?.venue?.value).toBe("Community Library");
    expect(m?.time?.value).toBe("19:00");
    expect(attendanceOf(text.slice(m!.from)).facts.length).toBe(3);
  });

  it("parts a sentence's list at its bullets ('Apologies received from' over '• A – Chair', '• B – Officer')", () => {
    const facts = attendanceOf(
      "Apologies received from\n\n\n• Ann Able – Vice Chairman\n• Bob Best – Public Relations Officer\n• Cat Cole\n\n1. Welcome\n",
    ).facts;
    expect(whoAndStatus(facts)).toEqual([
      ["Ann Able", "apologies"],
      ["Bob Best", "apologies"],
      ["Cat Cole", "apologies"],
    ]);
  });
});
