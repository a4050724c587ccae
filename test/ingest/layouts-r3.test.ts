import { describe, expect, it } from "vitest";
import { parsePerson } from "../../src/ingest/names.js";
import { attendance } from "../../src/ingest/stages/attendance.js";
import { linesOf } from "../../src/ingest/stages/lines.js";
import { findMeetings } from "../../src/ingest/stages/meetings.js";

// Round 3's rules, each on a small invented example: attendance found by its labels wherever they
// stand, names in any script and any separator, meeting dates behind a sharing site's furniture.
const meetingsOf = (text: string) => findMeetings(text, linesOf(text));
const people = (text: string) => attendance(text, linesOf(text), 0, text.length).facts.map((f) => [f.person.name, f.status]);

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

void meetingsOf;
