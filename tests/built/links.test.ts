/**
 * Links and requests of the built site, in both languages: every internal link, asset, preview
 * image and #anchor resolves to a file (and an element) in dist/; nothing a page loads comes from
 * another origin. Links out to sources are not followed (the sources list them as published).
 */
import { afterAll, describe, expect, it } from "vitest";
import { builtPages, fileFor, record, siteOrigin, type BuiltPage } from "./built-site.ts";

interface Reference {
  page: string;
  /** What refers: "a[href]", "script[src]" … */
  from: string;
  url: URL;
  /** Whether the browser fetches it to show the page (a resource), rather than following it. */
  loads: boolean;
}

const RESOURCES =
  "script[src], link[rel~='stylesheet'][href], link[rel~='icon'][href], link[rel~='preload'][href], img[src], iframe[src], source[src], video[src], audio[src]";
const LINKS =
  "a[href], link[rel='canonical'], link[rel='alternate'][href], meta[property='og:image'], meta[property='og:url'], meta[name='twitter:image'], meta[http-equiv='refresh']";

function referencesOf(page: BuiltPage, origin: string): Reference[] {
  const base = new URL(page.path, origin);
  const refs: Reference[] = [];
  const add = (el: Element, value: string | null, loads: boolean) => {
    if (!value || value.startsWith("data:") || value.startsWith("mailto:")) return;
    refs.push({ page: page.path, from: `${el.tagName.toLowerCase()} ${value}`, url: new URL(value, base), loads });
  };
  for (const el of page.document.querySelectorAll(RESOURCES)) add(el, el.getAttribute("src") ?? el.getAttribute("href"), true);
  for (const el of page.document.querySelectorAll(LINKS)) {
    const value = el.tagName === "META" ? el.getAttribute("content") : el.getAttribute("href");
    add(el, el.getAttribute("http-equiv") === "refresh" ? (value?.replace(/^\d+;\s*url=/i, "") ?? null) : value, false);
  }
  return refs;
}

const origin = siteOrigin();
const pages = builtPages();
const references = pages.flatMap((p) => referencesOf(p, origin));
const ids = new Map(pages.map((p) => [p.file, new Set([...p.document.querySelectorAll("[id]")].map((el) => el.id))]));

/** Why a same-origin reference is broken, or undefined when it resolves. */
function brokenBecause(ref: Reference): string | undefined {
  const file = fileFor(ref.url.pathname);
  if (!file) return "no such file";
  const fragment = decodeURIComponent(ref.url.hash.slice(1));
  if (fragment && !ids.get(file)?.has(fragment)) return `no element #${fragment} in ${file}`;
  return undefined;
}

describe("the built site's links", () => {
  it("has both languages' pages to check", () => {
    expect(pages.filter((p) => p.path.startsWith("/es/")).length).toBeGreaterThan(25);
    // A floor that an empty or broken crawl would fall far short of (3,748 links in December 2026,
    // since the story's bibliography lives once per language on the sources page).
    expect(references.length).toBeGreaterThan(3500);
  });

  const internal = references.filter((r) => r.url.origin === origin);
  const broken = internal
    .map((r) => ({ ...r, why: brokenBecause(r) }))
    .filter((r) => r.why !== undefined)
    .map((r) => `${r.page}: ${r.from} (${r.why})`);
  const foreign = references.filter((r) => r.loads && r.url.origin !== origin).map((r) => `${r.page}: ${r.from}`);

  afterAll(() => {
    record("links", {
      pages: pages.length,
      internal: internal.length,
      anchors: internal.filter((r) => r.url.hash).length,
      broken: broken.length,
      foreign: foreign.length,
    });
  });

  it("resolves every internal link, asset and #anchor (0 broken)", () => {
    expect(broken).toEqual([]);
  });

  it("loads nothing from another origin", () => {
    expect(foreign).toEqual([]);
  });

  it("catches a broken link and a missing anchor", () => {
    const at = (href: string): Reference => ({ page: "/", from: "a", url: new URL(href, origin), loads: false });
    expect(brokenBecause(at("/teach/"))).toBeUndefined();
    expect(brokenBecause(at("/es/#fall-peak"))).toBeUndefined();
    expect(brokenBecause(at("/no-such-page/"))).toBe("no such file");
    expect(brokenBecause(at("/#no-such-anchor"))).toMatch(/no element #no-such-anchor/);
  });
});
