import { describe, expect, it } from "vitest";
import { attendanceOf, whoAndStatus } from "../helpers/ingest-stages.js";

// Round 5: the common sentence and item forms of apologies that round 4's unseen documents showed
// were read wrongly or not at all. Each rule on a small invented example.
const labelled = (text: string) => whoAndStatus(attendanceOf(text).facts);

describe("apologies in sentences and under item headings", () => {
  it("ends a Present list at an apologies sentence below it, which is read as apologies", () => {
    const text =
      "Present: Councillor A Smith (Chair), Jane Doe\n\nApologies for absence were received from Councillor Beadle, Councillor P Foy and John Costello.\n\n1. Minutes\n";
    expect(labelled(text)).toEqual([
      ["A Smith", "present"],
      ["Jane Doe", "present"],
      ["Beadle", "apologies"],
      ["P Foy", "apologies"],
      ["John Costello", "apologies"],
    ]);
    // Under its own heading the sentence loses no one either: its first name was read with the label before.
    expect(labelled("Apologies for Absence\n\nApologies for absence were received from Councillor Beadle and Sally Young.\n")).toEqual([
      ["Beadle", "apologies"],
      ["Sally Young", "apologies"],
    ]);
  });

  it("splits two people of one organisation in a semicolon list, and drops the list's last 'and'", () => {
    const r = attendanceOf(
      "Apologies for absence were received from Sheri Green and Graham Harris, Dartford Borough Council; Allison Duggall, Kent County Council; and Cecilia Yardley, Healthwatch.\n",
    );
    expect(whoAndStatus(r.facts)).toEqual([
      ["Sheri Green", "apologies"],
      ["Graham Harris", "apologies"],
      ["Allison Duggall", "apologies"],
      ["Cecilia Yardley", "apologies"],
    ]);
    expect(r.facts.at(-1)!.person.qualifier).toBe("Healthwatch");
    expect(r.skipped).toEqual([]);
  });

  it("reads 'X sent apologies' and 'apologies were accepted from X'", () => {
    expect(labelled("59. To receive apologies for absence\n• Cllr I Wroth & Cllr H Wroth sent apologies.\n60. Declarations\n")).toEqual([
      ["I Wroth", "apologies"],
      ["H Wroth", "apologies"],
    ]);
    expect(labelled("As Councillor F Venner, the Chair of the Board, had sent her apologies, Councillor S Arif was nominated.\n")).toEqual([
      ["F Venner", "apologies"],
    ]);
    expect(labelled("Apologies were accepted from ACC Blatchly and Jane Doe. SM welcomed everyone.\n")).toEqual([
      ["Blatchly", "apologies"],
      ["Jane Doe", "apologies"],
    ]);
    // Someone who sent a report is no apology.
    expect(labelled("The Director sent the report to the Board.\n")).toEqual([]);
  });

  it("reads the first paragraph under an item titled Apologies, up to its first full stop", () => {
    const text =
      "THOSE ATTENDING:\nCllr K Burn\nCllr Vaughan (Chair)\nIN ATTENDANCE:\nMrs A Brindley, Parish Clerk\n\nC048/23      1.         APOLOGIES FOR ABSENCE.\n\nCllr L Watson and Cllr J Foster (family commitment), Cllr A Hart (work commitment). The meeting accepted these as proper reasons.\n\nC049/23      2.         DECLARATIONS OF INTEREST\n";
    expect(labelled(text)).toEqual([
      ["K Burn", "present"],
      ["Vaughan", "present"],
      ["A Brindley", "in_attendance"],
      ["L Watson", "apologies"],
      ["J Foster", "apologies"],
      ["A Hart", "apologies"],
    ]);
    // A paragraph of prose under the same heading names no one.
    expect(labelled("3. Apologies for absence\n\nThere were none. The Chair welcomed Dr Ann Able to her first meeting.\n")).toEqual([]);
  });
});
