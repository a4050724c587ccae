import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { overreaching } from "../../src/dataset/evidence-reach.js";
import { curatedFiles, readBatch } from "../../src/dataset/read.js";

const TEXT = `Minutes of the Riverside Board held on 3 March 2025

Present: Councillor Ann Example (Chair), Ben Sample (Riverside NHS Trust)

1. Health inequalities
The Department of Health and Social Care presented its update to the Board.
The Board noted the report.
`;

/** A one-document data file whose relationships (and any further entities) are written by each test. */
function batchWith(relationships: string, entities = ""): ReturnType<typeof readBatch> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-reach-"));
  fs.mkdirSync(path.join(dir, "sources"));
  fs.writeFileSync(path.join(dir, "sources", "note.txt"), TEXT);
  const file = path.join(dir, "data.yaml");
  fs.writeFileSync(
    file,
    `document: {id: doc:reach, title: Riverside minutes, kind: minutes, date: 2025-03-03, file: sources/note.txt, cite: "Minutes of the Riverside Board"}
entities:
  - {id: body:riverside, type: Body, name: Riverside Board, kind: board, cite: "Riverside Board"}
  - {id: meeting:riverside-2025-03-03, type: Meeting, title: Riverside Board, date: 2025-03-03, kind: formal-meeting, status: held, cite: "held on 3 March 2025"}
  - {id: person:ann-example, type: Person, name: Ann Example, cite: "Councillor Ann Example"}
  - {id: org:dhsc, type: Organisation, name: Department of Health and Social Care, kind: government-department, cite: "The Department of Health and Social Care"}
  - {id: org:riverside-trust, type: Organisation, name: Riverside NHS Trust, kind: nhs-trust, cite: "Riverside NHS Trust"}
  - {id: item:riverside-1, type: AgendaItem, number: "1", title: Health inequalities, cite: "1. Health inequalities"}
  - {id: resolution:riverside-1, type: Resolution, text: The Board noted the report., outcome: noted, cite: "The Board noted the report."}
${entities}relationships:
  - {type: RECORDS, from: doc:reach, to: meeting:riverside-2025-03-03, cite: "Minutes of the Riverside Board held on 3 March 2025"}
  - {type: MEETING_OF, from: meeting:riverside-2025-03-03, to: body:riverside, cite: "Minutes of the Riverside Board"}
${relationships}`,
  );
  return readBatch([file]);
}

describe("evidence that reaches both ends of a relationship", () => {
  it("accepts an end the quote names, the document's own meeting, an item's section and a decision's own words", () => {
    const batch =
      batchWith(`  - {type: ATTENDED, from: person:ann-example, to: meeting:riverside-2025-03-03, status: present, role: chair, cite: "Councillor Ann Example (Chair)"}
  - {type: HAS_ITEM, from: meeting:riverside-2025-03-03, to: item:riverside-1, cite: "1. Health inequalities"}
  - {type: HAS_RESOLUTION, from: item:riverside-1, to: resolution:riverside-1, cite: "The Board noted the report."}
`);
    expect(overreaching(batch)).toEqual([]);
  });

  it("flags a quote that names only one end, naming the end it leaves out", () => {
    const batch = batchWith(`  - {type: MEMBER_OF, from: org:riverside-trust, to: body:riverside, cite: "The Board noted the report."}
`);
    expect(overreaching(batch)).toEqual([
      { type: "MEMBER_OF", from: "org:riverside-trust", to: "body:riverside", end: "org:riverside-trust", quotes: ["The Board noted the report."] },
    ]);
  });

  it("accepts the same link once it cites a passage naming the missing end, or says it is inferred", () => {
    const cited =
      batchWith(`  - {type: MEMBER_OF, from: org:riverside-trust, to: body:riverside, cite: ["The Board noted the report.", "Ben Sample (Riverside NHS Trust)"]}
`);
    expect(overreaching(cited)).toEqual([]);
    const inferred =
      batchWith(`  - {type: MEMBER_OF, from: org:riverside-trust, to: body:riverside, note: "inferred: its officer sits on the Board", cite: "The Board noted the report."}
`);
    expect(overreaching(inferred)).toEqual([]);
  });

  it("does not flag a link whose basis says the documents cannot tell", () => {
    // A seat held "uncertain" is reported UNKNOWN, never as stated: it claims no quote states it.
    const entities = `  - {id: tor:riverside, type: TermsOfReference, title: Riverside terms, version: "1", status: approved, cite: "Minutes of the Riverside Board"}
  - {id: seat:riverside-1, type: Seat, ordinal: 1, sectorText: NHS, organisationText: Riverside NHS Trust, position: Member, cite: "Ben Sample (Riverside NHS Trust)"}
`;
    const uncertain = batchWith(
      `  - {type: HAS_SEAT, from: tor:riverside, to: seat:riverside-1, basis: uncertain, note: the terms are not in the corpus, cite: "Ben Sample (Riverside NHS Trust)"}
`,
      entities,
    );
    expect(overreaching(uncertain)).toEqual([]);
    const stated = batchWith(
      `  - {type: HAS_SEAT, from: tor:riverside, to: seat:riverside-1, basis: stated, cite: "Ben Sample (Riverside NHS Trust)"}
`,
      entities,
    );
    expect(overreaching(stated).map((o) => o.end)).toEqual(["tor:riverside"]);
  });

  it("every relationship of the curated data reaches both its ends or says it is inferred", () => {
    expect(overreaching(readBatch(curatedFiles()))).toEqual([]);
  });
});
