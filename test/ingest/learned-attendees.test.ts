import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, REVIEW_BELOW } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { ATTENDEE_MODEL_FILE, contextOf, tagAttendees, trainAttendees } from "../../src/ingest/learn/attendee-tokens.js";
import { developmentTexts, serialise, trainAttendeesOnDevelopment } from "../../src/ingest/learn/training.js";
import { linesOf } from "../../src/ingest/stages/lines.js";

// The learned attendee-word model: trained on the development corpus only, reproducible from its
// labels, adding only names no rule read (each for review) and cutting a rule's name that ran on.
const read = (text: string, attendeeModel?: null) => {
  const ex = extract(text, { file: "eastfield.txt", known: KnownEntities.empty(), ...(attendeeModel === null ? { attendeeModel } : {}) });
  const names = new Map(ex.draft.entities.filter((e) => e.type === "Person").map((e) => [e.id, (e as { name: string }).name]));
  const attended = ex.draft.relationships.filter((r) => r.type === "ATTENDED") as unknown as { from: string; status: string }[];
  return {
    attendees: attended.map((r) => `${names.get(r.from)}: ${r.status}`),
    confidence: new Map(ex.confidence.filter((c) => c.fact.includes(" at meeting:")).map((c) => [names.get(c.fact.split(" ")[0]!), c])),
  };
};

const executive = [
  "EASTFIELD PARTNERSHIP EXECUTIVE",
  "Minutes of the meeting held on Thursday 14 March 2024 at 10.00 am, Eastfield Town Hall",
  "",
  "PRESENT",
  "",
  "Marion Castle Eastfield Chamber of Commerce",
  "",
  "Gordon Pike EVCS",
  "",
  "Helen Marsh ECC – Housing",
  "",
  "Cllr Sarah Wells ECC",
  "",
  "IN ATTENDANCE",
  "",
  "Westgate Councillor Paul Irving",
  "",
  "Nadia Brooks ECC (Note taker)",
  "",
  "01 APOLOGIES",
  "",
  "Apologies were received from Colin Ashby and Ruth Penrose.",
  "",
  "02 MINUTES OF THE LAST MEETING",
  "",
  "The minutes of the meeting held on 8 February 2024 were agreed as a correct record. Helen Marsh reported on the housing survey.",
  "",
].join("\n");

describe("the learned attendee-word model", () => {
  it("is what the development labels train: a label changed without retraining fails here", () => {
    expect(fs.readFileSync(ATTENDEE_MODEL_FILE, "utf8")).toBe(serialise(trainAttendeesOnDevelopment()));
  });

  it("learns its labels from the names the attendance quotes hold", () => {
    const texts = developmentTexts();
    const labelled = texts.reduce((n, t) => n + t.attendees.length, 0);
    // Nearly every labelled attendee is found where its quote says (a few quotes spell a name otherwise).
    expect(labelled).toBeGreaterThan(2800);
    const model = trainAttendees(texts.slice(0, 40));
    const lines = linesOf("Present: Councillor Jane Abbott, Dr Ravi Shah and Tom Eyre\n");
    const found = tagAttendees(model, contextOf(lines), 0, 100).map((a) => [lines[0]!.raw.slice(a.name.start, a.name.end), a.status]);
    expect(found).toEqual([
      ["Jane Abbott", "present"],
      ["Ravi Shah", "present"],
      ["Tom Eyre", "present"],
    ]);
  });

  it("adds a name no rule read, for review, with the status of the list it is in", () => {
    const rules = read(executive, null);
    expect(rules.attendees).not.toContain("Marion Castle: present");
    const learned = read(executive);
    expect(learned.attendees).toContain("Marion Castle: present");
    expect(learned.confidence.get("Marion Castle")!.confidence).toBeLessThan(REVIEW_BELOW);
    expect(learned.confidence.get("Marion Castle")!.why).toMatch(/learned word model/);
    // What the rules read stays as they read it; a name in the discussion is no attendee twice over.
    for (const a of rules.attendees.filter((a) => !a.startsWith("Westgate"))) expect(learned.attendees).toContain(a);
    expect(learned.attendees.filter((a) => a.startsWith("Helen Marsh"))).toEqual(["Helen Marsh: present"]);
  });

  it("cuts a rule's name that ran on into a place and an honorific, for review", () => {
    expect(read(executive, null).attendees).toContain("Westgate Councillor Paul Irving: in_attendance");
    const learned = read(executive);
    expect(learned.attendees).toContain("Paul Irving: in_attendance");
    expect(learned.attendees.some((a) => a.startsWith("Westgate"))).toBe(false);
    expect(learned.confidence.get("Paul Irving")!.confidence).toBeLessThan(REVIEW_BELOW);
  });

  it("parts a rule's name that holds several people, a table flattened into one line", () => {
    const board = [
      "Eastfield City Council Minutes of the Meeting of Eastfield Health and Well-being Board held at 2.00 pm on Monday, 8 April 2024 Present: Board Members: Councillor Abbey Councillor Marsh (Chair) Councillor Pryce Councillor Hollins Stephen Barker, Voluntary Action Eastfield Dr Alan Ward, Eastfield CCG Apologies: Councillor Deane Martin Rowe, Eastfield College",
      "",
      "1. Declarations of Interest",
      "",
      "There were no declarations of interest.",
    ].join("\n");
    const rules = read(board, null).attendees;
    expect(rules).toContain("Hollins Stephen Barker: present");
    expect(rules).toContain("Deane Martin Rowe: apologies");
    const learned = read(board);
    expect(learned.attendees).toEqual(expect.arrayContaining(["Hollins: present", "Stephen Barker: present", "Deane: apologies", "Martin Rowe: apologies"]));
    expect(learned.attendees.some((a) => a.includes("Hollins Stephen") || a.includes("Deane Martin"))).toBe(false);
    expect(learned.confidence.get("Stephen Barker")!.confidence).toBeLessThan(REVIEW_BELOW);
  });

  it("gives one who came in another's place, named after the apologies, the status of those there", () => {
    const board = [
      "EASTFIELD HEALTH AND WELLBEING BOARD",
      "Minutes of the meeting held on Thursday 14 March 2024 at 10.00 am, Eastfield Town Hall",
      "",
      "Present: Councillor Ann Able (Chair), Dr Ravi Shah, Tom Eyre",
      "",
      "1. Apologies for absence",
      "",
      "Apologies for absence were received from Patricia Mills and Colin Ashby.  Eugene Yates attended in her absence.",
      "",
      "2. Minutes",
      "",
      "The minutes of the meeting held on 8 February 2024 were agreed as a correct record.",
    ].join("\n");
    expect(read(board, null).attendees.some((a) => a.startsWith("Eugene Yates"))).toBe(false);
    expect(read(board).attendees).toContain("Eugene Yates: present");
    expect(read(board).attendees).toContain("Patricia Mills: apologies");
  });

  it("invents no attendance where the rules find no attendance list", () => {
    const notes = [
      "Eastfield Health Partnership: key decisions, 12 June 2024",
      "",
      "1. Apologies for absence",
      "",
      "Apologies were read out by Colin Ashby",
      "",
      "2. Housing survey",
      "",
      "Helen Marsh presented the survey. It was agreed that Gordon Pike would bring the findings back in September.",
      "",
    ].join("\n");
    expect(read(notes).attendees).toEqual([]);
  });
});
