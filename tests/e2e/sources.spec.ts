/**
 * The story's sources as a reader meets them: the source line under each chart names only a few
 * and links to the chart's full list in the gallery; the sources page lists every source by
 * chapter, every entry a link the keyboard reaches, with no axe violation; and every link to an entry (a number
 * in the prose) lands on it, with JavaScript and without.
 */
import type { Page } from "@playwright/test";
import { LANGS, localePath } from "../../src/i18n/locales.ts";
import { axeViolations } from "./axe.ts";
import { expect, oneProjectPerLanguage, test } from "./fixtures.ts";

/** The first number in the prose that links to a source, and the id of the entry it links to. */
async function firstFigureLink(page: Page, sourcesPath: string): Promise<{ href: string; id: string }> {
  const href = (await page.locator(`main a.num[href^="${sourcesPath}#source-"]`).first().getAttribute("href"))!;
  return { href, id: href.slice(href.indexOf("#") + 1) };
}

for (const lang of LANGS) {
  const home = localePath(lang, "/");
  const sourcesPath = localePath(lang, "/sources/");
  test.describe(`${lang}: sources`, () => {
    oneProjectPerLanguage(lang);

    test("no chart names more than 8 sources; a longer list links to the chart's own list in the gallery", async ({ page }) => {
      await page.goto(home);
      const lines = page.locator(".chart-source");
      const counts = await lines.evaluateAll((all) => all.map((line) => line.querySelectorAll("a").length));
      expect(counts.length).toBeGreaterThan(10);
      for (const count of counts) expect(count).toBeLessThanOrEqual(8);
      const line = page.locator(".chart-source:has(a.sources-more)").first();
      const named = await line.locator("a:not(.sources-more)").count();
      const promised = Number((await line.locator("a.sources-more").textContent())!.match(/\d+/)![0]);
      await line.locator("a.sources-more").click();
      await expect(page).toHaveURL(new RegExp(`${localePath(lang, "/charts/")}#sources-`));
      const list = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
      await expect(list).toBeInViewport();
      // The list holds the sources the line named and the number it promised.
      await expect(list.locator(":scope > li")).toHaveCount(named + promised);
    });

    test("the sources page lists every source by chapter, each a link", async ({ page }) => {
      await page.goto(sourcesPath);
      const entries = page.locator('main li[id^="source-"]');
      expect(await entries.count()).toBeGreaterThan(150);
      expect(await page.locator('main li[id^="source-"]:not(:has(a[href^="http"]))').count()).toBe(0);
      // Every chapter in the contents is a heading on the page.
      const targets = await page.locator('nav a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
      expect(targets.length).toBeGreaterThan(5);
      for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      // The first entry's link is reached from the keyboard.
      const first = entries.first().locator("a").first();
      await first.focus();
      await expect(first).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
    });

    test("a number's link lands on its source's entry", async ({ page }) => {
      await page.goto(home);
      const { href, id } = await firstFigureLink(page, sourcesPath);
      await page.locator(`main a.num[href="${href}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${sourcesPath}#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("a number's link still lands on its entry", async ({ page }) => {
        await page.goto(home);
        const { href, id } = await firstFigureLink(page, sourcesPath);
        await page.locator(`main a.num[href="${href}"]`).first().click();
        await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      });
    });
  });
}
