import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR_KEY, eventually, openExplorer, screenshot, seriousViolations, type Explorer } from "./browser.js";

const MINUTES = `Millbrook Wellbeing Board

Thursday, 6 February 2025

PRESENT:

Councillor Ann Able (Chair), Polly Patel (Chorley Council), Bob Baker (Millbrook Hospital).

APOLOGIES:

Councillor Alistair Bradley (Chorley Council).

1. WELCOME AND APOLOGIES

Members were welcomed.

2. HEALTHY HOMES

Resolved: That the healthy homes plan be approved.

Action Point – Bob Baker to report back in April.
`;

let x: Explorer;
beforeAll(async () => {
  x = await openExplorer();
});
afterAll(async () => {
  await x?.close();
});

describe("ingest review", () => {
  it("asks for an editor key, then reads an uploaded document into facts highlighted in the text", async () => {
    const { page } = x;
    await page.goto("/explore/ingest");
    await page.getByLabel("Editor API key").fill(EDITOR_KEY);
    await page.getByRole("button", { name: "Use this key" }).click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await page.getByLabel("Document (text or PDF)").setInputFiles({ name: "millbrook-2025-02-06.txt", mimeType: "text/plain", buffer: Buffer.from(MINUTES) });
    const cards = page.locator("li.fact-card");
    await cards.first().waitFor();
    const n = await cards.count();
    expect(n).toBeGreaterThan(10);
    // Every fact whose quote is in the text has its span marked.
    expect(await page.locator("li.fact-card", { hasText: "not found in the text" }).count()).toBe(0);
    const marked = await page.locator("pre.ingest-text mark").evaluateAll((ms) => ms.map((m) => m.textContent ?? "").join(""));
    expect(marked).toContain("Councillor Ann Able (Chair)");
    expect(marked).toContain("That the healthy homes plan be approved.");
    await screenshot(page, "16-ingest-draft");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("accepts, rejects and edits facts, then commits; the audit log records it and search finds the meeting", async () => {
    const { page } = x;
    const cards = page.locator("li.fact-card");
    // Edit the second agenda item's title, and accept every fact one by one.
    const item = cards.filter({ hasText: "AgendaItem: Healthy Homes" });
    await item.getByRole("button", { name: "Edit" }).click();
    await item.getByLabel("title").fill("Healthy Homes Programme");
    await item.getByLabel("title").press("Tab");
    await eventually(() => item.locator(".status").textContent()).toMatch(/edited/);
    // Reject then restore one, to see a rejection strike its span.
    const action = cards.filter({ hasText: "Action: Bob Baker to report back in April." });
    await action.getByRole("button", { name: "Reject" }).click();
    expect(await action.locator(".status").textContent()).toMatch(/rejected/);
    // Rejecting the action rejects the relationships that name it.
    expect(await cards.filter({ hasText: /Rejected with action:/ }).count()).toBeGreaterThan(0);
    await action.getByRole("button", { name: "Reject" }).click();
    for (const card of await cards.all()) {
      if ((await card.locator(".status").textContent())!.startsWith("pending")) await card.getByRole("button", { name: "Accept" }).click();
    }
    expect(await page.locator("li.fact-card.decision-pending").count()).toBe(0);
    await page.getByRole("button", { name: /^Commit \d+ accepted facts$/ }).click();
    const done = page.locator(".committed");
    await done.waitFor();
    expect(await done.getByRole("heading").textContent()).toBe("Committed doc:millbrook-2025-02-06");
    await eventually(() => page.locator("table.audit tbody tr").first().textContent()).toMatch(/explorer-tests.*commitDraft.*doc:millbrook-2025-02-06/);
    await screenshot(page, "17-ingest-committed", { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // The edit reached the graph.
    const item2 = await x.server.gql<{ search: { entity: { label: string } }[] }>(
      `{ search(text: "Healthy Homes Programme", types: [AGENDA_ITEM]) { entity { label } } }`,
    );
    expect(item2.data!.search.map((h) => h.entity.label)).toContain("Healthy Homes Programme");

    // The new meeting is found by search, in the explorer.
    await page.goto("/explore/search");
    const box = page.getByRole("combobox", { name: "Search" });
    await box.pressSequentially("Millbrook", { delay: 15 });
    const meetings = page.getByRole("group", { name: "Meetings" });
    await meetings.getByRole("option", { name: "Millbrook Wellbeing Board" }).waitFor();
    await screenshot(page, "18-search-finds-ingested");
  });

  it("saw no console error and no Content-Security-Policy violation", () => {
    expect(x.problems).toEqual([]);
  });
});
