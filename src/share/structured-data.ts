/**
 * The story page's structured data (schema.org NewsArticle, as JSON-LD), from the facts in
 * src/site.ts: what search engines read for the headline, dates, author and corrections.
 */
import { corrections as publishedCorrections, SITE, type Correction } from "../site.ts";
import type { CardImage } from "./cards.ts";

const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

export function newsArticle(
  site: URL,
  image: CardImage,
  corrections: readonly Correction[] = publishedCorrections,
): Record<string, unknown> {
  const url = new URL("/", site).href;
  const organization = { "@type": "Organization", name: SITE.organization, url };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: SITE.title,
    description: SITE.description,
    image: [{ "@type": "ImageObject", url: new URL(image.path, site).href, width: image.width, height: image.height }],
    datePublished: SITE.published,
    dateModified: SITE.modified,
    author: [organization],
    publisher: organization,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    inLanguage: "en",
    license: LICENCE_URL,
    isAccessibleForFree: true,
    // Only when there is something to correct: an empty list says nothing.
    ...(corrections.length > 0 && {
      correction: corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.date })),
    }),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
