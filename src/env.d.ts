/** What src/middleware.ts puts in Astro.locals for every page and endpoint. */
declare namespace App {
  interface Locals {
    /** The page's language, from its path. */
    lang: import("./i18n/locales.ts").Lang;
    /** The formatting locale of that language ("en", "es-SV"). */
    locale: string;
  }
}

// wawoff2 ships no types; this is the one function src/share/png-fonts.ts uses.
declare module "wawoff2" {
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
