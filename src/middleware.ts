/**
 * The one place a page's language is read from its path (/es/… is Spanish, everything else
 * English), when Astro renders it: components, layouts, views and endpoints take it from
 * Astro.locals (`lang`, and `locale` for formatting) instead of each parsing the URL again.
 * Runs at build time for every page and endpoint of this static site.
 */
import { defineMiddleware } from "astro:middleware";
import { localeOf, pathLang } from "./i18n/locales.ts";

export const onRequest = defineMiddleware((context, next) => {
  const lang = pathLang(context.url.pathname);
  context.locals.lang = lang;
  context.locals.locale = localeOf(lang);
  return next();
});
