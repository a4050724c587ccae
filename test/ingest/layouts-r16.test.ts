import { describe, expect, it } from "vitest";
import { looksLikeName } from "../../src/ingest/names.js";
import { attendanceOf, whoAndStatus } from "../helpers/ingest-stages.js";

// Round 16, spent: what its one scoring showed, each with an invented page.
describe("apologies from the following members (round 16)", () => {
  const text = [
    "Apologies for absence were received from the following Board Members: Alan Ash, Integrated Care Board (ICB) Representative, Beth Birch, Director of People, Eastfield Council, Carl Cedar, Joint Senior Responsible Officer, Eastfield Care Partnership, Councillor Dee Elm and Fay Fir, Healthwatch Eastfield.",
    "With respect to invited attendees, apologies for absence were received from Gus Gale (Director of Partnerships) and Dr Hana Holt (Local Medical Committee).",
    "Eastfield Joint Forward Plan This report outlines the plan.",
  ].join("\n");

  it("are apologies, whatever words name the members; an office is no one's name", () => {
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Alan Ash", "apologies"],
      ["Beth Birch", "apologies"],
      ["Carl Cedar", "apologies"],
      ["Dee Elm", "apologies"],
      ["Fay Fir", "apologies"],
      ["Gus Gale", "apologies"],
      ["Hana Holt", "apologies"],
    ]);
  });

  it("end where a sentence of apologies starts on the next line", () => {
    const facts = attendanceOf(text).facts;
    expect(facts.find((f) => f.person.name === "Gus Gale")!.section).toMatch(/sentence/i);
  });

  it("an office's words are no name, though a surname may be a role's word", () => {
    expect(looksLikeName("Joint Senior Responsible")).toBe(false);
    expect(looksLikeName("Chief Executive")).toBe(false);
    expect(looksLikeName("John Constable")).toBe(true);
    expect(looksLikeName("Ann Sergeant")).toBe(true);
  });
});

describe("modern.gov's 'Apologies for Absence and Substitutions' (round 16)", () => {
  const text = [
    "Apologies for Absence and Substitutions Minutes: Sam Whyte – ICB Chief Executive Officer, NHS Eastfield (Co-Chair) Lucy Tait – Assistant Director for Joint Commissioning Pat Dale – CE, ECHT Nick Lane - Interim Director of Strategy, ICB",
    "Cara Bell substituted for Nick Lane",
    "|",
    "Disclosable Interests Members are reminded that they must declare their interests.",
  ].join("\n");

  it("opens a list of apologies, its substitutes in the sentence under it", () => {
    expect(whoAndStatus(attendanceOf(text).facts)).toEqual([
      ["Sam Whyte", "apologies"],
      ["Lucy Tait", "apologies"],
      ["Pat Dale", "apologies"],
      ["Nick Lane", "apologies"],
      ["Cara Bell", "present"],
    ]);
  });

  it("a role 'for' a service is no substitute: only a person is stood in for", () => {
    const lucy = attendanceOf(text).facts.find((f) => f.person.name === "Lucy Tait")!;
    expect(lucy.person.substituteFor).toBeNull();
    expect(attendanceOf(text).facts.find((f) => f.person.name === "Cara Bell")!.person.substituteFor).toBe("Nick Lane");
  });
});
