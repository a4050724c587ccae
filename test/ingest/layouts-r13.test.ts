import { describe, expect, it } from "vitest";
import { extract } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";

// Round 13: what its one scoring showed — a page with no attendance list given attendance.
describe("an item's presenters (round 13)", () => {
  const attended = (text: string) =>
    extract(text, { file: "x.txt", known: KnownEntities.empty() }).draft.relationships.filter((r) => r.type === "ATTENDED").length;

  it("are not those present: the same names listed again under the next item", () => {
    const text = [
      "Agenda and minutes",
      "",
      "Venue: Northshire House. View directions",
      "",
      "No. Item",
      "",
      "24/6",
      "",
      "Welcome and introductions",
      "",
      "Ann Able, Leader Northshire Council",
      "",
      "Bob Best, Elected Mayor of Northtown",
      "",
      "Minutes:",
      "",
      "The Chair welcomed everyone to the meeting and introductions were made.",
      "",
      "24/7",
      "",
      "Declarations of Interest",
      "",
      "Ann Able, Leader of Northshire Council",
      "",
      "Bob Best, Elected Mayor of Northtown",
      "",
      "Minutes:",
      "",
      "There were no declarations of interest.",
    ].join("\n");
    expect(attended(text)).toBe(0);
  });
});

describe("an apologies sentence over its list (round 13)", () => {
  it("reads the names under 'The following apologies were noted at the meeting.'", () => {
    const text = "The following apologies were noted at the meeting.\n\n \n\nAnn Able\n\nBob Best\n\nCat Cole\n\n2.\n\nDeclarations of Interest\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "apologies"],
      ["Bob Best", "apologies"],
      ["Cat Cole", "apologies"],
    ]);
  });
});

describe("meeting dates round 13 showed (after its one scoring)", () => {
  it("reads 'Held: Thursday, 7 December 2017at 10:30 am', the year run into the word after it", () => {
    const text =
      "Minutes of the Meeting of the\n\nNorthshire Health and Wellbeing Board\n\nHeld: Thursday, 7 December 2017at 10:30 am\n\nPresent:\n\nCouncillor Able\n";
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2017-12-07"]);
  });

  it("dates a record filed as an item of a later meeting by its own heading, the list of those present after it", () => {
    const text =
      "Date: 23 July 2008 Item: 2 Draft Minutes of the Meeting held on 23 May 2008 in the Cabinet Room, Town Hall Present: Ann Able Bob Best Cat Cole\n";
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2008-05-23"]);
  });
});

// Round 13, read as development documents once round 14 was gathered.
describe("lists whose roles stand apart from the names (round 13, spent)", () => {
  it("reads a name a line, its role a line below after blank lines, ending in a full stop", () => {
    const text = [
      "Minutes of the Meeting of the",
      "Health and Wellbeing Board",
      "",
      "Held: Thursday, 7 December 2017 at 10:30 am",
      "",
      "Present:",
      "",
      "Councillor Able",
      "(Chair)",
      "Deputy City Mayor, Northtown City Council.",
      "Ian Best",
      "Deputy Director of Public Health, Northtown City Council.",
      " ",
      "",
      "Cara Cole",
      "",
      " ",
      "",
      "",
      "Better Care Fund Implementation Manager, NHS England, Midlands and East (Central England)",
      "",
      " ",
      "Chief Superintendent",
      "",
      "Dan Dee",
      "",
      "Head of Local Policing Directorate, Northshire Police.",
      "",
      "In attendance",
      "",
      "Eve Ford",
      "",
      "Democratic Services, Northtown City Council.",
      "",
      "1. Apologies for absence",
      "",
      "The Chair welcomed everyone. The minutes were agreed.",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Able", "present"],
      ["Ian Best", "present"],
      ["Cara Cole", "present"],
      ["Dan Dee", "present"],
      ["Eve Ford", "in_attendance"],
    ]);
  });

  it("does not take a heading or a sentence after an apologies list as a role", () => {
    const text = [
      "Minutes of the Northtown Town Council held on 6 December 2012 at 7pm",
      "",
      "PRESENT: Councillor A Able, Councillor B Best",
      "",
      "APOLOGIES: Councillor C Cole, Councillor D Dee,",
      "",
      "HEALTH AND SAFETY ANNOUNCEMENTS",
      "",
      "The Mayor informed those present of the actions required in the event of a fire.",
      "",
      "PRAYERS",
      "",
      "Reverend Eve Ford led prayers.",
      "",
      "268/12/13 DECLARATIONS OF INTEREST",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["A Able", "present"],
      ["B Best", "present"],
      ["C Cole", "apologies"],
      ["D Dee", "apologies"],
    ]);
  });

  it("reads group headings with colons under 'In Attendance:', apologies after 'received the following apologies …:', and 'X for Y' among them", () => {
    const text = [
      "Minutes of the Northtown Borough Strategic Partnership held on Monday 12 April 2010",
      "In Attendance:",
      "Core Members:",
      "Councillor Ann Able (Chair)",
      "Bob Best – Northtown Housing Group",
      "Support Team:",
      "Cara Cole – Northtown MBC",
      "Dan Dee – Northtown Partnership",
      "The Chairman welcomed all the parties present to the meeting. The Partnership",
      "received the following apologies for this meeting:Eve Ford – Government Office",
      "Chief Superintendent Gus Hale – Northshire Police",
      "DCI Ian Jones for Chief Superintendent Gus Hale – Northshire Police.",
      "Agenda Item 4a",
      "Items of Correspondence",
      "Dan Dee reported that correspondence had been received.",
    ].join("\n");
    expect(attendanceOf(text).facts.map((f) => [f.person.name, f.status, f.person.substituteFor])).toEqual([
      ["Ann Able", "present", null],
      ["Bob Best", "present", null],
      ["Cara Cole", "officer", null],
      ["Dan Dee", "officer", null],
      ["Eve Ford", "apologies", null],
      ["Gus Hale", "apologies", null],
      ["Ian Jones", "present", "Chief Superintendent Gus Hale – Northshire Police"],
    ]);
  });

  it("takes 'for' in a role for no substitution: 'Deputy Chief Executive for Transformation'", () => {
    const text =
      "It was noted that Cllr Ann Able, Cabinet Member for Wellbeing, and Bob Best, Deputy Chief Executive for Transformation, were unable to attend.\n";
    expect(attendanceOf(text).facts.map((f) => [f.person.name, f.status, f.person.substituteFor])).toEqual([
      ["Ann Able", "apologies", null],
      ["Bob Best", "apologies", null],
    ]);
  });

  it("reads a flattened 'Attendance:' table of name, initials and organisation, members who sent apologies by initials only", () => {
    const text =
      "Northshire ICS Board Meeting held on Friday 15th January 2021 On Microsoft Teams DRAFT Notes and Actions Attendance: Professor Ann Able AA Independent Chair, Northshire ICS Bob Best BB ICS Executive Lead, Northshire ICS Cara Cole CC Northshire County Council Apologies PF Northtown Council Dan Dee DD Public Health Northshire Apologies MG Public Health Southshire Eve Ford EF Northshire Hospital NHS Foundation Trust\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cara Cole", "present"],
      ["Dan Dee", "present"],
      ["Eve Ford", "present"],
    ]);
  });

  it("reads 'Witnesses in attendance' as others there and 'Other officers in attendance' as officers", () => {
    const text = [
      "MINUTES of the meeting of THE NORTHSHIRE TOPIC GROUP held on THURSDAY 13 OCTOBER 2011",
      "",
      "ATTENDANCE",
      "",
      "Members of the Topic Group",
      "",
      "R H Able (Chairman), R F Best, J K Cole",
      "",
      "Witnesses in attendance",
      "",
      "Dan Dee – Business Manager (Acting)",
      "",
      "Eve Ford – Designated Nurse, Safeguarding Children",
      "",
      "Other officers in attendance",
      "",
      "Gus Hale – Democratic Services Officer",
      "",
      "1. / APPOINTMENT OF CHAIRMAN",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["R H Able", "present"],
      ["R F Best", "present"],
      ["J K Cole", "present"],
      ["Dan Dee", "in_attendance"],
      ["Eve Ford", "in_attendance"],
      ["Gus Hale", "officer"],
    ]);
  });
});

// Round 14, read as development documents once it was scored.
describe("apologies as modern.gov and council minutes give them (round 14, spent)", () => {
  it("reads the names under an 'Apologies for Absence' item whose text opens with 'Minutes:'", () => {
    const text = [
      "2.",
      "",
      "Apologies for Absence",
      "",
      "Minutes:",
      "",
      "Councillor Ann Able – work commitments",
      "",
      "Councillor Bob Best - leave",
      "",
      "Cara Cole",
      "",
      "3.",
      "",
      "Declarations of Interests",
      "",
      "Minutes:",
      "",
      "None.",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "apologies"],
      ["Bob Best", "apologies"],
      ["Cara Cole", "apologies"],
    ]);
  });

  it("reads 'Apologies for absence were also received from …'", () => {
    const text = "1.2 Apologies for absence were also received from Councillor Ann Able (Cabinet Member), Bob Best (Director of Housing) and Cara Cole.\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "apologies"],
      ["Bob Best", "apologies"],
      ["Cara Cole", "apologies"],
    ]);
  });

  it("reads a flattened table of name, role and initials, its bare labels before a first name", () => {
    const text =
      "Northshire CCG Governing Body meeting Minutes of the meeting held on Tuesday 3 July 2018 at 1.30pm, at the Vassall Centre Minutes Present Jon Hayes Clinical Chair JH Kirsty Alexander GP Locality Representative Northtown North KA Anne Morris Director Nursing and Quality AMor Apologies Felicity Fay GP Locality Representative FF Kevin Haggerty GP Representative KH In attendance Sarah Carr Corporate Secretary SC\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Jon Hayes", "present"],
      ["Kirsty Alexander", "present"],
      ["Anne Morris", "present"],
      ["Felicity Fay", "apologies"],
      ["Kevin Haggerty", "apologies"],
      ["Sarah Carr", "in_attendance"],
    ]);
  });

  it("reads 'Attendance and Apologies:' as the heading of both lists", () => {
    const text =
      "Board Meeting 6 August 2019 Attendance and Apologies: Directors Representing Kevin Harris KH Private Sector Chair Emma Anderson EA Private Sector Cara Cole CC Northtown Council Apologies Prof Robert Allison Universities Dan Dee DD Voluntary Sector In Attendance Mike Durban MD Northshire LEP\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Kevin Harris", "present"],
      ["Emma Anderson", "present"],
      ["Cara Cole", "present"],
      ["Robert Allison", "apologies"],
      ["Dan Dee", "apologies"],
      ["Mike Durban", "in_attendance"],
    ]);
  });

  it("reads a list whose brackets hold an 'and', a group's name before its first person, and a substitute after an organisation", () => {
    const text = [
      "Minutes of the Board held on 29 March 2016",
      "1. Apologies",
      "Councillor Able, Bob Best (Director of Communities and Adult Social Care) and Dr Cara Cole (Director for Public Health and Commissioning).",
      "2. Declarations of Interest",
      "None.",
      "3. Minutes",
      "Apologies for absence were also received from Councillors: Dan Dee (Northtown Council – who was represented by Eve Ford).",
    ].join("\n");
    expect(attendanceOf(text).facts.map((f) => [f.person.name, f.status, f.person.substituteFor ?? null])).toEqual([
      ["Able", "apologies", null],
      ["Bob Best", "apologies", null],
      ["Cara Cole", "apologies", null],
      ["Eve Ford", "present", "Dan Dee"],
      ["Dan Dee", "apologies", null],
    ]);
  });
});

// Round 15, scored once, then read: a page with no attendance list given three attendees.
describe("people an item welcomes (round 15, spent)", () => {
  it("are not those present: 'For the Board to note and welcome:' over new members' names", () => {
    const text = [
      "Agenda and minutes",
      "",
      "Venue: Northtown Town Hall",
      "",
      "No. Item",
      "",
      "1.",
      "",
      "New appointments to the Board",
      "",
      "For the Board to note and welcome:",
      "",
      "Councillor Ann Able, Cabinet Member for Children and Education",
      "",
      "Bob Best, Chair of Health and Adult Social Care PAC (Nominated Deputy)",
      "",
      "Cara Cole, Chair of Children and Education PAC (Nominated Deputy)",
      "",
      "Councillor Dan Dee reported that an appointment was still sought.",
      "",
      "2.",
      "",
      "Minutes of the previous meeting",
    ].join("\n");
    const attended = extract(text, { file: "x.txt", known: KnownEntities.empty() }).draft.relationships.filter((r) => r.type === "ATTENDED");
    expect(attended).toEqual([]);
  });
});
