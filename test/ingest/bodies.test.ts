import { describe, expect, it } from "vitest";
import { meetingsOf } from "../helpers/ingest-stages.js";
import { bodyName } from "../../src/ingest/stages/meetings.js";

// The body a meeting is of, where the page's heading does not name it, and lines that only look
// like a body's name (invented examples in the shapes of real pages).
describe("the body a meeting is of", () => {
  const page = (prose: string) =>
    `Agenda and minutes\n\nVenue: Committee Room 2, Civic Offices, Wessex Way. View directions\n\nContact: Ann Officer\n\nItems\nNo. Item\n\n12.\n\nWelcome and Introductions\n\nMinutes:\n\n${prose}\n\n13.\n\nMinutes of the last meeting\n\nMinutes:\n\nThe minutes of the meeting held on 4 March 2021 were agreed as a correct record.\n`;

  it("is the name the minutes give in full to what they otherwise call 'the Panel'", () => {
    const [m] = meetingsOf(
      page(
        "The Secretary to the Wessex Police and Crime Panel welcomed everyone. The Panel then elected its Chair. Members of the Panel introduced themselves; the Wessex Fire Authority sent apologies.",
      ),
    );
    expect(m!.body?.name).toBe("Wessex Police and Crime Panel");
  });

  it("follows what the minutes call themselves, not another body they mention more", () => {
    const [m] = meetingsOf(
      page(
        "The Chair of the Wessex Health and Wellbeing Board welcomed members. The Board heard from the Wessex Safeguarding Adults Partnership and the Wessex Safeguarding Adults Partnership's chair. The Board noted the report.",
      ),
    );
    expect(m!.body?.name).toBe("Wessex Health and Wellbeing Board");
  });

  it("keeps 'for <place>' that ends a committee's name", () => {
    const [m] = meetingsOf(
      page(
        "The Chairman of the Health Scrutiny Committee for Wessex welcomed everyone. The Committee noted the apologies. The Committee agreed its work programme.",
      ),
    );
    expect(m!.body?.name).toBe("Health Scrutiny Committee for Wessex");
  });

  it("is not guessed when the minutes only ever say 'the Board'", () => {
    const [m] = meetingsOf(page("The Chair welcomed everyone. The Board noted the update. The Board agreed the plan."));
    expect(m!.body).toBeNull();
  });

  it("is not a line of an attendance list, a site's navigation, a sentence or a paper's subject", () => {
    expect(bodyName("Mr AC Marsh – Chief Executive Officer and voting member")).toBeNull();
    expect(bodyName("Cllr Jo Bloggs Wessex Council (Chair)")).toBeNull();
    expect(bodyName("Council meetings")).toBeNull();
    expect(bodyName("A Wessex City Council website")).toBeNull();
    expect(bodyName("Search for past decisions by committee or executive member or go to search decisions here")).toBeNull();
    expect(bodyName("Sir Tom Jones declared an interest as Chair Designate of an Integrated Care Board (ICB)")).toBeNull();
    expect(bodyName("Establishing a Police and Crime Panel for Wessex")).toBeNull();
  });

  it("is what stands after a decision notice's label, a sentence's last words or a cut-off 'of'", () => {
    expect(bodyName("Decision Maker: Cabinet")).toBe("Cabinet");
    expect(bodyName("The formal event to launch the Wessex Voluntary Sector Assembly (27 February 2008)")).toBe("Wessex Voluntary Sector Assembly");
    expect(bodyName("Minutes of the of Upton Annual Parish Council Meeting held on 13th May")).toBe("Upton Parish Council");
    expect(bodyName("Town Council held in The Guildhall")).toBe("Town Council");
    expect(bodyName("Minutes from WSCB Board Meeting")).toBe("WSCB Board");
  });
});

describe("the time and venue a header's sentence gives", () => {
  it("reads a time before the date, a 24-hour time without its colon, and a venue the sentence is held in", () => {
    const [a] = meetingsOf(
      "Minutes of a Meeting of Upton Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Upton\n\nPresent: Cllr A Able\n",
    );
    expect([a!.date?.iso, a!.time?.value, a!.venue?.value]).toEqual(["2008-02-04", "19:00", "Parish Council Chamber, Leicester Road, Upton"]);
    const [b] = meetingsOf(
      "Minutes of the Annual parish meeting, held at 7.30pm in the Millennium Hall, Church Lane on 20th May 2010.\n\nPresent: Cllr A Able\n",
    );
    expect([b!.date?.iso, b!.time?.value, b!.venue?.value]).toEqual(["2010-05-20", "19:30", "Millennium Hall, Church Lane"]);
    const [c] = meetingsOf("Wessex ICS Board Meeting held on Friday 15th January 2021 from 0930 - 1100 On Microsoft Teams\n\nAttendance: Ann Able\n");
    expect([c!.date?.iso, c!.time?.value]).toEqual(["2021-01-15", "09:30"]);
  });
});

describe("items that name another meeting", () => {
  it("are no meeting of their own: '18. MINUTES OF THE PREVIOUS MEETING HELD ON 20th JUNE 2019'", () => {
    const text =
      "Agenda and minutes\nWessex Partnership Board - Thursday 12 September 2019 10.00 am\nVenue: Committee Room 1\nItems\nNo. Item\n17.\nAPOLOGIES FOR ABSENCE\nMinutes:\nApologies for absence were received from Ann Able.\n18.\nMINUTES OF THE PREVIOUS MEETING HELD ON 20th JUNE 2019\nMinutes:\nRESOLVED that the minutes be agreed.\n19.\nMATTERS OUTSTANDING\n";
    expect(meetingsOf(text).map((m) => m.date?.iso)).toEqual(["2019-09-12"]);
  });
});
