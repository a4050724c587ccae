import { describe, expect, it } from "vitest";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";
import { parsePerson } from "../../src/ingest/names.js";
import { attendance } from "../../src/ingest/stages/attendance.js";
import { linesOf } from "../../src/ingest/stages/lines.js";

// Round 3's rules, each on a small invented example: attendance found by its labels wherever they
// stand, names in any script and any separator, meeting dates behind a sharing site's furniture.
const people = (text: string) => whoAndStatus(attendanceOf(text).facts);

describe("attendance labels, wherever they stand", () => {
  it("reads names in any script: accents and other letters are name letters", () => {
    expect(parsePerson("Siân Ómar (SÓ) – Manager, Riverside CVS")).toMatchObject({ name: "Siân Ómar" });
    expect(parsePerson("Zoë Łukasik")).toMatchObject({ name: "Zoë Łukasik" });
  });

  it("reads 'In attendance' as the meeting's attendees when it is the only list of those there", () => {
    expect(people("In attendance\n\nAnn Able (AA) – Manager, Riverside CVS\nBob Baker (BB) – Riverside Council\n\nApologies\nCat Cole (CC)\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cat Cole", "apologies"],
    ]);
    // Beside a Present list, "In attendance" are the others.
    expect(people("Present: Ann Able, Bob Baker\nIn attendance: Cat Cole\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cat Cole", "in_attendance"],
    ]);
  });

  it("reads a label with no colon when a list of people follows it on its line", () => {
    expect(people("Present: Ann Able, Bob Baker\nApologies Dr Cole, Cllr Dent, Eve Ford.\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cole", "apologies"],
      ["Dent", "apologies"],
      ["Eve Ford", "apologies"],
    ]);
    // Not a sentence that starts with the word.
    expect(people("Present at the meeting the Board heard from Ann Able.\n")).toEqual([]);
  });

  it("reads 'Others:', 'Attendance Details', a label in a table's numbered first cell, and 'Not present' as absent", () => {
    expect(people("Attendance Details\n\nAnn Able (Chair), Bob Baker\nOthers: Cat Cole (public), Dan Dee (Officer)\nNot present: Eve Ford\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cat Cole", "in_attendance"],
      ["Dan Dee", "in_attendance"],
    ]);
    expect(people("1. / Present\nAnn Able / AA / - / Riverside Council\nBob Baker / BB / - / Riverside CCG\n2. / Minutes\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
    ]);
  });
});

describe("entries, whatever separates them", () => {
  it("reads initials in brackets with a note after them: a role, a substitute, part attendance, a capacity", () => {
    expect(parsePerson("Ann Able (AA - Chair)")).toMatchObject({ name: "Ann Able", role: "chair" });
    expect(parsePerson("Bob Baker (BB for Cat Cole)")).toMatchObject({ name: "Bob Baker", substituteFor: "Cat Cole" });
    expect(parsePerson("Dan Dee (DD - for item 5)")).toMatchObject({ name: "Dan Dee", items: "item 5" });
    expect(parsePerson("Gil Gray (GGr - notetaker)")).toMatchObject({ name: "Gil Gray", qualifier: "notetaker" });
    expect(parsePerson("- Hal Hill")).toMatchObject({ name: "Hal Hill" });
  });

  it("reads a one-line page's 'Attendees:' list, and leaves a circulation list ('CC') out of the apologies", () => {
    const text =
      "Riverside Trust Board Notes of meeting on 22nd June 2007 Attendees: Ann Able (AA - Chair), Bob Baker (BB for Cat Cole) Apologies: - Cat Cole (CC), Eve Ford (EF), CC Fay Fox, Gil Gray, 1. Apologies for absence The above apologies were noted.";
    expect(people(text)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cat Cole", "apologies"],
      ["Eve Ford", "apologies"],
    ]);
  });
});

describe("forms laid out as tables", () => {
  const form = [
    "Meeting           RIVERSIDE SAFEGUARDING BOARD               Venue      ROOM 4 TOWN HALL",
    "Date              TUESDAY 9TH JUNE 2009                      Start Time 9.30AM    Finish Time 12.00NOON",
    "Present           A ABLE,     B BAKER-BROWN,                 K McCOLE,",
    "                  DR DENT,    E EDEN",
    "In Attendance     F FORD",
    "Not Present       G GRAY,     H HILL",
    "",
    "No.   Item                                Action",
    "1     Apologies                           •   I Ivy                     LC",
    "                                          •   J Jones",
    "2     Minutes of the last meeting         •   Approved.",
    "",
  ].join("\n");

  it("reads label and value cells: body, venue and start time", () => {
    const [m] = meetingsOf(form);
    expect(m).toMatchObject({ body: { name: "RIVERSIDE SAFEGUARDING BOARD" }, venue: { value: "ROOM 4 TOWN HALL" }, time: { value: "09:30" } });
    expect(m!.date?.iso).toBe("2009-06-09");
  });

  it("reads names in capitals (initials and surname), a one-person cell, 'Not present' left out, and an 'Apologies' item's bullets", () => {
    expect(people(form)).toEqual([
      ["A ABLE", "present"],
      ["B BAKER-BROWN", "present"],
      ["K McCOLE", "present"],
      ["DENT", "present"],
      ["E EDEN", "present"],
      ["F FORD", "in_attendance"],
      ["I Ivy", "apologies"],
      ["J Jones", "apologies"],
    ]);
  });

  it("never reads a heading in capitals as a person", () => {
    expect(parsePerson("NHS ENGLAND")).toBeNull();
    expect(parsePerson("PRESENT")).toBeNull();
    expect(parsePerson("A NHS")).toBeNull();
  });
});

describe("a status column keyed by a legend", () => {
  it("reads each row's code as the legend defines it, leaving out who did not attend and rows with no code", () => {
    const text =
      "P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative\n\nMember P A DNA D/R Ann Able (AA) – Chair P Bob Baker (BB) – Director, Riverside Council A Cat Cole (CC) – Riverside CCG DNA Dan Dee (DD) - Lead, Riverside CVS Eve Ford (EF) – Riverside Police R Fay Fox (FF) – Healthwatch P\n\n1. Welcome\n";
    expect(people(text)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "apologies"],
      ["Eve Ford", "present"],
      ["Fay Fox", "present"],
    ]);
  });

  it("needs a legend: codes after names mean nothing without one", () => {
    expect(people("Ann Able (AA) – Chair P Bob Baker (BB) – Director A\n")).toEqual([]);
  });
});

describe("council minutes' sentences", () => {
  it("gives a plural honorific to every surname of its list, and reads 'X attended the meeting' as in attendance", () => {
    const text =
      "PRESENT:  Councillor Ames in the chair.\n\nCouncillors Bell (vice-chairman), Cole, Mrs Dunn and Eden.\n\nCouncillor Fry attended the meeting as decision maker.\n\nCouncillors Gale and Hart attended the meeting in accordance with Procedure Rule 37(b).\n\nIan Ivy and Jo Jones also attended the meeting.\n\nThe panel met at Riverside House, Riverton.\n\n12  DECLARATIONS OF INTEREST – None.\n";
    expect(people(text)).toEqual([
      ["Ames", "present"],
      ["Bell", "present"],
      ["Cole", "present"],
      ["Dunn", "present"],
      ["Eden", "present"],
      ["Fry", "in_attendance"],
      ["Gale", "in_attendance"],
      ["Hart", "in_attendance"],
      ["Ian Ivy", "in_attendance"],
      ["Jo Jones", "in_attendance"],
    ]);
    expect(attendance(text, linesOf(text), 0, text.length).facts[3]!.person.honorific).toBe("Councillor");
    const [m] = meetingsOf(`Riverside Scrutiny Panel – 29 April 2009\n\n${text}`);
    expect(m!.venue?.value).toBe("Riverside House, Riverton");
  });

  it("keeps substitutes and observers who attended the meeting to their own rules", () => {
    expect(people("Present: Ann Able, Bob Baker\n\nCat Cole attended the meeting as a substitute for Bob Baker.\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cat Cole", "present"],
    ]);
  });
});

describe("meeting dates behind page furniture", () => {
  it("reads a time before the date ('10 a.m on Monday …') and the address under it", () => {
    const [m] = meetingsOf("Riverside Board Meeting\n10 a.m on Monday 17th August 2015, at\nThe Hall, Riverside, AB1 2CD\nPresent: Ann Able, Bob Baker\n");
    expect(m).toMatchObject({ body: { name: "Riverside Board" }, time: { value: "10:00" }, venue: { value: "The Hall, Riverside, AB1 2CD" } });
    expect(m!.date?.iso).toBe("2015-08-17");
  });

  it("reads 'Notes of meeting on <date>' inside a one-line page, and the body named before it", () => {
    const [m] = meetingsOf("Minutes Riverside Trust Board Notes of meeting on 22nd June 2007 Attendees: Ann Able (AA), Bob Baker (BB) 1. Apologies");
    expect(m).toMatchObject({ body: { name: "Riverside Trust Board" } });
    expect(m!.date?.iso).toBe("2007-06-22");
  });

  it("reads 'Meeting Title:' and a 'Date:' label a lost superscript ran into, under a sharing site's furniture", () => {
    const [m] = meetingsOf(
      "Meeting Notes Template\n\nBy A Uploader,2014-06-23 08:07\n19 views 0\n\nMeeting Title: Riverside Children Board Meeting\n\n    thDate: 25 July 2007\n\n    Time: 1pm 3pm\n\n    Location: Riverside House\n",
    );
    expect(m).toMatchObject({ body: { name: "Riverside Children Board" }, time: { value: "13:00" }, venue: { value: "Riverside House" } });
    expect(m!.date?.iso).toBe("2007-07-25");
  });

  it("never takes a publication date for the meeting's: a decision notice's meeting date wins", () => {
    const [m] = meetingsOf(
      "Decision details\n\nRiverside day services\n\nDecision Maker: Cabinet\n\nDecisions:\n\nRESOLVED that the report be noted.\n\nPublication date: 12/01/2012\n\nDate of decision: 09/01/2012\n\nDecided at meeting: 09/01/2012 - Cabinet\n",
    );
    expect(m).toMatchObject({ body: { name: "Cabinet" } });
    expect(m!.date?.iso).toBe("2012-01-09");
  });
});
