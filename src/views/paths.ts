/**
 * The static paths of the routes in src/pages/[...lang]/, each of which serves every language:
 * `lang` is the language's path prefix without its slash ("es"), or none for English at the
 * root. A language added to src/i18n/locales.ts gets every page with no route file changed.
 */
import type { GetStaticPaths } from "astro";
import { charts } from "../charts/registry.ts";
import { LANG_INFO, LANGS, type Lang } from "../i18n/locales.ts";
import { SECTION_IDS } from "../story/sections.ts";

type Params = Record<string, string>;

const langParam = (lang: Lang) => LANG_INFO[lang].prefix.slice(1) || undefined;

/** A route's own parameters, in every language of `langs`. */
export function inEveryLang(paths: readonly Params[] = [{}], langs: readonly Lang[] = LANGS) {
  return langs.flatMap((lang) => paths.map((params) => ({ params: { ...params, lang: langParam(lang) } })));
}

/** A page of which each language has one. */
export const langPaths = (() => inEveryLang()) satisfies GetStaticPaths;

/**
 * The not-found page of each language with a prefix (/es/404/). The root's is src/pages/404.astro,
 * the one name Astro builds into the 404.html that hosts serve for a missing address.
 */
export const prefixedLangPaths = (() =>
  inEveryLang(
    [{}],
    LANGS.filter((lang) => langParam(lang) !== undefined),
  )) satisfies GetStaticPaths;

/** One page per chart (embeds, oEmbed answers), in every language. */
export const chartPaths = (() => inEveryLang(Object.keys(charts).map((chart) => ({ chart })))) satisfies GetStaticPaths;

/** One page per section (share pages), in every language. */
export const sectionPaths = (() => inEveryLang(SECTION_IDS.map((id) => ({ id })))) satisfies GetStaticPaths;
