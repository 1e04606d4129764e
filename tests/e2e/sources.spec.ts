/**
 * The story's sources as a reader meets them: the source line under each chart names only a few,
 * and the bibliography in "Sources and method" is folded by chapter, yet every source stays a
 * link that the keyboard reaches and every link to an entry (#source-<id>, from a number in the
 * prose) lands on it open, with JavaScript and without.
 */
import type { Page } from "@playwright/test";
import { LANGS, localePath } from "../../src/i18n/locales.ts";
import { expect, oneProjectPerLanguage, test } from "./fixtures.ts";

/** The first number in the prose that links to a source, and the entry it links to. */
async function firstFigureLink(page: Page): Promise<{ href: string; id: string }> {
  const href = (await page.locator('main a.num[href^="#source-"]').first().getAttribute("href"))!;
  return { href, id: href.slice(1) };
}

for (const lang of LANGS) {
  const home = localePath(lang, "/");
  test.describe(`${lang}: sources`, () => {
    oneProjectPerLanguage(lang);

    test("no chart names more than 8 sources before the reader asks for more", async ({ page }) => {
      await page.goto(home);
      const counts = await page.locator(".chart-source").evaluateAll((lines) => lines.map((line) => line.querySelectorAll("a").length));
      expect(counts.length).toBeGreaterThan(10);
      for (const count of counts) expect(count).toBeLessThanOrEqual(8);
    });

    test("the bibliography is folded by chapter, and every entry is a link the keyboard reaches", async ({ page }) => {
      await page.goto(home);
      const groups = page.locator("#sources-and-method details.source-group");
      expect(await groups.count()).toBeGreaterThan(3);
      await expect(page.locator("#sources-and-method details.source-group[open]")).toHaveCount(0);
      const entries = page.locator('#sources-and-method li[id^="source-"]');
      expect(await entries.count()).toBeGreaterThan(150);
      expect(await page.locator('#sources-and-method li[id^="source-"]:not(:has(a[href^="http"]))').count()).toBe(0);
      // Folded, the list takes a few lines, not a third of the page.
      const list = (await page.locator("#sources-and-method .sources").boundingBox())!;
      expect(list.height).toBeLessThan(page.viewportSize()!.height);
      // A chapter opens from the keyboard, and its first link takes the focus next.
      const summary = groups.first().locator("summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(groups.first()).toHaveAttribute("open", "");
      await page.keyboard.press("Tab");
      await expect(groups.first().locator("li a").first()).toBeFocused();
    });

    test("a number's link opens its source's chapter and lands on the entry", async ({ page }) => {
      await page.goto(home);
      const { href, id } = await firstFigureLink(page);
      await page.locator(`main a.num[href="${href}"]`).first().click();
      const entry = page.locator(`[id="${id}"]`);
      await expect(entry).toBeVisible();
      await expect(entry).toBeInViewport();
      await expect(entry.locator("xpath=ancestor::details")).toHaveAttribute("open", "");
    });

    test("an address naming an entry opens its chapter on arrival", async ({ page }) => {
      await page.goto(home);
      const { href, id } = await firstFigureLink(page);
      await page.goto(`${home}${href}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      // Chromium opens a <details> around the target of a fragment itself; no script is needed.
      test("a link to an entry still lands on it, open", async ({ page }) => {
        await page.goto(home);
        const { href, id } = await firstFigureLink(page);
        await page.locator(`main a.num[href="${href}"]`).first().click();
        await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      });
    });
  });
}
