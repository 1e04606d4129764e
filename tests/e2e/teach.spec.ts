import { LANG_INFO, LANGS, localeOf, localePath } from "../../src/i18n/locales.ts";
import { translator } from "../../src/i18n/translate.ts";
import { teaching } from "../../src/story/teaching.ts";
import { expect, oneProjectPerLanguage, test } from "./fixtures.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const lang of LANGS) {
  const t = translator(lang);
  const blocks = teaching(localeOf(lang));
  const teachPath = localePath(lang, "/teach/");
  const storyLink = t("teach.block.story-link");

  // axe on this page, in every mode, is accessibility.spec.ts's matrix.
  test.describe(`the teachers' page (${lang})`, () => {
    oneProjectPerLanguage(lang);
    test("lists a block per section, each linking to that section of the story", async ({ page }) => {
      await page.goto(teachPath);
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t("teach.page.title"))}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("teach.page.title"));

      const sections = page.locator("section.teach-block");
      await expect(sections).toHaveCount(blocks.length);
      const found: { id: string; title: string; href: string }[] = [];
      for (const block of await sections.all()) {
        const id = (await block.getAttribute("id"))!;
        const title = (await block.getByRole("heading", { level: 2 }).textContent())!.trim();
        const link = block.getByRole("link", { name: storyLink });
        await expect(link).toHaveCount(1);
        found.push({ id, title, href: (await link.getAttribute("href"))! });
        // The table of contents points at the block.
        await expect(page.locator(`nav.toc a[href="#${id}"]`)).toHaveCount(1);
      }
      expect(found.map((b) => b.id)).toEqual(blocks.map((b) => b.id));
      expect(found.map((b) => b.title)).toEqual(blocks.map((b) => b.title));
      // Each block links to the story in the page's own language.
      for (const { id, href } of found) expect(href).toBe(localePath(lang, `/#${id}`));

      // Every linked section is on the story page, under the same heading, in the same order.
      await page.goto(localePath(lang, "/"));
      const storyIds = await page.locator("article > section.story-section").evaluateAll((els) => els.map((el) => el.id));
      expect(storyIds).toEqual(found.map((b) => b.id));
      for (const { id, title } of found) {
        await expect(page.locator(`#${id}-heading`), id).toHaveText(title);
      }
    });

    test("a deep link lands on its section of the story", async ({ page }) => {
      await page.goto(teachPath);
      await page.locator("#the-pact").getByRole("link", { name: storyLink }).click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(localePath(lang, "/#the-pact"))}$`));
      await expect(page.locator("section#the-pact h2")).toBeInViewport();
    });

    test("every data-file link downloads its file", async ({ page }) => {
      await page.goto(teachPath);
      const hrefs = await page.locator('a[href^="/data/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      const files = [...new Set(hrefs)];
      expect(files.length).toBeGreaterThanOrEqual(6);
      // Each block's activity names its file with a link.
      await expect(page.locator("section.teach-block a.data-file")).toHaveCount(blocks.reduce((n, b) => n + 1 + b.activity.alsoFiles.length, 0));
      for (const file of files) {
        const response = await page.request.get(file);
        expect(response.status(), file).toBe(200);
        expect((await response.body()).length, file).toBeGreaterThan(0);
      }
    });

    test("gives a citation with the story's full address and an access-date placeholder", async ({ page }) => {
      await page.goto(teachPath);
      const title = t("ui.site-title");
      // The reference as the locale file writes it, with the story's absolute address in the page's language.
      const reference = (words: string, path: string) => escapeRegExp(words).replace("URL", () => `https?://\\S+${escapeRegExp(path)}`);
      const references = page.locator("#how-to-cite .reference");
      await expect(references.first()).toHaveText(new RegExp(`^${reference(t("teach.cite.whole", { work: title, url: "URL" }), localePath(lang, "/"))}$`));
      const example = blocks.find((b) => b.id === "the-fall")!;
      await expect(references.nth(1)).toHaveText(
        new RegExp(`${reference(t("teach.cite.section", { section: example.title, work: title, url: "URL" }), localePath(lang, "/#the-fall"))}$`),
      );
      await expect(page.getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute("href", /creativecommons\.org\/licenses\/by\/4\.0/);
    });

    test("prints every chart, without the table of contents", async ({ page }) => {
      await page.goto(teachPath);
      await page.emulateMedia({ media: "print" });
      const figures = page.locator("figure.chart");
      await expect(figures).toHaveCount(blocks.filter((b) => b.chart !== null).length);
      for (const figure of await figures.all()) {
        await expect(figure).toBeVisible();
        await expect(figure.locator("svg:visible").first()).toBeVisible();
        await expect(figure.getByRole("heading", { level: 3 })).toBeVisible();
      }
      await expect(page.locator("nav.toc")).toBeHidden();
      await expect(page.locator("#how-to-cite")).toBeVisible();
    });
  });
}

test.describe("the teachers' page in Spanish", () => {
  test("is marked as Spanish and written in Spanish, charts included", async ({ page }) => {
    await page.goto("/es/teach/");
    await expect(page.locator("html")).toHaveAttribute("lang", LANG_INFO.es.tag);
    await expect(page).toHaveTitle(/^Para docentes · /);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Para docentes");
    await expect(page.locator("#goals-heading")).toHaveText("Objetivos de aprendizaje");
    await expect(page.locator("#cite-heading")).toHaveText("Cómo citar");
    await expect(page.locator("section.teach-block .kicker").first()).toHaveText(/^Sección 1 de \d+$/);
    await expect(page.locator("section.teach-block h3", { hasText: "Preguntas para el debate" }).first()).toBeVisible();
    await expect(page.locator("#how-to-cite .reference").first()).toContainText("consultado el [fecha].");
    // The key charts are drawn in the page's language too: their headings are the Spanish ones.
    const english = translator("en");
    const spanish = translator("es");
    const chartTitle = page.locator("#slv-homicide-long-title");
    await expect(chartTitle).toHaveText(spanish("slv-homicide-long.title"));
    await expect(chartTitle).not.toHaveText(english("slv-homicide-long.title"));
  });

  test("the English page is marked as English", async ({ page }) => {
    await page.goto("/teach/");
    await expect(page.locator("html")).toHaveAttribute("lang", LANG_INFO.en.tag);
  });
});
