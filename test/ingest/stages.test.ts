import { describe, expect, it } from "vitest";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";
import { findDates, parseTime } from "../../src/ingest/dates.js";
import { extract } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { parsePerson, slug } from "../../src/ingest/names.js";
import { decisions } from "../../src/ingest/stages/decisions.js";
import { IdCollision, Ids } from "../../src/ingest/stages/ids.js";
import { agendaItems } from "../../src/ingest/stages/items.js";
import { linesOf } from "../../src/ingest/stages/lines.js";
import { spotNames } from "../../src/ingest/stages/name-spotter.js";

// Each stage on the shapes real minutes take (paraphrased from public minutes; names invented).
const people = (text: string) => whoAndStatus(attendanceOf(text).facts);

describe("dates and times", () => {
  it("reads English dates with weekdays, ordinals, commas, a stray space before 'th', and day-first numbers", () => {
    expect(findDates("Tuesday, 23rd April 2019; Held on 7 th April 2022; 17/06/2021; 25th March, 2024").map((d) => d.iso)).toEqual([
      "2019-04-23",
      "2022-04-07",
      "2021-06-17",
      "2024-03-25",
    ]);
  });
  it("reads 12- and 24-hour times", () => {
    expect([parseTime("4.00 pm"), parseTime("10am"), parseTime("13:00"), parseTime("19:00pm")]).toEqual(["16:00", "10:00", "13:00", "19:00"]);
  });
});

describe("segmentation and meeting metadata", () => {
  it("reads a modern.gov header: body, date and time on one line, then Venue: and Contact:", () => {
    const [m] = meetingsOf(
      "Agenda and minutes\n\nRiverside Health and Wellbeing Board - Tuesday, 23rd April 2019 4.00 pm\n\nVenue: Council Chamber, Town Hall. View directions\n\nContact: Ann Officer\n\nItems\n",
    );
    expect(m).toMatchObject({
      body: { name: "Riverside Health and Wellbeing Board" },
      time: { value: "16:00" },
      venue: { value: "Council Chamber, Town Hall" },
      kind: "formal-meeting",
    });
    expect(m!.date?.iso).toBe("2019-04-23");
  });

  it("reads a workshop line with a time range and its venue", () => {
    const [m] = meetingsOf("Riverside Partnership Workshop\nWednesday 21st August 2019 13:00 – 16:00 Hours\nVenue: The Hub, Riverside\n");
    expect(m).toMatchObject({ time: { value: "13:00" }, venue: { value: "The Hub, Riverside" } });
    expect(m!.date?.iso).toBe("2019-08-21");
  });

  it("takes the minutes' own date, not the previous meeting's minutes it approves", () => {
    const text = "Riverside Cabinet - Monday, 17th July, 2023 6.00 pm\n\nMinutes\n\nTo approve the minutes of the meeting held on 22 February 2023.\n";
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2023-07-17"]);
  });

  it("reads 'Minutes of the <body> Meeting held on <date> via Microsoft Teams' as a virtual meeting", () => {
    const [m] = meetingsOf("MINUTES OF RIVERSIDE ICB BOARD PUBLIC MEETING\nHELD ON THURSDAY 17th November, 2022\nVIA MICROSOFT TEAMS\nPresent\n");
    expect(m).toMatchObject({ body: { name: "RIVERSIDE ICB BOARD" }, kind: "virtual-meeting" });
  });

  it("reads a key-messages page's 'Meeting Date' label, and a decision notice dated at its foot", () => {
    expect(meetingsOf("Riverside Board\n\nMeeting Date 11 November 2021\n\nKey Decisions and Actions\n")[0]!.date?.iso).toBe("2021-11-11");
    const [notice] = meetingsOf(
      "Decision details\n\nCare Act easements\n\nDecision Maker: Cabinet\n\nDecisions:\n\nCabinet agreed the recommendations.\n\nDate of decision: 15/05/2020\n",
    );
    expect(notice).toMatchObject({ body: { name: "Cabinet" }, from: 0 });
    expect(notice!.date?.iso).toBe("2020-05-15");
  });

  it("splits a compilation into its meetings: minutes, then development-session notes", () => {
    const text =
      "Riverside Partnership\n\nMinutes of the Meeting held on Monday, 25th March, 2024 at 10.00 am at the Town Hall\n\nPresent\n\nAnn Able\n\nDevelopment Session 5th June 2024: Summary of Notes & Actions\n\nText.\n";
    expect(meetingsOf(text).map((m) => [m.date?.iso, m.kind])).toEqual([
      ["2024-03-25", "formal-meeting"],
      ["2024-06-05", "development-session"],
    ]);
  });
});

describe("attendance", () => {
  it("reads inline 'Present:' lists of names with initials and roles, tables flattened", () => {
    const text = "Present: Jane Doe (Chair) JD Executive GP, Riverside CCG John Roe JR County Council Ann Able AA Director of Public Health\n";
    expect(people(text)).toEqual([
      ["Jane Doe", "present"],
      ["John Roe", "present"],
      ["Ann Able", "present"],
    ]);
    expect(attendanceOf(text).facts[0]!.initials).toBe("JD");
  });

  it("reads one-a-line tables of 'Name (INI) Role', and 'Apologies:' separated by semicolons", () => {
    const text =
      "Present:\nDr Avi Able (AA) Clinical Chair\nBob Baker (BB) Chief Finance Officer\nApologies: Cath Cole; Dan Dee (Riverside Council); Councillor Eve Eden\n";
    expect(people(text)).toEqual([
      ["Avi Able", "present"],
      ["Bob Baker", "present"],
      ["Cath Cole", "apologies"],
      ["Dan Dee", "apologies"],
      ["Eve Eden", "apologies"],
    ]);
  });

  it("reads substitutes named in brackets and in sentences, and part attendance", () => {
    const text =
      "Apologies for absence were received from Mr D Blacklock (Ms H Horne attended as substitute) and Ms K Fairclough.\n\nBob Baker was attending as Cath Cole's substitute.\n\nPresent:\nAnn Able (for Items 1-6)\n";
    const facts = attendanceOf(text).facts;
    expect(facts.map((f) => [f.person.name, f.status, f.person.substituteFor, f.person.items])).toEqual([
      ["H Horne", "present", "Mr D Blacklock", null],
      ["D Blacklock", "apologies", null, null],
      ["K Fairclough", "apologies", null, null],
      ["Bob Baker", "present", "Cath Cole", null],
      ["Ann Able", "present", null, "Items 1-6"],
    ]);
  });

  it("reads 'In Attendance:' with a secretary and 'Officers:' as their own statuses", () => {
    expect(people("In Attendance: Fay Ford (Secretary)\n\nOfficers: Gil Gray, Hal Hill\n")).toEqual([
      ["Fay Ford", "in_attendance"],
      ["Gil Gray", "officer"],
      ["Hal Hill", "officer"],
    ]);
  });

  it("reads an unlabelled list of members with initials under the heading, for review", () => {
    const text =
      "Minutes of Meeting of Riverside Voices Board\n\nTuesday, 4 February 2014 at 2.00 pm\n\nAnn Able (AA), Bob Baker (BB), Cath Cole (CC)\n\nApologies: Dan Dee (DD)\n";
    const ex = extract(text, { file: "riverside.txt", known: KnownEntities.empty() });
    const att = ex.draft.relationships.filter((r) => r.type === "ATTENDED").map((r) => [r.from, (r as { status: string }).status]);
    expect(att).toEqual([
      ["person:ann-able", "present"],
      ["person:bob-baker", "present"],
      ["person:cath-cole", "present"],
      ["person:dan-dee", "apologies"],
    ]);
    expect(ex.review.filter((r) => r.why.includes("Unlabelled"))).toHaveLength(3);
  });

  it("finds no one in prose that merely mentions people", () => {
    expect(people("Councillor Ann Able asked about waiting times. Bob Baker explained the figures.\n")).toEqual([]);
  });

  it("spots names in a run of names that lost its table columns, not organisations that look like names", () => {
    const t = "Alan Yates Julie Dawes Jon Allen Dr Lesley Stevens Ken Dixon – Joseph Rowntree Foundation Liz Page, Managing Director – York & County Press";
    expect(spotNames(t, 0, t.length).map((n) => t.slice(n.span.start, n.span.end))).toEqual([
      "Alan Yates",
      "Julie Dawes",
      "Jon Allen",
      "Dr Lesley Stevens",
      "Ken Dixon",
      "Liz Page",
    ]);
  });

  it("takes no honorific for a name's word: 'Bolton Councillor David Greenhalgh Bury Councillor David Jones'", () => {
    const t =
      "PRESENT: Deputy Mayor Baroness Bev Hughes Bolton Councillor David Greenhalgh Bury Councillor David Jones Oldham Councillor Sean Fielding Stockport Councillor Elise Wilson Salford Councillor Paul Dennett Tameside Councillor Brenda Warrington";
    expect(spotNames(t, 0, t.length).map((n) => t.slice(n.name.start, n.name.end))).toEqual([
      "Bev Hughes",
      "David Greenhalgh",
      "David Jones",
      "Sean Fielding",
      "Elise Wilson",
      "Paul Dennett",
      "Brenda Warrington",
    ]);
    expect(whoAndStatus(attendanceOf(`${t}\n`).facts)).toEqual([
      ["Bev Hughes", "present"],
      ["David Greenhalgh", "present"],
      ["David Jones", "present"],
      ["Sean Fielding", "present"],
      ["Elise Wilson", "present"],
      ["Paul Dennett", "present"],
      ["Brenda Warrington", "present"],
    ]);
  });

  it("spots a name its role runs into, with no comma or dash between: 'Michelle Turner Director of Quality'", () => {
    const t = "Present: James Thomas Clinical Chair (Meeting Chair) BC Nick Hayward Clinical Board Member BD Michelle Turner Director of Quality AWC";
    expect(spotNames(t, 0, t.length).map((n) => t.slice(n.span.start, n.span.end))).toEqual(["James Thomas", "Nick Hayward", "Michelle Turner"]);
  });

  it("parses honorifics, roles and qualifiers of one person", () => {
    expect(parsePerson("Cllr. Stephen Galloway – City of York Council (Chair)")).toMatchObject({
      honorific: "Councillor",
      name: "Stephen Galloway",
      qualifier: "City of York Council",
      role: "chair",
    });
    expect(parsePerson("Director of Public Health")).toBeNull();
    expect(parsePerson("Chief Superintendent")).toBeNull();
  });

  it("ends a name where its role runs on, the role's first words no name holds", () => {
    const name = (raw: string) => parsePerson(raw)?.name;
    expect(name("Ted Allen Chief Inspector")).toBe("Ted Allen");
    expect(name("Professor Pat Able Independent Chair for the Board")).toBe("Pat Able");
    expect(name("Cara Cole Domestic Violence Co-ordinator")).toBe("Cara Cole");
    expect(name("Dan Dee Secondary Care Consultant")).toBe("Dan Dee");
    expect(name("K Hockley Detective Inspector")).toBe("K Hockley");
    expect(name("Ali Jan Haider Executive Director")).toBe("Ali Jan Haider");
  });
});

describe("agenda items", () => {
  const items = (text: string, headings = false) => agendaItems(linesOf(text), 0, text.length, { headings }).map((i) => [i.number, i.title]);

  it("reads modern.gov numbers on their own line, codes like HCP1, and titles of any length", () => {
    const long =
      "The use of Assistive Technology to support Independent Living - a major review by the Social Services, Health and Housing Policy Overview Committee";
    expect(items(`276.\n\nApologies for Absence\n\nMinutes:\n\nNone.\n\n277.\n\n${long} pdf icon PDF 92 KB\n`)).toEqual([
      ["276", "Apologies for Absence"],
      ["277", long],
    ]);
    expect(items("HCP1\n\nWelcome\n\nHCP2\n\nMinutes pdf icon PDF 196 KB\n")).toEqual([
      ["HCP1", "Welcome"],
      ["HCP2", "Minutes"],
    ]);
    // A council's minute numbers: alone over the title ("144/10"), or in three parts before it.
    expect(items("SSP\n144/10\nMINUTES OF THE PREVIOUS MEETING\nThe minutes were agreed.\nSSP\n145/10\nMATTERS ARISING\n")).toEqual([
      ["144/10", "Minutes Of The Previous Meeting"],
      ["145/10", "Matters Arising"],
    ]);
    expect(items("01/25/01 – Welcome, Apologies and Chairman’s Matters\nThe Chairman welcomed all.\n01/25/02 – Patient Story\n")).toEqual([
      ["01/25/01", "Welcome, Apologies and Chairman’s Matters"],
      ["01/25/02", "Patient Story"],
    ]);
  });

  it("keeps numbers rising, so a numbered list inside an item is not read as items", () => {
    expect(items("5. Budget\n\nThe Board agreed:\n1. That the budget be set\n2. That a report follow\n\n6. Any Other Business\n")).toEqual([
      ["5", "Budget"],
      ["6", "Any Other Business"],
    ]);
  });

  it("reads unnumbered headings where a page numbers nothing, preferring those set apart by a wider gap", () => {
    const text = "\n\n\nElection of Chair\n\nTo elect a chair for the year.\n\nThat Ann Able be elected.\n\n\n\nDeclarations of Interest\n\nNone were made.\n";
    expect(items(text, true)).toEqual([
      [null, "Election of Chair"],
      [null, "Declarations of Interest"],
    ]);
  });
});

describe("decisions and actions", () => {
  const found = (text: string, initials: string[] = []) => decisions(text, 0, text.length, new Set(initials)).map((d) => [d.kind, text.slice(d.start, d.end)]);

  it("reads RESOLVED blocks part by part, lead-ins left out", () => {
    expect(found("RESOLVED – That:\n\n(a) the plan be approved;\n\n(b) a report come back in June; and\n\n(c) the budget be noted.\n")).toEqual([
      ["resolution", "the plan be approved"],
      ["resolution", "a report come back in June"],
      ["resolution", "the budget be noted."],
    ]);
  });

  it("reads prose decisions: 'It was agreed that', 'The Board noted', correct records, elections", () => {
    const text =
      "It was agreed that the group would meet monthly. The Board noted the report. The minutes of the last meeting were signed off as a correct record. Cllr Ann Able was elected Chair for the year. Members asked about costs.";
    expect(found(text).map(([, t]) => t)).toEqual([
      "It was agreed that the group would meet monthly.",
      "The Board noted the report.",
      "The minutes of the last meeting were signed off as a correct record.",
      "Cllr Ann Able was elected Chair for the year.",
    ]);
  });

  it("reads decisions written after an item's heading, with no subject, or as a motion carried", () => {
    const text = [
      "5. To consider the vision and objectives – It was agreed that a workshop would be held.",
      "It was proposed, seconded and Resolved: That the session be suspended.",
      "It was proposed, seconded and unanimously agreed that Ann Able be Chair.",
      "6. To approve as accurate the minutes of the meeting on 20 July 2021 – Agreed",
      "Agreed expenditure on new playground equipment.",
      "The minutes of the last meeting were read and agreed.",
      "The record of the meeting held on 5 November was agreed and signed by the Chairman.",
      "It was proposed that the Board should have one plan. This was agreed by the Board.",
      "All recommendations were agreed.",
      "In response to a question, it was agreed that a written answer be sent.",
      "Decision status: Recommendations Approved",
      "RESOLVED that:-",
      "Resolved",
    ].join("\n\n");
    expect(found(text).map(([, t]) => t)).toEqual([
      "It was agreed that a workshop would be held.",
      "That the session be suspended.",
      "It was proposed, seconded and unanimously agreed that Ann Able be Chair.",
      "To approve as accurate the minutes of the meeting on 20 July 2021 – Agreed",
      "Agreed expenditure on new playground equipment.",
      "The minutes of the last meeting were read and agreed.",
      "The record of the meeting held on 5 November was agreed and signed by the Chairman.",
      "This was agreed by the Board.",
      "All recommendations were agreed.",
      "In response to a question, it was agreed that a written answer be sent.",
    ]);
  });

  it("takes no report received, no chair's agenda note and no bare label for a decision", () => {
    const text = [
      "The Board received a report and presentation on the strategy.",
      "The Committee received one nomination in advance of the meeting for Cllr Ann Able.",
      "The Chairman to welcome everyone to the meeting.",
      "Minutes: Apologies were received from Bob Best and Cara Cole.",
      "That Cabinet:-",
      "15.1",
      "The Board received the report.",
      "That the minutes of the meetings held on the following dates be confirmed as a correct record:",
    ].join("\n\n");
    expect(found(text)).toEqual([
      ["resolution", "The Board received the report."],
      ["resolution", "That the minutes of the meetings held on the following dates be confirmed as a correct record:"],
    ]);
  });

  it("reads actions given mid-line, to a clerk or officers, asked of someone, or tagged with an owner at the end", () => {
    const text = [
      "2. Apologies – The Chair moved a vote of thanks, carried unanimously. Action: Clerk to inform Ann and Bob",
      "Clerk to write to the county council about the footpath.",
      "Jo was asked to check whether the post had been filled.",
      "Ivy to be cleared from outside the parish hall – Action JB",
      "Members were asked to declare any interests.",
      "The minutes are attached for approval, together with the Action List",
    ].join("\n\n");
    expect(decisions(text, 0, text.length, new Set(["JB"])).map((d) => [d.kind, d.ownerText])).toEqual([
      ["action", "Clerk"],
      ["action", "Clerk"],
      ["action", "Jo"],
      ["action", "JB"],
    ]);
  });

  it("reads actions: labelled, in a log, and 'HH to bring back …' with initials from the attendance list", () => {
    const text =
      "ACTION: Officers to publish the plan by April.\n\n3. / Carol to develop the criteria for the chair. / Carol\n\nHH to bring back a costed proposal in March.";
    const ds = decisions(text, 0, text.length, new Set(["HH"]));
    expect(ds.map((d) => [d.kind, d.ownerText])).toEqual([
      ["action", "Officers"],
      ["action", "Carol"],
      ["action", "HH"],
    ]);
    expect(ds[2]!.confidence).toBeGreaterThan(0.75);
    // Initials nobody in the list has: kept, marked for review.
    expect(decisions(text, 0, text.length, new Set())[2]!.confidence).toBeLessThan(0.75);
  });
});

describe("ids", () => {
  it("never gives two facts one id, whatever the length of a heading", () => {
    const a = "Update on the Integrated Care Strategy and its delivery plan across the whole system, part one";
    const b = "Update on the Integrated Care Strategy and its delivery plan across the whole system, part two";
    expect(slug(a)).not.toBe(slug(b));
    expect(slug(a).length).toBeLessThanOrEqual(60);
    const ids = new Ids(new Map([["person:ann-able", "person ann able"]]));
    expect(ids.allocate("person:ann-able", "person ann able")).toBe("person:ann-able");
    expect(ids.allocate("item:x-1", "item at 10")).toBe("item:x-1");
    expect(ids.allocate("item:x-1", "item at 90")).toBe("item:x-1-2");
    expect(ids.allocate("item:x-1", "item at 10")).toBe("item:x-1");
    expect(() => ids.claim("item:x-1", "item at 300")).toThrow(IdCollision);
    expect(() => ids.claim("item:x-1", "item at 300")).toThrow(/item:x-1 would stand for both item at 10 and item at 300/);
  });

  it("gives a new person whose id the graph already uses for someone else a distinct id", () => {
    const ids = new Ids(new Map([["person:ann-able", "person ann able"]]));
    expect(ids.allocate("person:ann-able", "person ann-able")).toBe("person:ann-able-2");
  });
});
