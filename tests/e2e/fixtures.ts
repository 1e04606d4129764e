/**
 * The test object every end-to-end spec uses: it fails a test on any console error, uncaught
 * exception or request to another origin, so no spec has to remember to check. A spec that
 * expects a particular console error (a 404 page logs its own status) names it in
 * allowConsoleErrors; one that serves a page from another origin itself (with page.route, e.g.
 * a host page embedding our charts) names that origin in allowOrigins.
 */
import { test as base, expect } from "@playwright/test";

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
        if (/^https?:$/.test(url.protocol) && url.origin !== origin && !allowOrigins.includes(url.origin)) problems.push(`request off the site: ${request.url()}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
