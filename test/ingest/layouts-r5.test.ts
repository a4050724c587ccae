import { describe, expect, it } from "vitest";
import { attendanceOf, meetingsOf, whoAndStatus } from "../helpers/ingest-stages.js";
import { decisions } from "../../src/ingest/stages/decisions.js";
import { extract } from "../../src/ingest/extract.js";
import { KnownEntities } from "../../src/ingest/known.js";
import { bodyName } from "../../src/ingest/stages/meetings.js";
import { linesOf } from "../../src/ingest/stages/lines.js";
import { agendaItems } from "../../src/ingest/stages/items.js";

// Round 5: the common sentence and item forms of apologies that round 4's unseen documents showed
// were read wrongly or not at all. Each rule on a small invented example.
const labelled = (text: string) => whoAndStatus(attendanceOf(text).facts);
/** The agenda items' titles the whole extractor drafts from a text. */
const itemTitles = (text: string) =>
  extract(text, { file: "riverside.txt", known: KnownEntities.empty() })
    .draft.entities.filter((e) => e.type === "AgendaItem")
    .map((e) => (e as { title: string }).title);

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

describe("common attendance shapes beyond the labels of earlier rounds", () => {
  it("reads a status column at each row's end, and never takes a row's word for a label of the rows below", () => {
    const text =
      "Attendance:\nName\tOrganisation\tPresent/Apologies\nJane Doe\tHealthwatch\tPresent\nJohn Roe\tNHS Kent\tApologies\nAmy Poe\tKent Police\tAbsent\n";
    expect(labelled(text)).toEqual([
      ["Jane Doe", "present"],
      ["John Roe", "apologies"],
    ]);
    // Letter codes mean something only under a heading naming the column.
    expect(labelled("Name        Organisation      Attended\nJane Doe    Healthwatch       Y\nJohn Roe    NHS Kent          N\n")).toEqual([
      ["Jane Doe", "present"],
    ]);
    expect(labelled("Jane Doe    Healthwatch       A\nJohn Roe    NHS Kent          B\n")).toEqual([]);
  });

  it("splits a plural title's clause of a semicolon list into its people", () => {
    expect(labelled("Present: Councillor A Smith (Chair); Councillors B Jones, C Brown and D White.\n")).toEqual([
      ["A Smith", "present"],
      ["B Jones", "present"],
      ["C Brown", "present"],
      ["D White", "present"],
    ]);
  });

  it("reads the chair from 'In the Chair:', and two labels on one short line", () => {
    const chair = attendanceOf("In the Chair: Councillor Peter Parker\nPresent: Councillors Smith and Jones\n").facts[0]!;
    expect([chair.person.name, chair.status, chair.person.role]).toEqual(["Peter Parker", "present", "chair"]);
    expect(labelled("Attendance: Present: Ann Able, Bob Baker. Apologies: Carol Cole.\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "apologies"],
    ]);
  });

  it("reads how members took part as part of the label: in the room, via Teams", () => {
    expect(labelled("Present in the room: Ann Able, Bob Baker\nPresent via Teams: Carol Cole\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
    ]);
  });

  it("records a substitute named in brackets or in the apologies sentence as present, for the member", () => {
    const bracketed = attendanceOf("Apologies for absence: Ann Able (substitute: Bob Baker)\n").facts;
    expect(whoAndStatus(bracketed)).toEqual([
      ["Bob Baker", "present"],
      ["Ann Able", "apologies"],
    ]);
    expect(bracketed[0]!.person.substituteFor).toBe("Ann Able");
    expect(labelled("Apologies for absence were received from Ann Able, with Bob Baker attending as her substitute.\n")).toEqual([
      ["Ann Able", "apologies"],
      ["Bob Baker", "present"],
    ]);
  });

  it("reads names with styles before them and letters after them", () => {
    const r = attendanceOf("Present: Rt Hon Ann Able MP, Baroness Bob Baker, Cllr Carol Cole OBE, Jane Doe MBE\n");
    expect(whoAndStatus(r.facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
      ["Jane Doe", "present"],
    ]);
    expect(r.facts[0]!.person.honorific).toBe("Rt Hon");
  });

  it("reads an unlabelled list under a header that begins 'Minutes of the Meeting held'", () => {
    const text =
      "Minutes of the Meeting held\non Friday 18 July 2014\nin the Filby Room, Jubilee House\nJoan Maughan – Independent Chair\nNigel Andrews – Tenancy Support Manager, Norwich City Council\nHarold Bodmer – Director, Community Services\nDawn Collins – Assistant Director of Nursing\nDeclarations of Interest\nNone reported\n";
    expect(labelled(text)).toEqual([
      ["Joan Maughan", "present"],
      ["Nigel Andrews", "present"],
      ["Harold Bodmer", "present"],
      ["Dawn Collins", "present"],
    ]);
  });

  it("reads 'X - Y substituted' rows of an apologies list 'from the following:' as the member's apology and the substitute's presence", () => {
    const text =
      "Apologies for absence were received from the following:\n\nNiall Bolger\n\nPeter Lewis                - Jennifer James substituted\n\nJoanne McCartney\n\n1. Minutes\n";
    const facts = attendanceOf(text).facts;
    expect(whoAndStatus(facts)).toEqual([
      ["Niall Bolger", "apologies"],
      ["Jennifer James", "present"],
      ["Peter Lewis", "apologies"],
      ["Joanne McCartney", "apologies"],
    ]);
    expect(facts[1]!.person.substituteFor).toBe("Peter Lewis");
  });

  it("reads labels inside a flattened page: an apologies sentence, and labels without colons before a name", () => {
    expect(
      labelled(
        "Members present: Ann Able (Chair); Bob Baker; Carol Cole In attendance: Dan Dee, Ed Eve Apologies for absence were received from Fay Fox and Gus Gee. 1 Welcome\n",
      ),
    ).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
      ["Dan Dee", "in_attendance"],
      ["Ed Eve", "in_attendance"],
      ["Fay Fox", "apologies"],
      ["Gus Gee", "apologies"],
    ]);
    expect(
      labelled(
        "Meeting held on Tuesday 3 March 2020 Present Ann Able (AA) Chair Bob Baker (BB) Carol Cole (CC) Apologies Dan Dee (DD) Action Notes 1. Welcome\n",
      ),
    ).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
      ["Dan Dee", "apologies"],
    ]);
  });
});

describe("attendance of parish councils and panels: clerks, councillors in a role, bracketed kinds of presence", () => {
  it("reads the clerk and the members of the public after the members, on one line or on their own", () => {
    const r = attendanceOf("Present: Cllr X Ray (Chairman), Cllr Y Zed, Cllr W Vee. Clerk: Mrs A Bee. Members of the public: 3.\n");
    expect(whoAndStatus(r.facts)).toEqual([
      ["X Ray", "present"],
      ["Y Zed", "present"],
      ["W Vee", "present"],
      ["A Bee", "in_attendance"],
    ]);
    expect(r.skipped).toEqual([]);
    expect(labelled("Councillors Present: R Smith (Chair), T Jones, P Brown\nClerk: S White\nCounty Councillor: M Black\n")).toEqual([
      ["R Smith", "present"],
      ["T Jones", "present"],
      ["P Brown", "present"],
      ["S White", "in_attendance"],
      ["M Black", "in_attendance"],
    ]);
  });

  it("reads 'Present (voting):' and 'Present (non-voting):' as lists of those present", () => {
    expect(labelled("Present (voting): Ann Able; Bob Baker\nPresent (non-voting): Carol Cole\nApologies: Dan Dee\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
      ["Dan Dee", "apologies"],
    ]);
  });
});

describe("lists as PDFs print them", () => {
  it("reads two columns of people a wide gap apart, a name the line's end broke, and a page number among the lines", () => {
    expect(labelled("Present:\nCllr A Able (Chair)          Cllr B Baker\nCllr C Cole                  Cllr D Dee\nApologies:\nCllr E Eve\n")).toEqual([
      ["A Able", "present"],
      ["B Baker", "present"],
      ["C Cole", "present"],
      ["D Dee", "present"],
      ["E Eve", "apologies"],
    ]);
    expect(
      labelled("PRESENT: Councillor Ann Able (Chairman), Councillor Bob Baker, Councillor Carol\nCole, Councillor Dan Dee and Councillor Ed Eve.\n"),
    ).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
      ["Dan Dee", "present"],
      ["Ed Eve", "present"],
    ]);
    expect(labelled("Present:\nAnn Able, Bob Baker,\nCarol Cole, Dan Dee\nPage 2\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "present"],
      ["Dan Dee", "present"],
    ]);
    // Tables as web pages give them: bars around the cells, a heading row, a cell a line.
    expect(labelled("Present:\n| Ann Able | Chair | Healthwatch |\n| Bob Baker | Director | NHS Kent |\nApologies:\n| Carol Cole | Kent Police |\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Carol Cole", "apologies"],
    ]);
    expect(labelled("Attendees\nName\tOrganisation\nAnn Able\tHealthwatch\nApologies\nName\tOrganisation\nCarol Cole\tKent Police\n")).toEqual([
      ["Ann Able", "present"],
      ["Carol Cole", "apologies"],
    ]);
    const cells = attendanceOf("Present\nAnn Able\nChair, Healthwatch\nBob Baker\nDirector, NHS Kent\nApologies\nDan Dee\n");
    expect(whoAndStatus(cells.facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Dan Dee", "apologies"],
    ]);
    expect(cells.skipped).toEqual([]);
    // A row of a name and its organisation stays one entry.
    expect(labelled("Members present:\nAnn Able          Chair, Riverside Council\nBob Baker         NHS Riverside\n")).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
    ]);
  });
});

describe("decisions after a heading, and bodies named before what the document is", () => {
  const found = (text: string) => decisions(text, 0, text.length, new Set(["JR", "AB"])).map((d) => [d.kind, d.text]);

  it("drops an item's name before a colon or on its own line from the decision it heads", () => {
    expect(found("Discussion\nPlace Plan refresh: The Board endorsed the approach to refreshing the Place Plan.\n")).toEqual([
      ["resolution", "The Board endorsed the approach to refreshing the Place Plan."],
    ]);
    expect(found("Item 2: Notes and actions from last meeting\nThe notes were agreed as an accurate record.\n")).toEqual([
      ["resolution", "The notes were agreed as an accurate record."],
    ]);
    expect(found("Estates update: It was noted that the case is delayed. AB to write to NHS England.\n")).toContainEqual([
      "action",
      "AB to write to NHS England.",
    ]);
    // A decision that a line break splits keeps its first line.
    expect(found("It was agreed that the\nDirector would write to the ICB.\n")).toEqual([
      ["resolution", "It was agreed that the Director would write to the ICB."],
    ]);
  });

  it("takes no title for a decision: 'Tameside Locality Board Notes of meeting held …'", () => {
    expect(found("Tameside Locality Board\nNotes of meeting held 4 May 2022, 14:00-16:00, via Microsoft Teams\n\nItem 1: Welcome\n")).toEqual([]);
  });

  it("names the body without what the document is", () => {
    expect(bodyName("South Place Partnership Board – Meeting Notes – ")).toBe("South Place Partnership Board");
    expect(bodyName("Kent Health and Wellbeing Board - Action Notes")).toBe("Kent Health and Wellbeing Board");
    // A body whose name ends in such a word keeps it.
    expect(bodyName("Minutes of the Record Keeping Group")).toBe("Record Keeping Group");
  });

  it("reads a parish council's minutes: numbered minutes like 17/01 are items, not action rows; 'seconded by …, it was RESOLVED'", () => {
    const text =
      "17/03 Minutes of the meeting held on 10th April 2017\nProposed by Cllr Baker, seconded by Cllr Cole, it was RESOLVED that the minutes be approved and signed as a true record.\n\n17/04 Planning applications\n17/0123/FUL – Extension at 4 High Street. It was resolved to raise no objection.\n";
    expect(found(text)).toEqual([
      ["resolution", "the minutes be approved and signed as a true record."],
      ["resolution", "It was resolved to raise no objection."],
    ]);
    // An action log's row keeps its separator apart from the number.
    expect(found("3. / Carol to develop the criteria / Carol\n")).toEqual([["action", "Carol to develop the criteria / Carol"]]);
  });

  it("names the body of 'Minutes of the Meeting of …' and 'the Annual Town Council Meeting'", () => {
    expect(bodyName("Minutes of MEETING OF LITTLE WIDGETON PARISH COUNCIL")).toBe("LITTLE WIDGETON PARISH COUNCIL");
    expect(bodyName("Minutes of the Annual Town Council Meeting")).toBe("Town Council");
    expect(bodyName("Annual Governance Committee")).toBe("Annual Governance Committee");
  });

  it("reads an NHS board's minutes: the body above a generic header, 'ICB 23/01' items, 'The Board:' lists, an action after an outcome", () => {
    const text =
      "NHS Somewhere Integrated Care Board\nMinutes of the Board Meeting held in Public on Wednesday 18 January 2023 at 09:30, Boardroom, Unity House\n\nICB 23/01 Welcome and apologies\nThe Chair welcomed members.\n\nICB 23/04 Operational Plan 2023/24\nThe Board:\n• noted the planning guidance;\n• approved the draft plan for submission;\n• agreed to receive a further update in March.\n\nICB 23/05 Quality Report\nOutcome: The Board received assurance on the quality position.\nAction: JR to provide a briefing on maternity services.\n";
    const [meeting] = meetingsOf(text);
    expect([meeting!.body?.name, meeting!.title, meeting!.date?.iso]).toEqual([
      "NHS Somewhere Integrated Care Board",
      "NHS Somewhere Integrated Care Board",
      "2023-01-18",
    ]);
    expect(agendaItems(linesOf(text), meeting!.from, text.length, { headings: true }).map((i) => i.number)).toEqual(["ICB 23/01", "ICB 23/04", "ICB 23/05"]);
    expect(found(text)).toEqual([
      ["resolution", "noted the planning guidance"],
      ["resolution", "approved the draft plan for submission"],
      ["resolution", "agreed to receive a further update in March."],
      ["resolution", "The Board received assurance on the quality position."],
      ["action", "JR to provide a briefing on maternity services."],
    ]);
    // A list under the body's name that decides nothing is no decision.
    expect(found("The Board:\n• heard from the Director;\n• asked about staffing.\n")).toEqual([]);
  });

  it("reads an action log table by its heading row, and a decision after what the body considered", () => {
    expect(
      found(
        "Action log\nAction | Owner | Due\nCirculate the workforce plan | JD | July 2023\nArrange development session | AP | September 2023\n\nNext item\n",
      ),
    ).toEqual([
      ["action", "Circulate the workforce plan"],
      ["action", "Arrange development session"],
    ]);
    const log = "Action\tOwner\nCirculate the plan\tJD\n";
    const owners = decisions(log, 0, log.length, new Set()).map((d) => d.ownerText);
    expect(owners).toEqual(["JD"]);
    expect(found("The Committee reviewed the risk register and AGREED the new risks.\n")).toEqual([
      ["resolution", "The Committee reviewed the risk register and AGREED the new risks."],
    ]);
    expect(found("The Committee discussed the plan and noted that demand had risen.\n")).toEqual([]);
  });

  it("reads modern.gov pages: a decision ends at the next item's heading and label; 'Action by:' names who carries it out", () => {
    const text =
      "Items\nNo. Item\n5 Better Care Fund PDF 200 KB\nDecision:\nThe Cabinet agreed the Better Care Fund plan.\n6 Exclusion of the press and public\nDecision:\nRESOLVED that the press and public be excluded.\nAction by:\nDIRECTOR, ADULTS SERVICES (L. ADDAMS)\nMinutes:\nThe report was introduced.\n";
    const found = decisions(text, 0, text.length, new Set());
    expect(found.map((d) => [d.kind, d.text])).toEqual([
      ["resolution", "The Cabinet agreed the Better Care Fund plan."],
      ["resolution", "the press and public be excluded."],
      ["action", "DIRECTOR, ADULTS SERVICES (L. ADDAMS)"],
    ]);
    expect(found[2]!.ownerText).toBe("DIRECTOR, ADULTS SERVICES (L. ADDAMS)");
  });

  it("reads modern.gov's attendance table, cells a single space apart under 'Attendee Role Attendance'", () => {
    const r = attendanceOf(
      "Attendance details\nAttendee Role Attendance\nCouncillor Ann Able Chair Present\nCouncillor Bob Baker Committee Member Apologies\nDr Dan Dee Co-opted Member In attendance\nCouncillor Ed Eve Committee Member Absent\n",
    );
    expect(whoAndStatus(r.facts)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "apologies"],
      ["Dan Dee", "in_attendance"],
    ]);
    // "Chair" after the name is her role at the meeting.
    expect(r.facts[0]!.person.role).toBe("chair");
    // Without the heading row, a line ending in "Present" is no row of a table.
    expect(labelled("The Chair Present\nAnn Able Present\n")).toEqual([]);
  });

  it("reads key-decision notes one a line, and decisions after a debate or a vote", () => {
    const text =
      "Agreed: the budget of £50,000 for 2022/23.\nDecision – the Board approved the business case.\nThe Panel resolved to recommend the precept.\nPartners noted the update and thanked the team.\nCouncillor Smith proposed, and it was unanimously agreed, that the policy be adopted.\nFollowing discussion, it was agreed that the Chair would write to the Minister.\nAs part of the programme, it was agreed last year to hold workshops.\n";
    const found = decisions(text, 0, text.length, new Set());
    expect(found.map((d) => d.text)).toEqual([
      "the budget of £50,000 for 2022/23.",
      "the Board approved the business case.",
      "The Panel resolved to recommend the precept.",
      "Partners noted the update and thanked the team.",
      "Councillor Smith proposed, and it was unanimously agreed, that the policy be adopted.",
      "Following discussion, it was agreed that the Chair would write to the Minister.",
    ]);
    expect(found[0]!.outcome).toBe("agreed");
  });
});

describe("meeting headers", () => {
  const header = (text: string) => {
    const [m] = meetingsOf(text);
    return [m?.body?.name, m?.date?.iso, m?.time?.value, m?.venue?.value];
  };

  it("takes the venue from after its label, and the body from after the kind of meeting", () => {
    expect(header("Riverside Health Partnership Board\nMinutes of meeting on 9th June 2010 at 2pm\nHeld at: Three Oaks House, Riverside\n")).toEqual([
      "Riverside Health Partnership Board",
      "2010-06-09",
      "14:00",
      "Three Oaks House, Riverside",
    ]);
    expect(header("MINUTES OF THE STATUTORY ANNUAL MEETING OF LITTLE WIDGETON PARISH COUNCIL HELD ON WEDNESDAY 5 MAY 2021 AT 7.30PM VIA ZOOM\n")).toEqual([
      "LITTLE WIDGETON PARISH COUNCIL",
      "2021-05-05",
      "19:30",
      "VIA ZOOM",
    ]);
    expect(header("Minutes of the Riverside Forum AGM held at the Community Centre on Wednesday 5th October 2016, 6pm\n")[0]).toBe("Riverside Forum");
  });
});

describe("unnumbered headings that are no items", () => {
  it("takes no page furniture, document title or row of names above the list of those present for an item", () => {
    const text =
      "Minutes of the YOT Management Board Meeting\n\nHeld on 21 March 2012\n\nUpload: someone\n\nTranscript\n\nRiverside Youth Offending Team\n\nPresent:\nAnn Able (Chair)\nBob Baker\n\nBudget\n\nThe budget was discussed at length by the members of the board today.\n\nCouncillor Questions\n\nThere were no questions from councillors at this meeting today.\n\nAgenda Item 4\n\nThe next item was deferred to the following meeting of the board.\n";
    expect(itemTitles(text)).toEqual(["Budget", "Councillor Questions"]);
  });

  it("keeps the headings above a list of those present that stands at the minutes' end", () => {
    const filler = "The members discussed the matter at length and asked for a further report. ".repeat(45);
    const text = `Minutes of the Riverside Board held on 21 March 2012\n\nBudget\n\n${filler}\n\nEstates\n\n${filler}\n\nPresent:\nAnn Able (Chair)\nBob Baker\n`;
    expect(itemTitles(text)).toEqual(["Budget", "Estates"]);
  });

  it("keeps the headings of short minutes whose list of those present follows their business", () => {
    const text =
      "Minutes of the Riverside Board held on 21 March 2012\n\nBudget\n\nThe members discussed the matter at length.\n\nEstates\n\nThe members discussed the matter again.\n\nPresent:\nAnn Able (Chair)\nBob Baker\n";
    expect(itemTitles(text)).toEqual(["Budget", "Estates"]);
  });
});

// After round 5's one scoring its documents became development data; the rules below come from
// what failed there, each tried on an invented example.
describe("after round 5's scoring", () => {
  it("reads the first group under the header as present when prose follows, and only that group", () => {
    const text =
      "Minutes of the Meeting of the Riverside Governing Body held on Thursday 13 December 2012 at 1.00 pm in the Boardroom.\n\n\nDr Ann Able (in the chair) / Chair\nMs Bea Bell / Lay Member\nDr Cy Cole / Member\nMr Dan Dee / Chief Officer\n\n\nMs Eve East / Head of Planning\nMr Fay Fox / Secretary\n\nPrior to the meeting the Chairman welcomed members of the public.\n";
    const r = attendanceOf(text);
    expect(whoAndStatus(r.facts)).toEqual([
      ["Ann Able", "present"],
      ["Bea Bell", "present"],
      ["Cy Cole", "present"],
      ["Dan Dee", "present"],
    ]);
    expect(r.facts.every((f) => f.confidence < 0.75)).toBe(true);
  });

  it("splits lines two columns glued at a title, the clerk beside the members", () => {
    const text =
      "Minutes of the Parish Council Meeting held on 7th September 2016\nCllr Ann Able - ChairCllr Bob Baker\nCllr Cy ColeCllr Dan Dee\nCllr Gus GeeCllr Hal Hay\nCllr Eve EastClerk, Fay Fox\n10 Members of the Public\n";
    expect(labelled(text)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cy Cole", "present"],
      ["Dan Dee", "present"],
      ["Gus Gee", "present"],
      ["Hal Hay", "present"],
      ["Eve East", "present"],
      ["Fay Fox", "in_attendance"],
    ]);
  });
  it("reads a flattened table's apologies column, its mark ending a row", () => {
    const rows = [
      "Ann Able (AA) Independent Chair",
      "Bob Baker (BB) Business Manager",
      "Cy Cole (CC) Lay Member Apols",
      "Dan Dee (DD) Director of Children's Services",
      "Eve East (EE) Lay Member Governor",
    ];
    const text = `Minutes from Riverside Board Meeting: 21 April 2016 1. Attendance, Apologies & Governance Members Title Representing Apols ${rows.join(" ")} Apols Cllr Fay Fox (FF) Lead Cabinet Member for Children ${"and young people ".repeat(10)}\n`;
    expect(labelled(text)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cy Cole", "apologies"],
      ["Dan Dee", "present"],
      ["Eve East", "apologies"],
      ["Fay Fox", "present"],
    ]);
  });

  it("prefers a sentence's apology or observer to an unlabelled list that names the same person", () => {
    const text =
      "Riverside Board Meeting Minutes\n30th October 2019\nAnn Able (AA)\nBob Baker (BB)\nCy Cole (CC)\nDan Dee (DD)\nEve East (EE)\nWelcome from the Chair\nAnn Able (AA) welcomed everyone to the meeting including Eve East (EE) who was observing for the Trust.\nApologies were received from Dan Dee and Fay Fox.\n";
    expect(labelled(text)).toEqual([
      ["Ann Able", "present"],
      ["Bob Baker", "present"],
      ["Cy Cole", "present"],
      ["Eve East", "observer"],
      ["Dan Dee", "apologies"],
      ["Fay Fox", "apologies"],
    ]);
  });

  it("reads '- Apologies:' under a bullet, 'Name- Org' entries, and minutes 'confirmed'", () => {
    expect(labelled("- Apologies:\nPeter Bodden- Wat-Com, Fiona Brown - HCC.\n- Minutes of last Meeting\n")).toEqual([
      ["Peter Bodden", "apologies"],
      ["Fiona Brown", "apologies"],
    ]);
    const text =
      "Christine Walden – PCT Support.\n- Minutes of last Meeting: – 25 March 2010\nThe Minutes were confirmed subject to one deletion.\nMatters Arising\n";
    expect(decisions(text, 0, text.length, new Set()).map((d) => d.text)).toEqual(["The Minutes were confirmed subject to one deletion."]);
  });

  it("reads minutes numbered '16/224' with the title run into the number and the minute after a colon", () => {
    const text =
      "16/224Apologies for Absence: None.\n16/225Declarations of Interest:Cllr Cole, Allotments\n16/226 Planning Applications: Application 16/00771/FUL was noted.\n";
    expect(agendaItems(linesOf(text), 0, text.length, { headings: true }).map((i) => [i.number, i.title])).toEqual([
      ["16/224", "Apologies for Absence"],
      ["16/225", "Declarations of Interest"],
      ["16/226", "Planning Applications"],
    ]);
  });
});

describe("tables a web page laid out a cell a line", () => {
  it("reads a name, its initials' cell and the empty cells between rows as one list", () => {
    const text =
      "Present\n\nChris Cudmore\n\nCC\n\n \n\n \n\nDavid Mattick\n\nDM\n\n \n\n \n\nDavid Sparkes\n\nDS\n\n \n\nIn attendance\n\nAnthea Brooks, Clerk\n\nAB\n\n \n\n1\n\nAPOLOGIES\n";
    const r = attendanceOf(text);
    expect(whoAndStatus(r.facts)).toEqual([
      ["Chris Cudmore", "present"],
      ["David Mattick", "present"],
      ["David Sparkes", "present"],
      ["Anthea Brooks", "in_attendance"],
    ]);
    expect(r.facts[0]!.initials).toBe("CC");
    expect(r.skipped).toEqual([]);
  });
});

describe("a header printed twice", () => {
  it("takes the time and the way of meeting from the fuller copy, and no item from what stands between", () => {
    const text =
      "MPC(21)M04 Minutes of the Annual Meeting of Riverside Parish Council held on 5 May 2021\n\nFull CouncilMinutes Uploaded on May 25, 2021\n\nRiverside Parish Council\n\nMinutes of the Annual Meeting of Riverside Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00.\n\nPresent:\n\nCllr Mr A Able (Chair)\n\nCllr Mrs B Baker\n\nIn Attendance:\n\nOne member of the public\n\nMr C Cole Clerk to Riverside Parish Council\n\nItem No Item under discussion\n21.44 ELECTION OF CHAIR OF THE COUNCIL\n\nIt was RESOLVED that Cllr Able be elected Chair of the Council.\n";
    const [m] = meetingsOf(text);
    expect([m!.date?.iso, m!.time?.value, m!.kind]).toEqual(["2021-05-05", "19:00", "virtual-meeting"]);
    expect(labelled(text)).toEqual([
      ["A Able", "present"],
      ["B Baker", "present"],
      ["C Cole", "in_attendance"],
    ]);
    expect(itemTitles(text)).toEqual(["Election Of Chair Of The Council"]);
  });
});

describe("headings too short to be items", () => {
  it("takes no letter standing alone for an item: it marks a list, and a quote needs three characters", () => {
    const text =
      "Budget\n\nThe members discussed the budget at length and asked for a report.\n\nA\n\nThe first of the options was to defer the decision to the next meeting.\n\nB\n\nThe second of the options was to agree the budget as it was presented.\n";
    expect(agendaItems(linesOf(text), 0, text.length, { headings: true }).map((i) => i.title)).toEqual(["Budget"]);
  });
});

describe("after round 6's scoring: which date is the meeting's", () => {
  it("takes the page's first line, a date and a time, over an earlier meeting's minutes and a period in the accounts", () => {
    const text =
      "Monday 10th October 2011 at 7pm at the Rose Room, Riverside\n\nThe Chairman thanked everyone for attending.\n\nMinutes of the Third AGM held on Monday 15th March 2010\n\nThe minutes of the third AGM were accepted without amendment.\n\nTo receive the report of the Treasurer and adopt the Partnership Accounts for the period 1 August 2009 to 31 July 2011\n\nThe Chairman read the Treasurer's report of the Partnership Accounts for the period 1 Aug 2009 to 31 July 2011.\n";
    const [m] = meetingsOf(text);
    expect([m!.date?.iso, m!.time?.value]).toEqual(["2011-10-10", "19:00"]);
    expect(bodyName("To receive the report of the Treasurer and adopt the Partnership Accounts for the period")).toBeNull();
  });

  it("names no body from a labelled field of the header", () => {
    expect(bodyName("Venue: Hinckley & Bosworth Borough Council Offices")).toBeNull();
    expect(bodyName("Contact: Democratic Services, Riverside Council")).toBeNull();
  });
});

describe("after round 6's scoring: lists with no label", () => {
  it("reads a paragraph listing councillors straight under the header as those present, for review", () => {
    const text =
      "Minutes of the Meeting of Riverside Town Council held on 27 April 2021 at 6:30pm by Zoom Conference Call.\n\n\nCllrs B Austin, D Bretherton, N Champken-Woods, P Cowell (Deputy Mayor), M Deacock,\nL Emery, H Fickling and T Wyse\n\n\n";
    const facts = attendanceOf(text).facts;
    expect(whoAndStatus(facts).map(([name]) => name)).toEqual([
      "B Austin",
      "D Bretherton",
      "N Champken-Woods",
      "P Cowell",
      "M Deacock",
      "L Emery",
      "H Fickling",
      "T Wyse",
    ]);
    expect(facts.every((f) => f.status === "present" && f.confidence < 0.75)).toBe(true);
  });
});

describe("after round 6's scoring: roles beside names", () => {
  it("keeps a role written after a name out of the name, and a role's commas and 'and's out of the list", () => {
    const r = attendanceOf(
      "Apologies:\nTed Allen Chief Inspector, Cleveland Police\nJulia Morrison Assistant Director – Children, Schools and Complex Needs\nTracy Burton TB Deputy Director of Quality and Associate Chief Nurse\n1. Minutes\n",
    );
    expect(whoAndStatus(r.facts)).toEqual([
      ["Ted Allen", "apologies"],
      ["Julia Morrison", "apologies"],
      ["Tracy Burton", "apologies"],
    ]);
    expect(r.facts[0]!.person.qualifier).toContain("Chief Inspector");
    // Two people on a line still part where a title opens the second.
    expect(labelled("Apologies:\nAnn Able – Riverside Council, Cllr Bob Baker\n1. Minutes\n")).toEqual([
      ["Ann Able", "apologies"],
      ["Bob Baker", "apologies"],
    ]);
  });

  it("records someone under 'In attendance' marked '(observer)' as an observer", () => {
    expect(labelled("In attendance: Mrs S Knowles – Clerk to Council, Cllr Mrs Humphrey (observer), Cllr Mrs Manders (observer)\n")).toEqual([
      ["S Knowles", "in_attendance"],
      ["Humphrey", "observer"],
      ["Manders", "observer"],
    ]);
  });
});
