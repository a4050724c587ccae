import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, openExplorer, screenshot, seriousViolations, type Explorer } from "./browser.js";

let x: Explorer;
beforeAll(async () => {
  x = await openExplorer();
});
afterAll(async () => {
  await x?.close();
});

describe("lineage view", () => {
  it("search 'Transforming' → the lineage shows three steps in order, with their dates and quotes", async () => {
    const { page } = x;
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search" });
    await box.pressSequentially("Transforming", { delay: 20 });
    await page.getByRole("option", { name: "Transforming Community Services", exact: true }).waitFor();
    await box.press("ArrowDown");
    await box.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Transforming Community Services" }).waitFor();
    await page.getByRole("link", { name: "Lineage", exact: true }).click();
    await page.waitForURL(/\/explore\/lineage\/priority:transforming-community-services$/);
    const steps = page.locator("ol.steps > li");
    await steps.first().waitFor();
    expect(await steps.count()).toBe(3);
    expect(await page.locator("ol.steps .step-date").allTextContents()).toEqual(["2024-03-25", "September 2024", "March 2025"]);
    const api = await x.server.gql<{ lineage: { steps: { sources: { quote: string }[] }[] } }>(
      `{ lineage(id: "priority:transforming-community-services") { steps { sources { quote } } } }`,
    );
    for (const [i, step] of api.data!.lineage.steps.entries()) {
      const shown = await steps.nth(i).locator("blockquote p").allTextContents();
      expect(shown).toEqual(step.sources.map((s) => `“${s.quote.replace(/\s+/g, " ").trim()}”`));
    }
    // The time axis places the exact day as a dot and the month-only dates as bars.
    expect(await page.locator(".timeaxis circle").count()).toBe(1);
    expect(await page.locator(".timeaxis rect[rx='6']").count()).toBe(2);
    await screenshot(page, "06-lineage");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("membership dashboard", () => {
  it("for the LSC ICP as of 2024-07-15: 26 seats, and the sectors with no seat filled", async () => {
    const { page } = x;
    await page.goto("/explore/membership/partnership:lsc-icp?asOf=2024-07-15");
    await page.locator("table.seats tbody tr").first().waitFor();
    expect(await page.locator("table.seats tbody tr").count()).toBe(26);
    await eventually(() => page.locator("p.summary").textContent()).toMatch(/26 seats: 9 filled, 17 unknown, 0 vacant/);
    const api = await x.server.gql<{ membershipGaps: { sectorsWithoutFilledSeat: { name: string }[] } }>(
      `{ membershipGaps(partnershipId: "partnership:lsc-icp", asOf: "2024-07-15") { sectorsWithoutFilledSeat { name } } }`,
    );
    const expected = api.data!.membershipGaps.sectorsWithoutFilledSeat.map((s) => s.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator("h3#no-filled + ul li").allTextContents()).toEqual(expected);
    expect(await page.locator(".chart svg[role='img']").getAttribute("aria-label")).toMatch(/Local Government: \d+ filled/);
    await screenshot(page, "07-membership");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the 'as of' control changes the day the table is for", async () => {
    const { page } = x;
    await page.getByLabel("As of", { exact: true }).fill("2023-06-01");
    await page.waitForURL(/asOf=2023-06-01/);
    await eventually(() => page.locator("p.summary").textContent()).toMatch(/1 June 2023/);
  });

  it("picking the meeting of 25 March 2024 shows each quorum clause's result", async () => {
    const { page } = x;
    await page.goto("/explore/membership/partnership:lsc-icp?asOf=2024-07-15");
    await page.getByLabel("Meeting", { exact: true }).selectOption("meeting:lsc-icp-2024-03-25");
    const rows = page.locator("table.quorum tbody tr");
    await rows.first().waitFor();
    const api = await x.server.gql<{ quorum: { outcome: string; clauses: { outcome: string; rule: { text: string } }[] } }>(
      `{ quorum(meetingId: "meeting:lsc-icp-2024-03-25") { outcome clauses { outcome rule { text } } } }`,
    );
    const clauses = api.data!.quorum.clauses;
    expect(await rows.count()).toBe(clauses.length);
    for (const [i, c] of clauses.entries()) {
      expect(await rows.nth(i).locator("td").nth(0).textContent()).toContain(c.rule.text);
      expect(await rows.nth(i).locator("td").nth(2).textContent()).toBe(c.outcome.toLowerCase());
    }
    await page.locator("table.quorum").scrollIntoViewIfNeeded();
    await screenshot(page, "08-membership-quorum");
  });

  it("attendance rates over a window are flagged against the terms' rule", async () => {
    const { page } = x;
    await page.goto("/explore/membership/partnership:lsc-icp?asOf=2024-07-15");
    await page.locator("table.attendance tbody tr").first().waitFor();
    expect(await page.locator("table.attendance tr.flagged").count()).toBeGreaterThan(0);
    expect(await page.locator("table.attendance tr.flagged").first().textContent()).toMatch(/below 50%/);
    await page.locator("table.attendance").scrollIntoViewIfNeeded();
    await screenshot(page, "09-membership-attendance");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("saw no console error and no Content-Security-Policy violation", () => {
    expect(x.problems).toEqual([]);
  });
});
