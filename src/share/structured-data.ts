/**
 * The story page's structured data (schema.org NewsArticle, as JSON-LD), from the facts in
 * src/site.ts and the words of the page's language: what search engines read for the headline,
 * dates, author, language, its translation and corrections.
 */
import { LANG_INFO, LANGS, localePath, type Lang } from "../i18n/locales.ts";
import { translator } from "../i18n/translate.ts";
import { corrections as publishedCorrections, SITE, type Correction } from "../site.ts";
import type { CardImage } from "./cards.ts";

const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

export function newsArticle(site: URL, lang: Lang, image: CardImage, corrections: readonly Correction[] = publishedCorrections): Record<string, unknown> {
  const t = translator(lang);
  const storyUrl = (of: Lang) => new URL(localePath(of, "/"), site).href;
  const url = storyUrl(lang);
  const organization = { "@type": "Organization", name: SITE.organization, url: storyUrl("en") };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: t("ui.site-title"),
    description: t("ui.site-description"),
    image: [{ "@type": "ImageObject", url: new URL(image.path, site).href, width: image.width, height: image.height }],
    datePublished: SITE.published,
    dateModified: SITE.modified,
    author: [organization],
    publisher: organization,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    inLanguage: LANG_INFO[lang].tag,
    workTranslation: LANGS.filter((other) => other !== lang).map((other) => ({
      "@type": "NewsArticle",
      "@id": storyUrl(other),
      inLanguage: LANG_INFO[other].tag,
    })),
    license: LICENCE_URL,
    isAccessibleForFree: true,
    // Only when there is something to correct: an empty list says nothing.
    ...(corrections.length > 0 && {
      correction: corrections.map((c) => ({ "@type": "CorrectionComment", text: translator(lang)(c.text), datePublished: c.date })),
    }),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
