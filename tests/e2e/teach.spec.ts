import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { teaching } from "../../src/story/teaching.ts";
import { expect, test } from "./fixtures.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

test.describe("the teachers' page", () => {
  test("lists a block per section, each linking to that section of the story", async ({ page }) => {
    await page.goto("/teach/");
    await expect(page).toHaveTitle(/^For teachers/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("For teachers");

    const blocks = page.locator("section.teach-block");
    await expect(blocks).toHaveCount(teaching.length);
    const found: { id: string; title: string; href: string }[] = [];
    for (const block of await blocks.all()) {
      const id = (await block.getAttribute("id"))!;
      const title = (await block.getByRole("heading", { level: 2 }).textContent())!.trim();
      const link = block.getByRole("link", { name: "Read this section in the story" });
      await expect(link).toHaveCount(1);
      found.push({ id, title, href: (await link.getAttribute("href"))! });
      // The table of contents points at the block.
      await expect(page.locator(`nav.toc a[href="#${id}"]`)).toHaveCount(1);
    }
    expect(found.map((b) => b.id)).toEqual(teaching.map((b) => b.id));
    for (const { id, href } of found) expect(href).toBe(`/#${id}`);

    // Every linked section is on the story page, under the same heading, in the same order.
    await page.goto("/");
    const storyIds = await page.locator("article > section.story-section").evaluateAll((els) => els.map((el) => el.id));
    expect(storyIds).toEqual(found.map((b) => b.id));
    for (const { id, title } of found) {
      await expect(page.locator(`section#${id} h2`).first(), id).toHaveText(title);
    }
  });

  test("a deep link lands on its section of the story", async ({ page }) => {
    await page.goto("/teach/");
    await page.locator("#the-pact").getByRole("link", { name: "Read this section in the story" }).click();
    await expect(page).toHaveURL(/\/#the-pact$/);
    await expect(page.locator("section#the-pact h2")).toBeInViewport();
  });

  test("every data-file link downloads its file", async ({ page }) => {
    await page.goto("/teach/");
    const hrefs = await page.locator('a[href^="/data/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const files = [...new Set(hrefs)];
    expect(files.length).toBeGreaterThanOrEqual(6);
    // Each block's activity names its file with a link.
    await expect(page.locator("section.teach-block a.data-file")).toHaveCount(
      teaching.reduce((n, b) => n + 1 + b.activity.alsoFiles.length, 0),
    );
    for (const file of files) {
      const response = await page.request.get(file);
      expect(response.status(), file).toBe(200);
      expect((await response.body()).length, file).toBeGreaterThan(0);
    }
  });

  test("gives a citation with the story's full address and an access-date placeholder", async ({ page }) => {
    await page.goto("/teach/");
    const references = page.locator("#how-to-cite .reference");
    await expect(references.first()).toHaveText(/^“El Salvador: behind the numbers”, https?:\/\/\S+\/, accessed \[date\]\.$/);
    await expect(references.nth(1)).toContainText(/\/#the-fall, accessed \[date\]\.$/);
    await expect(page.getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute("href", /creativecommons\.org\/licenses\/by\/4\.0/);
  });

  test("has no accessibility violations (axe-core, WCAG 2.2 AA)", async ({ page }) => {
    // Nine charts, each drawn at two widths: axe takes a while.
    test.setTimeout(120_000);
    await page.goto("/teach/");
    await expectNoAxeViolations(page);
  });

  test("prints every chart, without the table of contents", async ({ page }) => {
    await page.goto("/teach/");
    await page.emulateMedia({ media: "print" });
    const figures = page.locator("figure.chart");
    await expect(figures).toHaveCount(teaching.filter((b) => b.chart !== null).length);
    for (const figure of await figures.all()) {
      await expect(figure).toBeVisible();
      await expect(figure.locator("svg:visible").first()).toBeVisible();
      await expect(figure.getByRole("heading", { level: 3 })).toBeVisible();
    }
    await expect(page.locator("nav.toc")).toBeHidden();
    await expect(page.locator("#how-to-cite")).toBeVisible();
  });
});
