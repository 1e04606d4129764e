/**
 * The site's languages and how each is written and addressed: English at the root, Spanish under
 * /es/. Every page exists in both, at the same path after the prefix, so a page's counterpart in
 * the other language is found by swapping the prefix; section and step anchors are the same in both.
 */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

export interface LangInfo {
  /** The tag of <html lang> and hreflang. */
  tag: string;
  /**
   * The locale numbers and dates are formatted in. El Salvador writes 12,345.6 (CLDR es-SV,
   * like es-419 and Mexico), not Spain's 12.345,6, so the Spanish edition formats as es-SV.
   */
  intl: string;
  /** Open Graph's language_TERRITORY form. */
  og: string;
  /** The language's name in itself, for the language switch. */
  name: string;
  /** The prefix of its paths: "" for English, "/es" for Spanish. */
  prefix: string;
}

export const LANG_INFO: Record<Lang, LangInfo> = {
  en: { tag: "en", intl: "en", og: "en_US", name: "English", prefix: "" },
  es: { tag: "es", intl: "es-SV", og: "es_SV", name: "Español", prefix: "/es" },
};

/**
 * The language of a formatting locale such as "en" or "es-SV", from its primary subtag. A locale
 * in no language of the site throws: quietly falling back to English would hide a missing edition.
 */
export function langOf(locale: string): Lang {
  const primary = locale.split("-")[0]!.toLowerCase();
  const lang = LANGS.find((l) => l === primary);
  if (!lang) throw new Error(`"${locale}" is not in a language of the site (${LANGS.join(", ")})`);
  return lang;
}

/** The formatting locale of a language. */
export function localeOf(lang: Lang): string {
  return LANG_INFO[lang].intl;
}

/** The language the data files' own words are written in: names, labels, notes (data/README.md). */
export const DATA_LANG = "en" satisfies Lang;

/** Every language but the data's: each has its own names of data rows and bibliography words. */
export type TranslatedLang = Exclude<Lang, typeof DATA_LANG>;

/** The language whose paths have no prefix: the site's root. */
export const ROOT_LANG = LANGS.find((lang) => LANG_INFO[lang].prefix === "")!;

/** The language of a page from its path: /es and everything under it is Spanish; the rest is the root's. */
export function pathLang(pathname: string): Lang {
  const prefixed = LANGS.find((lang) => {
    const { prefix } = LANG_INFO[lang];
    return prefix !== "" && (pathname === prefix || pathname.startsWith(`${prefix}/`));
  });
  return prefixed ?? ROOT_LANG;
}

/** A site path (starting with "/") in `lang`: "/teach/" becomes "/es/teach/" in Spanish. */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith("/")) throw new Error(`localePath needs a site path starting with "/", got "${path}"`);
  return `${LANG_INFO[lang].prefix}${path}`;
}

/** A path without its language prefix: "/es/teach/" is "/teach/", "/es" is "/". */
export function barePath(pathname: string): string {
  return pathname.slice(LANG_INFO[pathLang(pathname)].prefix.length) || "/";
}

/** The same page in `lang`: the path with its language prefix swapped. */
export function translatePath(pathname: string, lang: Lang): string {
  return localePath(lang, barePath(pathname));
}
