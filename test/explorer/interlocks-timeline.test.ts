import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, openExplorer, screenshot, seriousViolations, type Explorer } from "./browser.js";

let x: Explorer;
beforeAll(async () => {
  x = await openExplorer();
});
afterAll(async () => {
  await x?.close();
});

describe("interlocks and timelines", () => {
  it("interlocks between the LSC ICP and the Chorley PSR Executive, each side proven by attendance", async () => {
    const { page } = x;
    await page.goto("/explore/interlocks");
    const a = page.getByRole("combobox", { name: "First body or partnership" });
    await a.pressSequentially("LSC ICP", { delay: 15 });
    await page.getByRole("option", { name: "Lancashire and South Cumbria Integrated Care Partnership", exact: true }).click();
    const b = page.getByRole("combobox", { name: "Second body or partnership" });
    await b.pressSequentially("Chorley Public Service Reform Executive", { delay: 10 });
    await page.getByRole("option", { name: "Chorley Public Service Reform Executive", exact: true }).click();
    await page.waitForURL(/a=partnership%3Alsc-icp&b=body%3Achorley-psr-executive/);
    const api = await x.server.gql<{ interlocks: { entity: { label: string }; inA: unknown[]; inB: unknown[] }[] }>(
      `{ interlocks(a: "partnership:lsc-icp", b: "body:chorley-psr-executive") { entity { label } inA { status } inB { status } } }`,
    );
    const expected = api.data!.interlocks;
    expect(expected.length).toBeGreaterThan(0);
    const rows = page.locator("table.interlocks tbody tr");
    await eventually(() => rows.count()).toBe(expected.length);
    for (const [i, il] of expected.entries()) {
      const row = rows.nth(i);
      expect(await row.locator("td").nth(0).textContent()).toContain(il.entity.label);
      expect(await row.locator("td").nth(1).locator("li").count()).toBe(il.inA.length);
      expect(await row.locator("td").nth(2).locator("li").count()).toBe(il.inB.length);
      expect(await row.locator("a.chip").count()).toBeGreaterThan(0);
    }
    await screenshot(page, "13-interlocks");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the timeline of a person lists every dated fact, oldest first, by year", async () => {
    const { page } = x;
    await page.goto("/explore/timeline/person:alistair-bradley");
    const api = await x.server.gql<{ timeline: { date: string }[] }>(`{ timeline(id: "person:alistair-bradley") { date } }`);
    const entries = page.locator("li.tl-entry");
    await eventually(() => entries.count()).toBe(api.data!.timeline.length);
    const years = [...new Set(api.data!.timeline.map((e) => e.date.slice(0, 4)))];
    expect(await page.locator(".timeline h2").allTextContents()).toEqual(years);
    await screenshot(page, "14-timeline-person");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("and of an organisation", async () => {
    const { page } = x;
    await page.goto("/explore/timeline/org:chorley-council");
    await page.locator("li.tl-entry").first().waitFor();
    expect(await page.locator("li.tl-entry a.chip").count()).toBeGreaterThan(0);
    await screenshot(page, "15-timeline-organisation");
  });

  it("saw no console error and no Content-Security-Policy violation", () => {
    expect(x.problems).toEqual([]);
  });
});
