import { describe, expect, it } from "vitest";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";

// Round 11: what its held-back documents showed after their one scoring — each on an invented example.
describe("a page flattened into one line (round 11)", () => {
  it("is dated by 'DRAFT MINUTES Of the virtual meeting held in public on …' well into its line", () => {
    const text = [
      "northshire ccgs’ governing bodies meeting-in-common",
      "",
      "Page 1 of 9 Northshire CCGs’ Governing Bodies meeting-in-common Of Ayton, Beeston and Carlton CCGs DRAFT MINUTES Of the virtual meeting held in public on Wednesday 25 November 2020 from 15.00 via MS Teams Governing Body Members Present: Ayton CCG Ann Able, Lay Member",
    ].join("\n");
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2020-11-25"]);
  });

  it("reads rows whose breaks were lost, each role run into the next name ('Ann Able, Lay Member Bob Best, Elected - Vice Chair Cat Cole')", () => {
    const facts = attendanceOf("Members Present: Ann Able, Lay Member Bob Best, Elected - Vice Chair Cat Cole, Lay Member Dan Dee, GP Member\n").facts;
    expect(whoAndStatus(facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cat Cole", "present"],
      ["Dan Dee", "present"],
    ]);
  });

  it("reads no place after a role's preposition as a name ('Cabinet Member for Community Wellbeing for South Oxfordshire')", () => {
    const facts = attendanceOf(
      "Apologies were received from Councillor Ann Able, Cabinet Member for Community Wellbeing for South Oxfordshire, and Bob Best, Deputy Chief Executive.\n",
    ).facts;
    expect(facts.map((f) => f.person.name)).not.toContain("South Oxfordshire");
  });
});

describe("a table under group headings (round 11)", () => {
  it("reads 'Core Membership' and 'Support' as lists' headings, 'Name Agency' as the columns, one person a line", () => {
    const text = [
      "Attendance",
      "",
      "Core Membership",
      "",
      "Name Agency",
      "Cllr Ann Able Northshire Council (Chair)",
      "Bob Best NHS Northshire",
      "",
      "Support",
      "",
      "Name Agency",
      "Cat Cole Northshire Council, Housing and Community Safety",
      "Dan Dee Northshire Council, Place Services",
      "",
      "Apologies",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cat Cole", "officer"],
      ["Dan Dee", "officer"],
    ]);
  });
});

describe("tables and flattened lists with their own headings (round 11)", () => {
  it("reads a slash-joined table under 'Present' whose first row is 'Name / Position / Organisation'", () => {
    const text =
      "Present\nName / Position / Organisation\nDr Ann Able (AA) / Chair / NHS Northshire CCG\nBob Best (BB) / Chief Executive / NHS Northshire CCG\nIn attendance\nName / Position / Organisation\nCat Cole (CC) / Business Support Officer / NHS Northshire CCG\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cat Cole", "in_attendance"],
    ]);
  });

  it("ends a flattened list of members at 'In Attendance' with no colon, and reads 'Apologies received from:' inline", () => {
    const text =
      "Members in Attendance: Ann Able (AA) Lay Member (Chair) NHS Northshire CCG Bob Best (BB) Chief Finance Officer NHS Northshire CCG In Attendance Cat Cole (CC) Associate Director Attain Dan Dee (DD) Head of Nursing NHS Northshire CCG Apologies received from: Eve Eld (EE) Director of Nursing\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cat Cole", "in_attendance"],
      ["Dan Dee", "in_attendance"],
      ["Eve Eld", "apologies"],
    ]);
  });
});

describe("lists with no label, or under group headings (round 11)", () => {
  it("reads rows that open with their person's initials after the header, before 'Apologies received:'", () => {
    const text = [
      "Tuesday 24 January 2023 – 2.00pm",
      "",
      "MS Teams virtual meeting",
      "",
      "AA Cllr. Ann Able (Chair)",
      "BB Bob Best (Northshire DC)",
      "CC Cat Cole (Northshire Police)",
      "DD Dan Dee (OSPCC)",
      "",
      "Apologies received:",
      "",
      "Eve Eld (Probation Service)",
      "",
      "Agenda item 1",
    ].join("\n");
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Best", "present"],
      ["Cat Cole", "present"],
      ["Dan Dee", "present"],
      ["Eve Eld", "apologies"],
    ]);
  });

  it("reads a list whose groups each stand under an organisation's heading between blank lines", () => {
    const text =
      "Present :\n\n \n\nNorthshire Council\n\n \n\nMr A Able (Chairman), Mr B Best\n\n \n\nNorthshire Primary Care Trust\n\n \n\nMrs C Cole, Dr D Dee\n\nApologies :\n\nMrs E Eld\n";
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["A Able", "present"],
      ["B Best", "present"],
      ["C Cole", "present"],
      ["D Dee", "present"],
      ["E Eld", "apologies"],
    ]);
  });
});

describe("a page that gives no date of its own (round 11)", () => {
  it("is not dated from an order or paper 'dated 27 April 2023'", () => {
    const text =
      "Agenda and minutes\n\nVenue: Committee Rooms, Guildhall\n\nApologies for absence\n\nApologies for absence were received from Ann Able.\n\nOrder of the Court\n\nTo receive the Order of the Court of Common Council dated 27 April 2023.\n";
    expect(meetingsOf(text).map((m) => m.date?.iso ?? null)).toEqual([null]);
  });
});
