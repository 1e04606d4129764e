/**
 * The two editions: every page type exists in English (/) and Spanish (/es/), says which language
 * it is in, names its counterpart (hreflang, both ways) and links to it with a visible switch
 * that keeps the reader's section or step; and no English word of ours shows on a Spanish page.
 */
import type { Page } from "@playwright/test";
import { charts } from "../../src/charts/registry.ts";
import { projectData } from "../../src/data/read-data.ts";
import en from "../../src/i18n/en/index.ts";
import es from "../../src/i18n/es/index.ts";
import { LANG_INFO, LANGS, localeOf, localePath, translatePath } from "../../src/i18n/locales.ts";
import { sourceWords } from "../../src/i18n/sources.ts";
import { expect, test } from "./fixtures.ts";

const PAGES = ["/", "/teach/", "/sources/", "/charts/", "/how-we-tested/", "/embed/", "/embed/cecot/", "/embed/gang-map/"];

test.describe("both editions", () => {
  for (const path of PAGES) {
    for (const lang of LANGS) {
      const other = LANGS.find((l) => l !== lang)!;
      test(`${localePath(lang, path)} says its language, names both versions and switches to the other`, async ({ page, baseURL }) => {
        await page.goto(localePath(lang, path));
        await expect(page.locator("html")).toHaveAttribute("lang", LANG_INFO[lang].tag);
        // Alternates are absolute, on the published address (SITE_URL), so their paths are compared.
        const alternate = async (hreflang: string) =>
          new URL((await page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute("href"))!).pathname;
        for (const version of LANGS) expect(await alternate(LANG_INFO[version].tag)).toBe(localePath(version, path));
        expect(await alternate("x-default")).toBe(path);
        await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", LANG_INFO[lang].og);
        await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", LANG_INFO[other].og);
        const toggle = page.locator("a[data-language-switch]:not([data-section])");
        await expect(toggle).toBeVisible();
        await expect(toggle).toHaveAttribute("lang", LANG_INFO[other].tag);
        await toggle.click();
        // On the story the switch carries the section at the reading line, which may be the first.
        await expect(page).toHaveURL(new RegExp(`^${baseURL}${translatePath(path, other)}(?:#[a-z-]+)?$`));
        await expect(page.locator("html")).toHaveAttribute("lang", LANG_INFO[other].tag);
      });
    }
  }

  test("a reader who switches language mid-story lands on the same step, with the graphic in its state", async ({ page, baseURL }) => {
    await page.goto("/");
    await page
      .locator("#price-2023")
      .evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - innerHeight * 0.45, behavior: "instant" }));
    const graphic = page.locator('.scrolly[data-sequence="the-price"] .scrolly-graphic');
    await expect(graphic).toHaveAttribute("data-step", "price-2023");
    await page.locator('#the-price a[data-language-switch][data-section="the-price"]').click();
    await expect(page).toHaveURL(`${baseURL}/es/#price-2023`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(graphic).toHaveAttribute("data-state", "2023");
    await page.locator('#the-price a[data-language-switch][data-section="the-price"]').click();
    await expect(page).toHaveURL(`${baseURL}/#price-2023`);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("each section links to the same section in the other language", async ({ page }) => {
      await page.goto("/es/");
      for (const section of await page.locator(".story-section").all()) {
        const id = await section.getAttribute("id");
        await expect(section.locator("a[data-language-switch]")).toHaveAttribute("href", `/#${id}`);
      }
    });
  });
});

/** Lower-case words of five letters or more, accents kept: what tells English from Spanish. Paths and file names are not words. */
function words(text: string): string[] {
  return (
    text
      .replace(/\S*\/\S*|\S+\.(?:csv|json|svg|png)\b/g, " ")
      .toLowerCase()
      .match(/\p{L}{5,}/gu) ?? []
  );
}

// English words: those of our English locale files, of the bibliography's English (publishers,
// our notes) and of the titles of works published in English, less every word the Spanish edition
// itself writes (its locale files, its bibliography, the titles of works not in English). A Spanish
// page shows English only inside an element marked lang="en", such as an English title. (Each
// edition's invitation to itself, such as "Leer en español", is in its own locale file.)
const { tables } = projectData();
const SOURCE_IDS = new Set(tables.sources.rows.map((s) => s.source_id));
const bibliography = (lang: "en" | "es") =>
  tables.sources.rows.flatMap((s) => {
    const w = sourceWords(s, localeOf(lang));
    return [w.publisher, w.note ?? "", w.titleLang === lang ? (w.title ?? "") : ""];
  });
const spanish = new Set([
  ...Object.values(es).flatMap(words),
  ...bibliography("es").flatMap(words),
  ...tables.sources.rows.filter((s) => s.title_lang !== "en").flatMap((s) => words(s.title ?? "")),
]);
const ENGLISH = new Set([...Object.values(en), ...bibliography("en")].flatMap(words).filter((w) => !spanish.has(w)));

/** The text a reader or a screen reader meets on the page, outside parts marked as another language. */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const skip = `script, style, textarea, [lang]:not([lang|="${lang}"]), a[href^="/data/"]`;
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skip)) parts.push(node.textContent ?? "");
    }
    for (const el of document.querySelectorAll("[aria-label], [alt], [title]")) {
      if (el.closest(skip)) continue;
      for (const name of ["aria-label", "alt", "title"]) parts.push(el.getAttribute(name) ?? "");
    }
    parts.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "");
    return parts.join(" ");
  });
}

test.describe("the Spanish edition", () => {
  const spanishPages = [
    "/es/",
    "/es/teach/",
    "/es/sources/",
    "/es/charts/",
    "/es/how-we-tested/",
    "/es/embed/",
    "/es/404/",
    ...Object.keys(charts).map((id) => `/es/embed/${id}/`),
  ];

  test("the check finds English words of ours on the English pages", async ({ page }) => {
    expect(ENGLISH.size).toBeGreaterThan(500);
    for (const path of ["/", "/embed/cecot/"]) {
      await page.goto(path);
      expect(words(await readerText(page)).filter((w) => ENGLISH.has(w)).length, path).toBeGreaterThan(path === "/" ? 1000 : 20);
    }
  });

  test("shows no English word of ours on any page", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of spanishPages) {
      await page.goto(path);
      // Data tables name each row's source by its id (ap-2023-01-mexico), which is a code, not words.
      const text = (await readerText(page))
        .split(/\s+/)
        .filter((token) => !SOURCE_IDS.has(token.replace(/[,;.]$/, "")))
        .join(" ");
      const found = [...new Set(words(text).filter((w) => ENGLISH.has(w)))];
      expect(found, path).toEqual([]);
    }
  });
});
