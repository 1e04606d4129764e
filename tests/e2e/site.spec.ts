import type { Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";

/** The homicide chart is drawn: exactly one of its two drawings shows, with a line per series. */
async function expectHomicideChart(page: Page) {
  const figure = page.locator('figure[data-chart="homicide-rates"]');
  await expect(figure.getByRole("heading", { level: 3 })).toBeVisible();
  const visible = figure.locator("svg.chart-homicide-rates:visible");
  await expect(visible).toHaveCount(1);
  const box = await visible.boundingBox();
  expect(box!.width).toBeGreaterThan(280);
  expect(box!.height).toBeGreaterThan(200);
  expect(await visible.locator("g.series-line path").count()).toBe(7);
  await expect(figure.locator(".chart-source a").first()).toHaveAttribute("href", /^https?:\/\//);
}

test.describe("the story page", () => {
  test("shows the homicide chart with its title, source and a text description", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/El Salvador/);
    await expectHomicideChart(page);
    const svg = page.locator("svg.chart-homicide-rates:visible");
    const describedBy = await svg.getAttribute("aria-describedby");
    await expect(page.locator(`#${describedBy}`)).toContainText("UNODC");
    await expect(svg).toHaveAttribute("role", "img");
  });

  test("opens the data table from the keyboard", async ({ page }) => {
    await page.goto("/");
    const figure = page.locator('figure[data-chart="homicide-rates"]');
    await figure.getByText("Show the data").focus();
    await page.keyboard.press("Enter");
    await expect(figure.locator(".chart-data table")).toBeVisible();
    await expect(figure.locator(".chart-data tbody tr").first()).toContainText("2000");
  });

  test("fits a 320 px screen without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectHomicideChart(page);
  });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  // Its axe runs are accessibility.spec.ts's matrix.
  test("switches to the dark palette", async ({ page }) => {
    await page.goto("/");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(20, 20, 20)");
    await expectHomicideChart(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chart is already in the page", async ({ page }) => {
    await page.goto("/");
    await expectHomicideChart(page);
  });
});

test.describe("an unknown address", () => {
  test.use({ allowConsoleErrors: [/status of 404/] });

  test("gets a helpful not-found page with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page/");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the story" })).toHaveAttribute("href", "/");
    expect(await axeViolations(page)).toEqual([]);
  });
});
