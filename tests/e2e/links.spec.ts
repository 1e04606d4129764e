import type { Page } from "@playwright/test";
import { SECTION_IDS } from "../../src/story/sections.ts";
import { expect, test } from "./fixtures.ts";

async function expectAtTop(page: Page, id: string) {
  await expect.poll(() => page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThanOrEqual(40);
  const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(-2);
}

test.describe("links that land", () => {
  for (const id of SECTION_IDS) {
    test(`/#${id} opens with the section at the top and its graphic in the first step's state`, async ({ page }) => {
      await page.goto(`/#${id}`);
      await expectAtTop(page, id);
      const scrolly = page.locator(`#${id} .scrolly`);
      if ((await scrolly.count()) > 0) {
        const first = await scrolly.locator(".step").first().getAttribute("data-state");
        await expect(scrolly.locator(".scrolly-graphic")).toHaveAttribute("data-state", first!);
      }
    });
  }

  test("every step anchor opens with the graphic in that step's state", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    const steps = await page.locator(".step").evaluateAll((els) => els.map((el) => [el.id, el.getAttribute("data-state")!]));
    for (const [id, state] of steps) {
      await page.goto(`/#${id}`);
      await page.reload();
      const graphic = page.locator(".scrolly", { has: page.locator(`#${id}`) }).locator(".scrolly-graphic");
      await expect(graphic).toHaveAttribute("data-state", state!);
    }
  });
});

test.describe("links that land without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each section anchor brings its section to the top", async ({ page }) => {
    for (const id of SECTION_IDS) {
      await page.goto(`/#${id}`);
      await expectAtTop(page, id);
    }
  });
});

test.describe("printing", () => {
  test("shows every chart in its final state, with nothing fixed or sticky", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    for (const chart of await page.locator("[data-chart]").all()) {
      const graphic = chart.locator(".scrolly-graphic");
      const summary = (await graphic.count()) > 0 ? await graphic.getAttribute("data-summary") : null;
      const layer = summary ? chart.locator(`.state-layer[data-state="${summary}"]`) : chart.locator(".state-layer");
      // One drawing (the narrow or the wide one) of one state; a drawing may nest svgs of its own.
      await expect(layer.locator("> div > svg:visible")).toHaveCount(1);
    }
    const pinned = await page.evaluate(
      () =>
        [...document.querySelectorAll("body *")].filter((el) => {
          const position = getComputedStyle(el).position;
          return (position === "fixed" || position === "sticky") && (el as HTMLElement).offsetParent !== null;
        }).length,
    );
    expect(pinned).toBe(0);
    await expect(page.locator(".step").first()).toBeVisible();
  });
});

test.describe("Web Share", () => {
  test("is offered where the browser has it, and shares the section's share page", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: ShareData[] }).shared = [];
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto("/");
    await page.locator("#the-pact").getByRole("button", { name: "Share" }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: "The pact", url: `${baseURL}/share/the-pact/` }]);
  });

  test("is not offered where the browser lacks it", async ({ page }) => {
    await page.goto("/");
    const hasShare = await page.evaluate(() => typeof navigator.share === "function");
    test.skip(hasShare, "this browser has Web Share");
    await expect(page.locator("#the-pact").getByRole("button", { name: "Share" })).toBeHidden();
  });
});
