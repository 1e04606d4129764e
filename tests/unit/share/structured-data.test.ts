import { describe, expect, it } from "vitest";
import { cardImage } from "../../../src/share/cards.ts";
import { jsonLd, newsArticle } from "../../../src/share/structured-data.ts";
import es from "../../../src/i18n/es/index.ts";
import { translator } from "../../../src/i18n/translate.ts";
import { SITE } from "../../../src/site.ts";

const site = new URL("https://example.org/");

describe("the story's structured data", () => {
  it("is a NewsArticle with absolute addresses, dates and an organisation as author and publisher", () => {
    const data = newsArticle(site, "en", cardImage("story", "en"), []);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: translator("en")("ui.site-title"),
      datePublished: SITE.published,
      dateModified: SITE.modified,
      inLanguage: "en",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://example.org/" },
      publisher: { "@type": "Organization", name: SITE.organization },
      image: [{ url: "https://example.org/og/story.png", width: 1200, height: 630 }],
      workTranslation: [{ "@type": "NewsArticle", "@id": "https://example.org/es/", inLanguage: "es" }],
    });
    expect(data["author"]).toEqual([expect.objectContaining({ "@type": "Organization", name: SITE.organization })]);
    expect(SITE.published <= SITE.modified).toBe(true);
    expect(SITE.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("describes the Spanish story in Spanish, as a translation of the English one", () => {
    const data = newsArticle(site, "es", cardImage("story", "es"), []);
    expect(data).toMatchObject({
      headline: translator("es")("ui.site-title"),
      inLanguage: "es",
      url: "https://example.org/es/",
      image: [{ url: "https://example.org/es/og/story.png" }],
      workTranslation: [{ "@id": "https://example.org/" }],
    });
  });

  it("lists corrections only when there are some, in the page's language", () => {
    expect(newsArticle(site, "en", cardImage("story", "en"), [])).not.toHaveProperty("correction");
    const correction = { date: "2027-01-02", text: "corrections.2026-12-03-price-rate" } as const;
    const data = newsArticle(site, "es", cardImage("story", "es"), [correction]);
    expect(data["correction"]).toEqual([{ "@type": "CorrectionComment", text: es[correction.text], datePublished: "2027-01-02" }]);
  });

  it("cannot close its script element", () => {
    expect(jsonLd({ text: "</script><b>" })).not.toContain("<");
    expect(JSON.parse(jsonLd({ text: "</script>" }))).toEqual({ text: "</script>" });
  });
});
