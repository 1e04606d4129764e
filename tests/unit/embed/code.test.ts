import { describe, expect, it } from "vitest";
import { charts } from "../../../src/charts/registry.ts";
import { EMBED_ATTRIBUTE, embedCode, oembedHtml } from "../../../src/embed/code.ts";
import { embedHeight, measuredHeight } from "../../../src/embed/heights.ts";
import { LANGS } from "../../../src/i18n/locales.ts";

const SITE = new URL("https://example.org/");

describe("embedCode", () => {
  it.each(Object.keys(charts))("%s: an accessible, lazy, responsive iframe and our host script", (id) => {
    const chart = charts[id as keyof typeof charts];
    const { iframe } = embedCode(id, SITE, "en");
    expect(iframe).toContain(`<iframe src="https://example.org/embed/${id}/"`);
    expect(iframe).toContain(`${EMBED_ATTRIBUTE}="${id}"`);
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('width="100%"');
    expect(iframe).toContain(`height:${embedHeight(id as keyof typeof charts, "en")}px`);
    expect(iframe).toContain("border:0");
    expect(iframe).toContain(`title="${chart.heading("en").title.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
    expect(iframe).toMatch(/<noscript><a href="https:\/\/example\.org\/embed\/[^"]+\/">[^<]+<\/a><\/noscript>/);
    expect(iframe).toMatch(/<script src="https:\/\/example\.org\/embed\.js" async><\/script>$/);
  });

  it("makes a pym.js variant: a container, pym's loader and a Parent that accepts only our origin", () => {
    const { pym } = embedCode("cecot", SITE, "en");
    expect(pym).toContain('<div id="slv-embed-cecot"');
    expect(pym).toContain('<script src="https://pym.nprapps.org/pym.v1.min.js"></script>');
    expect(pym).toContain('new pym.Parent("slv-embed-cecot", "https://example.org/embed/cecot/"');
    expect(pym).toContain('xdomain: "^https://example\\\\.org"');
  });

  it("escapes what it writes into HTML and scripts", () => {
    const { iframe, pym } = embedCode("homicide-rates", SITE, "en");
    expect(iframe).not.toMatch(/title="[^"]*<[^"]*"/);
    expect(pym.match(/<\/script>/g)).toHaveLength(2);
  });

  it("refuses a chart that does not exist", () => {
    expect(() => embedCode("no-such-chart", SITE, "en")).toThrow(/no chart/);
  });

  it("embeds the Spanish page, titled in Spanish, from the Spanish code", () => {
    const { iframe, pym } = embedCode("cecot", SITE, "es");
    const title = charts.cecot.heading("es-SV").title;
    expect(title).not.toBe(charts.cecot.heading("en").title);
    expect(iframe).toContain('<iframe src="https://example.org/es/embed/cecot/"');
    expect(iframe).toContain(`title="${title}"`);
    expect(pym).toContain('"https://example.org/es/embed/cecot/"');
  });
});

describe("oembedHtml", () => {
  it.each(Object.keys(charts))("%s: what WordPress keeps, a blockquote then the frame, and what other consumers need", (id) => {
    const html = oembedHtml(id, SITE, "en");
    const src = `https://example.org/embed/${id}/`;
    // wp_filter_oembed_result keeps a leading blockquote (its link) and the iframe, and loads its
    // resizing script only when there is a blockquote.
    expect(html).toMatch(new RegExp(`^<blockquote class="wp-embedded-content" style="display:none"><a href="${src}">[^<]+</a></blockquote><iframe `));
    expect(html).toContain(`src="${src}"`);
    expect(html).toContain('frameborder="0"');
    expect(html).toContain(`${EMBED_ATTRIBUTE}="${id}"`);
    expect(html).toContain(`height="${embedHeight(id as keyof typeof charts, "en")}"`);
    // No numeric width (the block editor would fix an aspect ratio) and no scrolling="no" (WordPress caps heights).
    expect(html).toContain('width="100%"');
    expect(html).not.toContain("scrolling");
    expect(html).toMatch(/<script src="https:\/\/example\.org\/embed\.js" async><\/script>$/);
  });

  it("sets no width in a style, so the host's column holds every variant", () => {
    for (const html of [embedCode("gang-map", SITE, "en").iframe, oembedHtml("gang-map", SITE, "es")]) {
      expect(html).not.toMatch(/style="[^"]*width/);
    }
  });
});

describe("embedHeight", () => {
  it("has a measured height for every chart in every language, and the Spanish code reserves the Spanish one", () => {
    for (const lang of LANGS) {
      for (const id of Object.keys(charts) as (keyof typeof charts)[]) {
        expect(measuredHeight(id, lang), `${id} ${lang}: run \`npm run build && npm run embed:heights\``).toBeGreaterThan(200);
        expect(embedHeight(id, lang)).toBe(measuredHeight(id, lang));
      }
    }
    const { iframe } = embedCode("cecot", SITE, "es");
    expect(iframe).toContain(`height:${embedHeight("cecot", "es")}px`);
  });
});
