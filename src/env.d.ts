/** What src/middleware.ts puts in Astro.locals for every page and endpoint. */
declare namespace App {
  interface Locals {
    /** The page's language, from its path. */
    lang: import("./i18n/locales.ts").Lang;
    /** The formatting locale of that language ("en", "es-SV"). */
    locale: string;
  }
}
