// Astro builds a fully static site into dist/; charts are drawn at build time (see src/charts).
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { security } from "./src/build/security.ts";
import { barePath, LANG_INFO, LANGS, ROOT_LANG } from "./src/i18n/locales.ts";

export default defineConfig({
  output: "static",
  // The address the site is published at, for canonical links, share cards, the sitemap and citations.
  // Set SITE_URL when building for publication; by default it is the local preview's address.
  site: process.env.SITE_URL ?? "http://127.0.0.1:4321",
  trailingSlash: "ignore",
  // Every page's CSS goes in its HTML: the story's bundle passed Astro's 4 KB inlining limit and
  // became a render-blocking request, the only one on any page (Lighthouse mobile FCP).
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  integrations: [
    // /sitemap-index.xml, with each page's other-language version. The share pages
    // (/share/<section-id>/, /es/share/<section-id>/) only pass a section on to the story, whose
    // address they give as canonical, and the not-found pages are not content: both are left out.
    sitemap({
      filter: (page) => !/^\/(?:share\/|404)/.test(barePath(new URL(page).pathname)),
      // Keyed by each edition's first path segment (the root's by its own name), as the sitemap matches them.
      i18n: {
        defaultLocale: ROOT_LANG,
        locales: Object.fromEntries(LANGS.map((lang) => [LANG_INFO[lang].prefix.slice(1) || lang, LANG_INFO[lang].tag])),
      },
    }),
    // Content-Security-Policy in every page, and dist/_headers and _redirects for static hosts.
    security(),
  ],
});
