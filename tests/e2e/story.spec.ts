import type { Locator, Page } from "@playwright/test";
import { WIDTHS, widthFor } from "../../src/charts/shared/widths.ts";
import { LANGS, localePath } from "../../src/i18n/locales.ts";
import { translator } from "../../src/i18n/translate.ts";
import { READING_LINE } from "../../src/scrolly/reading.ts";
import { corrections } from "../../src/site.ts";
import { expect, oneProjectPerLanguage, test } from "./fixtures.ts";

/** Scrolls so that the step's top sits a little above the trigger line (60% down the screen). */
async function readStep(step: Locator) {
  await step.evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: "instant" });
  });
}

async function scrollies(page: Page) {
  return page.locator(".scrolly").all();
}

// The English story (/) and the Spanish one (/es/) have the same structure and ids; each runs at one width.
for (const lang of LANGS) {
  const home = localePath(lang, "/");
  const t = translator(lang);
  test.describe(`${lang}:`, () => {
    oneProjectPerLanguage(lang);
    test.describe("the scrolling story", () => {
      test("each sticky graphic takes each step's state, forwards and then backwards", async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(home);
        await expect(page.locator("html")).toHaveClass(/scrolly-on/);
        for (const scrolly of await scrollies(page)) {
          const graphic = scrolly.locator(".scrolly-graphic");
          const steps = await scrolly.locator(".step").all();
          expect(steps.length).toBeGreaterThanOrEqual(3);
          for (const step of [...steps, ...steps.slice(0, -1).reverse()]) {
            await readStep(step);
            const state = await step.getAttribute("data-state");
            await expect(graphic).toHaveAttribute("data-state", state!);
            await expect(graphic).toHaveAttribute("data-step", (await step.getAttribute("id"))!);
            await expect(scrolly.locator(`.state-layer.is-active[data-state="${state}"]`)).toHaveCount(1);
            await expect(scrolly.locator(".state-layer.is-active")).toHaveCount(1);
          }
        }
      });

      test("the graphic is visible and not covered by the step being read", async ({ page }) => {
        await page.goto(home);
        const step = page.locator("#fall-peak");
        await readStep(step);
        const graphic = page.locator('.scrolly[data-sequence="the-fall"] .scrolly-graphic');
        await expect(graphic).toHaveAttribute("data-state", "peak");
        const svg = graphic.locator(".state-layer.is-active svg:visible");
        await expect(svg).toHaveCount(1);
        const box = (await svg.boundingBox())!;
        const viewport = page.viewportSize()!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
      });

      test("on a phone, the chart keeps the top of the screen and no card lies on it while it shows that card's state", async ({ page, isMobile }) => {
        test.skip(!isMobile, "beside the chart on a desktop, cards never reach it");
        test.setTimeout(120_000);
        await page.goto(home);
        for (const scrolly of await scrollies(page)) {
          const graphic = scrolly.locator(".scrolly-graphic");
          for (const step of await scrolly.locator(".step").all()) {
            // From the moment it takes over (its top crossing the trigger line, 80% down) until
            // it has risen to just below the chart, and the chart stays stuck at the top.
            for (const at of [0.78, 0.7, 0.62]) {
              await step.evaluate((el, at) => {
                window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * at, behavior: "instant" });
              }, at);
              await expect(graphic).toHaveAttribute("data-step", (await step.getAttribute("id"))!);
              const svg = (await graphic.locator(".state-layer.is-active svg:visible").boundingBox())!;
              const card = (await step.boundingBox())!;
              expect(svg.y).toBeGreaterThanOrEqual(0);
              expect(card.y, `${await step.getAttribute("id")} at ${at}`).toBeGreaterThanOrEqual(svg.y + svg.height);
            }
          }
        }
      });

      test("a graphic's other states come into the page as the reader nears it", async ({ page }) => {
        await page.goto(home);
        await expect(page.locator("html")).toHaveClass(/scrolly-on/);
        const last = (await scrollies(page)).at(-1)!;
        // Far below the first screen, only the summary is drawn, and its states file not fetched.
        const waiting = last.locator(".state-layer:not([data-summary])");
        expect(await waiting.count()).toBeGreaterThan(0);
        await expect(waiting.locator("svg")).toHaveCount(0);
        const width = widthFor(await last.locator(".chart-layers").evaluate((el) => el.clientWidth));
        const file = await last.locator(".chart-layers").getAttribute(`data-states-${width}`);
        const fetched = page.waitForResponse((response) => response.url().endsWith(file!));
        await readStep(last.locator(".step").first());
        expect((await fetched).ok()).toBe(true);
        // Each state at the column's width; the summary came narrow with the page, and a wide
        // column adds its wide drawing. A drawing may nest svgs of its own.
        const states = await last.locator(".state-layer").count();
        await expect(last.locator(".state-layer > div > svg")).toHaveCount(width === "wide" ? states + 1 : states);
      });

      test("a reader who reloads mid-story sees the right picture at once", async ({ page }) => {
        await page.goto(home);
        await readStep(page.locator("#price-2023"));
        const graphic = page.locator('.scrolly[data-sequence="the-price"] .scrolly-graphic');
        await expect(graphic).toHaveAttribute("data-state", "2023");
        await page.reload();
        await expect(graphic).toHaveAttribute("data-state", "2023");
      });

      test("a window resized across the two-column layout keeps the graphic on the step at the reading line", async ({ page, isMobile }) => {
        test.skip(isMobile, "a phone does not resize across it");
        await page.goto(home);
        await readStep(page.locator("#price-2023"));
        const graphic = page.locator('.scrolly[data-sequence="the-price"] .scrolly-graphic');
        await expect(graphic).toHaveAttribute("data-step", "price-2023");
        for (const width of [READING_LINE.twoColumnsFrom - 100, READING_LINE.twoColumnsFrom + 300]) {
          await page.setViewportSize({ width, height: 800 });
          const line = width >= READING_LINE.twoColumnsFrom ? READING_LINE.twoColumns : READING_LINE.phone;
          await expect
            .poll(() =>
              page.evaluate((share) => {
                const steps = [...document.querySelectorAll<HTMLElement>('.scrolly[data-sequence="the-price"] .step')];
                const passed = steps.filter((s) => s.getBoundingClientRect().top <= innerHeight * share).at(-1);
                return (
                  (passed?.id ?? null) === (document.querySelector<HTMLElement>('.scrolly[data-sequence="the-price"] .scrolly-graphic')!.dataset.step ?? null)
                );
              }, line),
            )
            .toBe(true);
        }
      });

      test("a link to a step lands on that step with the graphic in its state", async ({ page }) => {
        await page.goto(`${home}#deaths-sjh`);
        await expect(page.locator('.scrolly[data-sequence="deaths-in-custody"] .scrolly-graphic')).toHaveAttribute("data-state", "sjh");
      });

      test("the reading-progress bar follows the scroll", async ({ page }) => {
        await page.goto(home);
        const bar = page.locator(".reading-progress span");
        await expect(bar).toHaveCSS("transform", "matrix(0, 0, 0, 1, 0, 0)");
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect(bar).toHaveCSS("transform", "matrix(1, 0, 0, 1, 0, 0)");
      });

      test("the flat-article switch unrolls the story and is remembered", async ({ page }) => {
        await page.goto(home);
        const toggle = page.getByRole("button", { name: t("ui.reading-mode") });
        await expect(toggle).toHaveAttribute("aria-pressed", "false");
        await toggle.click();
        await expect(toggle).toHaveAttribute("aria-pressed", "true");
        await expect(page.locator("html")).not.toHaveClass(/scrolly-on/);
        await page.reload();
        await expect(page.locator("html")).not.toHaveClass(/scrolly-on/);
        await expect(page.getByRole("button", { name: t("ui.reading-mode") })).toHaveAttribute("aria-pressed", "true");
        for (const scrolly of await scrollies(page)) {
          const summary = await scrolly.locator(".scrolly-graphic").getAttribute("data-summary");
          await expect(scrolly.locator(`.state-layer[data-state="${summary}"] svg:visible`)).toHaveCount(1);
        }
      });

      // axe, mid-scroll included, is accessibility.spec.ts's matrix.
      test("every control is at least 24 px", async ({ page }) => {
        await page.goto(home);
        await readStep(page.locator("#fall-truce"));
        for (const control of await page.locator("button:visible, summary:visible").all()) {
          const box = (await control.boundingBox())!;
          expect(box.height, await control.innerText()).toBeGreaterThanOrEqual(24);
        }
      });
    });

    test.describe("chart tooltips", () => {
      test("show a point's figure on keyboard focus and on hover, and hide on Escape", async ({ page }) => {
        await page.goto(home);
        await page.getByRole("button", { name: t("ui.reading-mode") }).click();
        const point = page.locator('.scrolly[data-chart="deaths-in-custody"] [data-tip]:visible').last();
        const text = (await point.getAttribute("aria-label"))!;
        expect(text).toMatch(/\d/);
        await point.focus();
        const tip = page.locator(".chart-tip");
        await expect(tip).toBeVisible();
        await expect(tip).toHaveText(text);
        await expect(point).toHaveAttribute("aria-label", text);
        await page.keyboard.press("Escape");
        await expect(tip).toBeHidden();
        await point.hover();
        await expect(tip).toHaveText(text);
        // Its <title> is gone, so the browser's own tooltip does not repeat the words.
        await expect(point.locator("xpath=./*[local-name()='title']")).toHaveCount(0);
      });
    });

    test.describe("sections", () => {
      test("the address bar follows the section being read, without adding history entries", async ({ page }) => {
        await page.goto(home);
        const length = await page.evaluate(() => history.length);
        for (const id of ["the-pact", "deaths-in-custody", "the-copycats"]) {
          await page.locator(`#${id}`).evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY, behavior: "instant" }));
          await expect(page).toHaveURL(new RegExp(`#${id}$`));
        }
        expect(await page.evaluate(() => history.length)).toBe(length);
      });

      test("copy link copies the section's address, or offers it to copy where the clipboard is refused", async ({ page, context, baseURL }) => {
        await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
        await page.goto(home);
        const section = page.locator("#the-price");
        await section.getByRole("button", { name: t("ui.section.copy") }).click();
        await expect(section.locator(".copy-status")).toHaveText(t("ui.section.copied"));
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${home}#the-price`);

        await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
        await section.getByRole("button", { name: t("ui.section.copy") }).click();
        await expect(section.getByRole("textbox", { name: t("ui.section.link") })).toHaveValue(`${baseURL}${home}#the-price`);
      });
    });

    test.describe("with reduced motion", () => {
      test.use({ reducedMotion: "reduce" });

      test("the story starts as a flat article, and the reader can still switch to scrolling", async ({ page }) => {
        await page.goto(home);
        await expect(page.locator("html")).not.toHaveClass(/scrolly-on/);
        const toggle = page.getByRole("button", { name: t("ui.reading-mode") });
        await expect(toggle).toHaveAttribute("aria-pressed", "true");
        await toggle.click();
        await expect(page.locator("html")).toHaveClass(/scrolly-on/);
        await readStep(page.locator("#fall-bukele"));
        await expect(page.locator('.scrolly[data-sequence="the-fall"] .scrolly-graphic')).toHaveAttribute("data-state", "bukele");
        const layer = page.locator('.scrolly[data-sequence="the-fall"] .state-layer.is-active');
        await expect(layer).toHaveCSS("transition-duration", "0s");
      });
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("every chart is in the page and every step reads in order", async ({ page }) => {
        await page.goto(home);
        const figures = page.locator("[data-chart]");
        const count = await figures.count();
        expect(count).toBeGreaterThanOrEqual(9);
        for (const figure of await figures.all()) {
          await expect(figure.locator("svg:visible").first()).toBeVisible();
        }
        // Below the first screen, the phone's drawing, at its own size at any width.
        const widths = await page
          .locator("figure.chart:not(#chart-homicide-fall) .chart-layers svg:visible")
          .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
        expect(widths.length).toBeGreaterThan(8);
        for (const width of widths) expect(width).toBeLessThanOrEqual(WIDTHS.narrow + 0.5);
        const steps = page.locator(".step");
        for (const step of await steps.all()) await expect(step).toBeVisible();
        const tops = await steps.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
        expect(tops).toEqual([...tops].sort((a, b) => a - b));
      });
    });

    test.describe("every chart", () => {
      test("has a title, subtitle, source line, description and a data table", async ({ page }) => {
        await page.goto(home);
        const ids = await page.locator("[data-chart]").evaluateAll((els) => els.map((el) => el.getAttribute("data-chart")!));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          await expect(page.locator(`#${id}-title`)).not.toBeEmpty();
          await expect(page.locator(`#${id}-title + .chart-subtitle`)).not.toBeEmpty();
          const description = page.locator(`#${id}-description`);
          await expect(description).not.toBeEmpty();
          const foot = description.locator("xpath=..");
          await expect(foot.locator(".chart-source a").first()).toHaveAttribute("href", /^https?:\/\//);
          await expect(foot.locator("table tbody tr").first()).toBeAttached();
        }
      });
    });

    test.describe("every drawing", () => {
      // Scaled up, a chart's text would be larger than it was set; scaled down, smaller.
      const drawingsShown = (scope: Page | Locator) =>
        scope.locator(".state-layer.is-active > .chart-narrow, .state-layer.is-active > .chart-wide").evaluateAll((holders) =>
          holders
            .filter((h) => getComputedStyle(h).display !== "none")
            .map((h) => ({
              chart: h.closest("[data-chart], figure")?.id ?? "",
              drawn: parseFloat((h as HTMLElement).style.maxWidth),
              shown: h.getBoundingClientRect().width,
              column: h.closest(".chart-layers")!.clientWidth,
            })),
        );

      test("is shown at the width it was drawn at, in the sticky graphics and the figures", async ({ page }) => {
        await page.goto(home);
        const shown = await drawingsShown(page);
        expect(shown.length).toBeGreaterThan(15);
        for (const { chart, drawn, shown: width } of shown) expect(width, chart).toBeCloseTo(drawn, 0);
      });

      // The page carries the charts below its first screen at the phone's width only.
      test("is, once the reader nears it, the drawing its column's width calls for", async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(home);
        for (const chart of await page.locator("figure.chart, .scrolly").all()) {
          await chart.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY, behavior: "instant" }));
          await expect
            .poll(async () => (await drawingsShown(chart)).filter(({ drawn, column }) => drawn !== WIDTHS[widthFor(column)]).map(({ chart: id }) => id))
            .toEqual([]);
        }
      });
    });

    test.describe("corrections", () => {
      test("the dateline links to a dated log of every correction, in the page's language, and the teachers' page links to it", async ({ page }) => {
        await page.goto(home);
        await page.locator(".dateline a[href='#corrections']").click();
        const log = page.locator("#corrections");
        await expect(log).toBeInViewport();
        await expect(log.locator("h2")).toHaveText(t("ui.corrections.heading"));
        const entries = log.locator("li");
        await expect(entries).toHaveCount(corrections.length);
        // Newest first, each with its machine-readable date and the text in the page's language.
        for (const [i, c] of [...corrections].reverse().entries()) {
          await expect(entries.nth(i).locator("time")).toHaveAttribute("datetime", c.date);
          await expect(entries.nth(i)).toContainText(t(c.text));
        }
        await page.goto(localePath(lang, "/teach/"));
        await page.locator(`.corrections-note a[href="${localePath(lang, "/#corrections")}"]`).click();
        await expect(page.locator("#corrections")).toBeInViewport();
      });
    });
  });
}
