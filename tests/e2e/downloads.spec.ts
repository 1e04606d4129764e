/**
 * Each chart's downloads (/charts/<id>/data.csv, sources.csv, chart.svg, chart.png) against the
 * story page that shows the chart, and the chart gallery (/charts/) that offers them. axe on the
 * gallery, every block open, is accessibility.spec.ts's matrix.
 */
import { csvParse, csvParseRows } from "d3";
import { tidyCell } from "../../src/share/download.ts";
import { charts } from "../../src/charts/registry.ts";
import { expect, test } from "./fixtures.ts";

const CHART_IDS = Object.keys(charts);

test.describe("chart downloads", () => {
  test("data.csv and sources.csv hold exactly what the story shows with each chart", async ({ page, request }) => {
    await page.goto("/");
    for (const id of CHART_IDS) {
      const foot = page.locator(`[data-chart="${id}"] .chart-foot`);
      await expect(foot, id).toHaveCount(1);
      const shown = await foot
        .locator("table")
        .evaluate((table: HTMLTableElement) => [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? "")));
      const data = await request.get(`/charts/${id}/data.csv`);
      expect(data.status(), id).toBe(200);
      const text = await data.text();
      const parsed = csvParse(text);
      expect(parsed.columns, id).toEqual(shown[0]);
      expect(parsed.length, id).toBe(shown.length - 1);
      // Rows as arrays: the same cells, in the same order, made spreadsheet-ready.
      expect(csvParseRows(text), id).toEqual([shown[0], ...shown.slice(1).map((row) => row.map(tidyCell))]);

      const linked = await foot.locator(".chart-source a:not(.sources-more)").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(linked.length, id).toBeGreaterThan(0);
      const sources = csvParse(await (await request.get(`/charts/${id}/sources.csv`)).text());
      expect(sources.columns).toEqual(["source_id", "publisher", "title", "title_lang", "note", "url", "published"]);
      const urls = new Set(sources.map((s) => s.url));
      for (const href of linked) expect(urls.has(href!), `${id}: ${href}`).toBe(true);
      // The sources the line does not name are the ones its "and N more" counts.
      const moreLink = foot.locator(".chart-source a.sources-more");
      const more = (await moreLink.count()) > 0 ? Number(/\d+/.exec((await moreLink.textContent())!)![0]) : 0;
      expect(linked.length + more, id).toBe(sources.length);
    }
  });

  test("chart.svg is a well-formed SVG file and chart.png a PNG, for every chart", async ({ page, request }) => {
    await page.goto("/charts/");
    for (const id of CHART_IDS) {
      const svg = await request.get(`/charts/${id}/chart.svg`);
      expect(svg.headers()["content-type"], id).toMatch(/^image\/svg\+xml/);
      const text = await svg.text();
      expect(text.length, id).toBeGreaterThan(5 * 1024);
      const parsed = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
        return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.localName };
      }, text);
      expect(parsed, id).toEqual({ error: null, root: "svg" });

      const png = await request.get(`/charts/${id}/chart.png`);
      expect(png.headers()["content-type"], id).toBe("image/png");
      expect((await png.body()).length, id).toBeGreaterThan(20 * 1024);
    }
  });
});

test.describe("the chart gallery", () => {
  test("lists every chart with its embed code and working links", async ({ page, request }) => {
    await page.goto("/charts/");
    const entries = page.locator("section[data-chart-id]");
    expect(await entries.evaluateAll((sections) => sections.map((s) => s.getAttribute("data-chart-id")))).toEqual(CHART_IDS);
    for (const id of CHART_IDS) {
      const entry = page.locator(`section[data-chart-id="${id}"]`);
      await expect(entry.getByRole("heading", { level: 2 })).toHaveText(charts[id as keyof typeof charts].heading("en").title);
      await expect(entry.locator(".preview > svg")).toHaveCount(1);
      await expect(entry.getByRole("textbox", { name: "Embed code", exact: true })).toHaveValue(new RegExp(`/embed/${id}/`));
      await expect(entry.getByRole("textbox", { name: /^The chart's address/ })).toHaveValue(new RegExp(`^https?://[^/]+/embed/${id}/$`));
      const hrefOf = (links: Element[]) => links.map((a) => a.getAttribute("href")!);
      const hrefs = [...(await entry.locator(".downloads a").evaluateAll(hrefOf)), ...(await entry.locator(".places a").evaluateAll(hrefOf))];
      expect(hrefs).toEqual([
        `/charts/${id}/data.csv`,
        `/charts/${id}/sources.csv`,
        `/charts/${id}/chart.svg`,
        `/charts/${id}/chart.png`,
        `/embed/${id}/`,
        `/#chart-${id}`,
      ]);
      for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
      await expect(entry.locator(".sources a").first()).toHaveAttribute("href", /^https?:\/\//);
    }
  });

  test("Copy copies the embed code, or selects it where the clipboard is refused", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
    await page.goto("/charts/");
    const entry = page.locator('section[data-chart-id="cecot"]');
    const field = entry.getByRole("textbox", { name: "Embed code", exact: true });
    const code = await field.inputValue();
    // The chart's address comes first, with its own Copy button; this is the embed code's.
    const button = entry.locator('button[data-copy="cecot-embed"]');
    const status = button.locator("xpath=following-sibling::*[contains(@class, 'copy-status')]");
    expect(code).toContain("<iframe");
    await button.click();
    await expect(status).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await button.click();
    await expect(status).toContainText("press Ctrl+C");
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(code.length);
  });
});
