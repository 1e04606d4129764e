/**
 * Embed pages (/embed/<chart>/ and /es/embed/<chart>/): each chart alone, the address's options, accessibility in both
 * themes, and self-sizing inside host pages on another origin, with pym.js's Parent, a
 * Datawrapper-style listener and our own host script (public/embed.js).
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { charts, type ChartId } from "../../src/charts/registry.ts";
import { embedCode } from "../../src/embed/code.ts";
import { EMBED_COLUMN, embedHeight } from "../../src/embed/heights.ts";
import { LANGS, localeOf, localePath } from "../../src/i18n/locales.ts";
import { axeViolations } from "./axe.ts";
import { expect, oneProjectPerLanguage, test } from "./fixtures.ts";

const IDS = Object.keys(charts) as ChartId[];
// Another origin than the site's 127.0.0.1; "localhost" so that the page is a secure context,
// which Local Network Access requires before it lets a page reach loopback (see below).
const HOST = `http://localhost:${process.env.E2E_PORT ?? 4329}`;
const PYM_CDN = "https://pym.nprapps.org";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// The embed pages are tested in both languages, /embed/<chart>/ and /es/embed/<chart>/, each at one width.
for (const lang of LANGS) {
  const at = (path: string) => localePath(lang, path);
  const title = (id: ChartId) => charts[id].heading(localeOf(lang)).title;

  test.describe(`embed pages (${lang})`, () => {
    oneProjectPerLanguage(lang);
    for (const id of IDS) {
      test(`${id}: the chart alone, without the site's header and footer`, async ({ page }) => {
        await page.goto(at(`/embed/${id}/`));
        await expect(page.locator(".chart-title")).toHaveText(title(id));
        const drawing = page.locator(".state-layer.is-active > div:visible > svg");
        await expect(drawing).toHaveCount(1);
        expect((await drawing.boundingBox())!.height).toBeGreaterThan(150);
        await expect(page.locator(".state-layer.is-active")).toHaveAttribute("data-state", charts[id].summary);
        await expect(page.locator(".site-header, .site-footer, .skip-link")).toHaveCount(0);
        await expect(page.locator(".chart-source")).toBeVisible();
        await expect(page.locator(`a[href="${at(`/charts/${id}/data.csv`)}"]`)).toBeVisible();
        await expect(page.locator(`a[href^="${at("/#")}"]`)).toBeVisible();
        await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
          "href",
          new RegExp(`^https?://[^/]+${at(`/oembed/${id}`)}\\.json$`),
        );
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${at(`/embed/${id}/`)}$`));
        await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title(id));
      });
    }

    test("every embed code reserves its page's measured height at the 600 px column", async ({ page }) => {
      await page.setViewportSize({ width: EMBED_COLUMN, height: 800 });
      const stale: string[] = [];
      for (const id of IDS) {
        await page.goto(at(`/embed/${id}/`));
        await page.evaluate(() => document.fonts.ready);
        const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        // A few pixels either way are rounding and font hinting; more means the page changed.
        if (Math.abs(height - embedHeight(id, lang)) > 12) stale.push(`${id}: the page is ${height} px, the code reserves ${embedHeight(id, lang)}`);
      }
      expect(stale, "run `npm run build && npm run embed:heights`, then build again").toEqual([]);
    });

    test("its oEmbed file is rich, with the iframe code, a size and the PNG as thumbnail", async ({ request }) => {
      const response = await request.get(at("/oembed/cecot.json"));
      expect(response.ok()).toBe(true);
      const body = await response.json();
      expect(body).toMatchObject({ version: "1.0", type: "rich", title: title("cecot"), width: 600 });
      expect(body.html).toContain('data-slv-embed="cecot"');
      expect(body.height).toBeGreaterThan(300);
      expect(body.thumbnail_url).toMatch(new RegExp(`[^s]${at("/charts/cecot/chart.png")}$`));
      expect(body.thumbnail_width).toBeGreaterThan(0);
    });

    test("theme=dark and theme=light force a theme whatever the system setting", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(at("/embed/cecot/"));
      const light = await background(page);
      await page.goto(at("/embed/cecot/?theme=dark"));
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      const dark = await background(page);
      expect(dark).not.toBe(light);
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(at("/embed/cecot/"));
      expect(await background(page)).toBe(dark);
      await page.goto(at("/embed/cecot/?theme=light"));
      expect(await background(page)).toBe(light);
    });

    test("plain=1 hides the title and source block", async ({ page }) => {
      await page.goto(at("/embed/homicide-rates/?plain=1"));
      await expect(page.locator(".chart-title")).toBeHidden();
      await expect(page.locator(".chart-source")).toBeHidden();
      await expect(page.locator(".state-layer.is-active > div:visible > svg")).toHaveCount(1);
      // The drawing keeps its accessible name from the hidden title.
      await expect(page.getByRole("img", { name: title("homicide-rates") }).first()).toBeAttached();
    });

    test("state=<name> shows that state; static=1 turns tooltips off", async ({ page }) => {
      await page.goto(at("/embed/slv-homicide-long/?state=peak"));
      await expect(page.locator(".state-layer.is-active")).toHaveAttribute("data-state", "peak");
      await expect(page.locator(".state-layer.is-active")).toHaveCount(1);
      await expect(page.locator('.state-layer[data-state="peak"] svg:visible')).toHaveCount(1);
      await expect(page.locator(".chart-tip")).toHaveCount(1);
      await page.goto(at("/embed/slv-homicide-long/?static=1"));
      await expect(page.locator(".state-layer.is-active")).toHaveAttribute("data-state", charts["slv-homicide-long"].summary);
      await expect(page.locator(".chart-tip")).toHaveCount(0);
    });

    test("unknown values are ignored and appear nowhere in the page", async ({ page }) => {
      await page.goto(at("/embed/slv-homicide-long/?theme=zzbogus1&plain=zzbogus2&static=zzbogus3&state=zzbogus4&childId=zz%22bogus5&zzbogus6=1"));
      await expect(page.locator(".chart-title")).toBeVisible();
      await expect(page.locator(".state-layer.is-active")).toHaveAttribute("data-state", charts["slv-homicide-long"].summary);
      expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
      await expect(page.locator(".chart-tip")).toHaveCount(1);
      expect(await page.content()).not.toContain("zzbogus");
    });

    for (const theme of ["light", "dark"] as const) {
      test(`has no accessibility violations in the ${theme} theme`, async ({ page }) => {
        test.setTimeout(120_000);
        // The map's embed is in accessibility.spec.ts's matrix; these are the other kinds of chart.
        for (const id of ["slv-homicide-long", "pact-timeline", "cecot"] satisfies ChartId[]) {
          await page.goto(at(`/embed/${id}/?theme=${theme}`));
          expect(await axeViolations(page)).toEqual([]);
        }
      });
    }

    test("/embed/ lists every chart, and the 404 page points there", async ({ page }) => {
      await page.goto(at("/embed/"));
      for (const id of IDS) await expect(page.locator(`a[href="${at(`/embed/${id}/`)}"]`)).toHaveText(title(id));
      await page.goto(at("/404/"));
      await expect(page.locator(`a[href="${at("/embed/")}"]`)).toBeVisible();
    });
  });
}

test.describe("embeds on another site", () => {
  // The host page is served by page.route, so Chromium counts it as public; the local preview it
  // frames is on loopback, which Local Network Access blocks unless the reader allows it.
  test.use({ allowOrigins: [HOST, PYM_CDN], permissions: ["local-network-access"] });
  const EMBEDDED: ChartId[] = ["slv-homicide-long", "rule-of-law", "gang-map"];

  function hostPage(body: string, script = ""): string {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font-family:serif}#col{width:320px;margin:0 auto}iframe{display:block}</style></head>
<body><div id="col"><h1>A newsroom's article</h1>${body}<p>After the charts.</p></div>${script}</body></html>`;
  }

  const dialects: Record<string, (site: URL) => string> = {
    // pym.js's Parent, loaded the way its embed code does (the CDN address is served from node_modules).
    pym: (site) => hostPage(EMBEDDED.map((id) => embedCode(id, site, "en").pym).join("")),
    // A Datawrapper-style listener: no host script of ours, plain iframes.
    datawrapper: (site) =>
      hostPage(
        EMBEDDED.map(
          (id) => `<iframe src="${new URL(`/embed/${id}/`, site).href}" title="${id}" scrolling="no" style="width:100%;border:0" height="400"></iframe>`,
        ).join(""),
        `<script>window.addEventListener("message", function (e) {
  var h = e.data && e.data["datawrapper-height"]; if (!h) return;
  document.querySelectorAll("iframe").forEach(function (f) {
    if (f.contentWindow === e.source) for (var id in h) if (typeof h[id] === "number") f.style.height = h[id] + "px";
  });
});</script>`,
      ),
    // Our own embed code, with public/embed.js.
    ours: (site) => hostPage(EMBEDDED.map((id) => embedCode(id, site, "en").iframe).join("")),
  };

  for (const [dialect, html] of Object.entries(dialects)) {
    test(`${dialect}: each frame's height settles on its document's at 320, 600 and 1000 px and after a resize`, async ({ page, baseURL }, testInfo) => {
      test.skip(testInfo.project.name !== "desktop", "column widths are set in the host page; one viewport is enough");
      test.setTimeout(90_000);
      const site = new URL(baseURL!);
      await page.route(`${PYM_CDN}/pym.v1.min.js`, (route) =>
        route.fulfill({ contentType: "text/javascript", body: readFileSync("node_modules/pym.js/dist/pym.v1.min.js", "utf8") }),
      );
      await page.route(`${HOST}/article`, (route) => route.fulfill({ contentType: "text/html", body: html(site) }));
      await page.goto(`${HOST}/article`);
      const frames = page.locator("iframe");
      await expect(frames).toHaveCount(EMBEDDED.length);

      const expectSettled = async () => {
        for (let i = 0; i < EMBEDDED.length; i++) {
          const frame = frames.nth(i);
          await frame.scrollIntoViewIfNeeded();
          const inner = frame.contentFrame();
          await expect(inner.locator("[data-embed]")).toBeAttached();
          await expect
            .poll(
              async () => {
                const outer = await frame.evaluate((f) => f.clientHeight);
                const doc = await inner.locator("html").evaluate((html) => ({
                  content: Math.ceil(html.querySelector("[data-embed]")!.getBoundingClientRect().height),
                  scroll: html.scrollHeight,
                  client: html.clientHeight,
                }));
                // Within 4 px of the document's height, and nothing left to scroll inside.
                return Math.abs(outer - doc.content) <= 4 && Math.abs(outer - doc.scroll) <= 4 && doc.scroll <= doc.client;
              },
              { message: `${dialect}: frame ${EMBEDDED[i]}`, timeout: 10_000 },
            )
            .toBe(true);
        }
      };

      for (const width of [320, 600, 1000]) {
        await page.evaluate((w) => (document.getElementById("col")!.style.width = `${w}px`), width);
        await expectSettled();
      }
      await page.setViewportSize({ width: 700, height: 600 });
      await page.evaluate(() => (document.getElementById("col")!.style.width = "100%"));
      await expectSettled();
    });
  }
});
