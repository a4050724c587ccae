import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { eventually, openExplorer, screenshot, seriousViolations, type Explorer } from "./browser.js";

let x: Explorer;
beforeAll(async () => {
  x = await openExplorer();
});
afterAll(async () => {
  await x?.close();
});

/** What Cytoscape has drawn: node ids with their positions on screen, and the edge count. */
async function drawn(page: Page): Promise<{ nodes: { id: string; x: number; y: number }[]; edges: number }> {
  return page.evaluate(() => {
    type Cy = {
      nodes(): { map<T>(f: (n: { id(): string; renderedPosition(): { x: number; y: number } }) => T): T[] };
      edges(): { length: number };
    };
    const cy = (globalThis as unknown as { __pgGraph?: Cy }).__pgGraph;
    if (!cy) return { nodes: [], edges: 0 };
    return { nodes: cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() })), edges: cy.edges().length };
  });
}

describe("relationship map", () => {
  it("draws the neighbourhood of partnership:lsc-icp and expands a node on click", async () => {
    const { page } = x;
    await page.goto("/explore/map/partnership:lsc-icp");
    const figure = page.locator("figure.map");
    await eventually(async () => Number(await figure.getAttribute("data-nodes"))).toBeGreaterThan(1);
    const api = await x.server.gql<{ neighbourhood: { nodes: { id: string }[]; edges: unknown[] } }>(
      `{ neighbourhood(id: "partnership:lsc-icp") { nodes { id } edges { type } } }`,
    );
    const expected = api.data!.neighbourhood.nodes.map((n) => n.id).sort();
    await eventually(async () => (await drawn(page)).nodes.map((n) => n.id).sort()).toEqual(expected);
    expect((await drawn(page)).edges).toBe(api.data!.neighbourhood.edges.length);
    // The legend names the kinds on the map.
    expect(
      await page
        .getByRole("list", { name: /Legend/ })
        .getByRole("listitem")
        .allTextContents(),
    ).toContain(" Body");
    await screenshot(page, "10-map");
    expect(await seriousViolations(page)).toEqual([]);

    // Click the body node on the canvas: its own neighbours join the map.
    const before = (await drawn(page)).nodes.length;
    const body = (await drawn(page)).nodes.find((n) => n.id === "body:lsc-icp")!;
    expect(body).toBeDefined();
    const box = (await page.locator(".map-canvas").boundingBox())!;
    await page.mouse.click(box.x + body.x, box.y + body.y);
    await eventually(async () => (await drawn(page)).nodes.length).toBeGreaterThan(before);
    await page.getByRole("heading", { level: 2, name: /Lancashire and South Cumbria Integrated Care Partnership committee/ }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "11-map-expanded");
  });

  it("depth and kind filters reshape the map; fit, zoom and export work", async () => {
    const { page } = x;
    await page.goto("/explore/map/partnership:lsc-icp?depth=2&types=BODY,MEETING,PARTNERSHIP");
    await eventually(async () => (await drawn(page)).nodes.length).toBeGreaterThan(3);
    const kinds = await page
      .getByRole("list", { name: /Legend/ })
      .getByRole("listitem")
      .allTextContents();
    expect(kinds.map((k) => k.trim()).sort()).toEqual(["Body", "Meeting", "Partnership"]);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Fit" }).click();
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PNG" }).click()]);
    expect(png.suggestedFilename()).toBe("map-partnership-lsc-icp.png");
    const pngFile = await png.path();
    expect(fs.readFileSync(pngFile).subarray(1, 4).toString()).toBe("PNG");
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export SVG" }).click()]);
    expect(svg.suggestedFilename()).toBe("map-partnership-lsc-icp.svg");
    expect(fs.readFileSync(await svg.path(), "utf8")).toMatch(/<svg[\s\S]*<\/svg>/);
  });
});

describe("path finder", () => {
  it("Chorley Council → LSC ICP: a 4-hop path with a quote on every edge", async () => {
    const { page } = x;
    await page.goto("/explore/paths");
    const from = page.getByRole("combobox", { name: "From" });
    await from.pressSequentially("Chorley Council", { delay: 15 });
    await page.getByRole("option", { name: "Chorley Council", exact: true }).click();
    await page.waitForURL(/from=org%3Achorley-council/);
    const to = page.getByRole("combobox", { name: "To" });
    await to.pressSequentially("LSC ICP", { delay: 15 });
    // Its meetings bear the same title: the partnership is the one listed among partnerships.
    await page
      .getByRole("group", { name: "Partnerships" })
      .getByRole("option", { name: "Lancashire and South Cumbria Integrated Care Partnership", exact: true })
      .click();
    await page.waitForURL(/to=partnership%3Alsc-icp/);
    const first = page.locator("section.path").first();
    await first.waitFor();
    expect(await first.getByRole("heading", { level: 2 }).textContent()).toBe("Path 1: 4 hops");
    const edges = first.locator("li.path-edge");
    expect(await edges.count()).toBe(4);
    for (const edge of await edges.all()) {
      expect(await edge.locator("blockquote p").count()).toBeGreaterThan(0);
      expect((await edge.locator("blockquote p").first().textContent())!.length).toBeGreaterThan(3);
      expect(await edge.locator("a.chip").count()).toBeGreaterThan(0);
    }
    expect(await first.locator("li.path-edge").first().textContent()).toMatch(/Chorley Council/);
    expect(await first.locator("li.path-edge").last().textContent()).toMatch(/Lancashire and South Cumbria Integrated Care Partnership/);
    await eventually(async () => (await drawn(page)).nodes.length).toBeGreaterThanOrEqual(5);
    await page.waitForTimeout(300);
    await screenshot(page, "12-paths");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("saw no console error and no Content-Security-Policy violation", () => {
    expect(x.problems).toEqual([]);
  });
});
