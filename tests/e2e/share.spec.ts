/**
 * Sharing and publishing metadata, as crawlers see it: the raw HTML of each page (no script runs
 * and no redirect is followed), the preview images, the structured data, the share pages'
 * redirect into the story, the sitemap and robots.txt.
 *
 * Absolute addresses in the build use SITE_URL's host, which need not be the test server's, so
 * every address found is fetched by its path against the test's baseURL.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { section as sectionIn, SECTIONS } from "../../src/story/sections.ts";
import { expect, test } from "./fixtures.ts";

interface Head {
  title: string;
  meta: Record<string, string>;
  canonical: string | null;
  jsonLd: string[];
  refresh: string | null;
  links: string[];
}

/** The page's head as a crawler reads it: parsed from the served HTML, without loading it. */
async function headOf(page: Page, request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "text/html");
    const meta: Record<string, string> = {};
    for (const el of doc.querySelectorAll("head meta[property], head meta[name]")) {
      meta[el.getAttribute("property") ?? el.getAttribute("name")!] = el.getAttribute("content") ?? "";
    }
    return {
      title: doc.title,
      meta,
      canonical: doc.querySelector('head link[rel="canonical"]')?.getAttribute("href") ?? null,
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
      refresh: doc.querySelector('head meta[http-equiv="refresh"]')?.getAttribute("content") ?? null,
      links: [...doc.querySelectorAll("main a[href]")].map((a) => a.getAttribute("href")!),
    };
  }, html);
}

const pathOf = (url: string) => new URL(url).pathname;

const PAGES = [
  { path: "/", canonical: "/", type: "article" },
  { path: "/teach/", canonical: "/teach/", type: "website" },
  { path: "/share/the-pact/", canonical: "/", type: "website" },
];

test.describe("sharing metadata", () => {
  for (const { path, canonical, type } of PAGES) {
    test(`${path} has a canonical address, Open Graph and Twitter card tags`, async ({ page, request }) => {
      const head = await headOf(page, request, path);
      for (const key of ["og:title", "og:description", "og:image", "og:image:alt", "og:url", "og:site_name", "twitter:card"]) {
        expect(head.meta[key], key).toBeTruthy();
      }
      expect(head.meta["og:type"]).toBe(type);
      expect(head.meta["og:locale"]).toBe("en_US");
      expect(head.meta["twitter:card"]).toBe("summary_large_image");
      expect(head.meta["og:image:width"]).toBe("1200");
      expect(head.meta["og:image:height"]).toBe("630");
      expect(head.canonical).toMatch(/^https?:\/\//);
      expect(pathOf(head.canonical!)).toBe(canonical);
      expect(new URL(head.canonical!).hash).toBe("");
      expect(head.meta["og:image"]).toMatch(/^https?:\/\/[^/]+\/og\/[a-z-]+\.png$/);
    });
  }

  test("each section's share page describes that section, with its own preview image", async ({ page, request }) => {
    for (const { id } of SECTIONS) {
      const section = sectionIn(id, "en");
      const head = await headOf(page, request, `/share/${section.id}/`);
      expect(head.meta["og:title"]).toBe(section.title);
      expect(head.meta["og:description"]).toBe(section.description);
      expect(head.meta["twitter:title"]).toBe(section.title);
      expect(pathOf(head.meta["og:image"]!)).toBe(`/og/${section.id}.png`);
      expect(pathOf(head.meta["og:url"]!)).toBe(`/share/${section.id}/`);
      // Readers go straight on to the section, and can follow a link if they are not taken there.
      expect(head.refresh).toBe(`0; url=/#${section.id}`);
      expect(head.links).toContain(`/#${section.id}`);
    }
  });

  test("every preview image resolves to a PNG", async ({ page, request }) => {
    const paths = ["/", "/teach/", ...SECTIONS.map((s) => `/share/${s.id}/`)];
    const images = new Set<string>();
    for (const path of paths) {
      const head = await headOf(page, request, path);
      images.add(pathOf(head.meta["og:image"]!));
      expect(pathOf(head.meta["twitter:image"]!)).toBe(pathOf(head.meta["og:image"]!));
    }
    expect(images.size).toBe(SECTIONS.length + 1);
    for (const image of images) {
      const response = await request.get(image);
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"], image).toMatch(/^image\/png/);
      const body = await response.body();
      expect(body.subarray(1, 4).toString("ascii"), image).toBe("PNG");
      expect([body.readUInt32BE(16), body.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });

  test("the story carries its NewsArticle structured data", async ({ page, request }) => {
    const head = await headOf(page, request, "/");
    expect(head.jsonLd).toHaveLength(1);
    const data = JSON.parse(head.jsonLd[0]!);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(head.meta["og:title"]);
    expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(data.author).toEqual([expect.objectContaining({ "@type": "Organization", name: expect.any(String) })]);
    expect(data.publisher).toMatchObject({ "@type": "Organization" });
    expect(pathOf(data.mainEntityOfPage["@id"])).toBe("/");
    expect(pathOf(data.image[0].url)).toBe("/og/story.png");
    // An empty corrections list says nothing.
    expect(data.correction === undefined || data.correction.length > 0).toBe(true);
  });
});

test.describe("share pages", () => {
  test("/share/the-fall/ sends the reader on to the section in the story", async ({ page }) => {
    await page.goto("/share/the-fall/");
    await expect(page).toHaveURL(/\/#the-fall$/);
    await expect(page.locator("section#the-fall h2").first()).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the redirect still works", async ({ page }) => {
      await page.goto("/share/the-fall/");
      await expect(page).toHaveURL(/\/#the-fall$/);
    });
  });
});

test.describe("sitemap and robots.txt", () => {
  test("the sitemap lists the story and the teachers' page, and no share page", async ({ request }) => {
    const index = await request.get("/sitemap-index.xml");
    expect(index.status()).toBe(200);
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const sitemaps = locs(await index.text());
    expect(sitemaps.length).toBeGreaterThan(0);
    const pages: string[] = [];
    for (const sitemap of sitemaps) {
      const response = await request.get(pathOf(sitemap));
      expect(response.status(), sitemap).toBe(200);
      pages.push(...locs(await response.text()).map(pathOf));
    }
    expect(pages).toContain("/");
    expect(pages).toContain("/teach/");
    expect(pages.filter((p) => p.startsWith("/share/"))).toEqual([]);
  });

  test("robots.txt points at the sitemap by its absolute address", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const sitemap = (await response.text()).match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  });
});
