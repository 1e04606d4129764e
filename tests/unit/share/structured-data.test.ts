import { describe, expect, it } from "vitest";
import { cardImage } from "../../../src/share/cards.ts";
import { jsonLd, newsArticle } from "../../../src/share/structured-data.ts";
import { SITE } from "../../../src/site.ts";

const site = new URL("https://example.org/");

describe("the story's structured data", () => {
  it("is a NewsArticle with absolute addresses, dates and an organisation as author and publisher", () => {
    const data = newsArticle(site, cardImage("story"), []);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: SITE.title,
      datePublished: SITE.published,
      dateModified: SITE.modified,
      inLanguage: "en",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://example.org/" },
      publisher: { "@type": "Organization", name: SITE.organization },
      image: [{ url: "https://example.org/og/story.png", width: 1200, height: 630 }],
    });
    expect(data["author"]).toEqual([expect.objectContaining({ "@type": "Organization", name: SITE.organization })]);
    expect(SITE.published <= SITE.modified).toBe(true);
    expect(SITE.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("lists corrections only when there are some", () => {
    expect(newsArticle(site, cardImage("story"), [])).not.toHaveProperty("correction");
    const data = newsArticle(site, cardImage("story"), [{ date: "2027-01-02", text: "A figure was corrected." }]);
    expect(data["correction"]).toEqual([{ "@type": "CorrectionComment", text: "A figure was corrected.", datePublished: "2027-01-02" }]);
  });

  it("cannot close its script element", () => {
    expect(jsonLd({ text: "</script><b>" })).not.toContain("<");
    expect(JSON.parse(jsonLd({ text: "</script>" }))).toEqual({ text: "</script>" });
  });
});
