/**
 * The test object every end-to-end spec uses: it fails a test on any console error, uncaught
 * exception or request to another origin, so no spec has to remember to check. A spec that
 * expects a particular console error (a 404 page logs its own status) names it in
 * allowConsoleErrors; one that serves a page from another origin itself (with page.route, e.g.
 * a host page embedding our charts) names that origin in allowOrigins. Also here: which project
 * reads which language, for the specs that test each language at one width.
 */
import { test as base, expect } from "@playwright/test";
import type { Lang } from "../../src/i18n/locales.ts";

// biome-ignore lint/suspicious/noConfusingVoidType: Playwright types a fixture that gives tests no value as void.
export const test = base.extend<{ allowConsoleErrors: RegExp[]; allowOrigins: string[]; guard: void }>({
  allowConsoleErrors: [[], { option: true }],
  allowOrigins: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowConsoleErrors, allowOrigins }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !allowConsoleErrors.some((allowed) => allowed.test(text))) {
          problems.push(`console error: ${text}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== origin && !allowOrigins.includes(url.origin))
          problems.push(`request off the site: ${request.url()}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * For behaviour that is the same code in both languages: each project reads one language,
 * desktop English and phone Spanish, so that each layout and each language is covered once
 * without running everything four times. What does differ by language and width (words,
 * layout, accessibility) is checked in full by i18n.spec.ts and accessibility.spec.ts.
 * Call it inside a describe block.
 */
export function oneProjectPerLanguage(lang: Lang) {
  test.skip(({ isMobile }) => isMobile !== (lang === "es"), "the other project reads this language");
}

export { expect };
