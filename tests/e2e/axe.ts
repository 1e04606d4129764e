/**
 * axe-core for the browser tests: the WCAG 2.2 AA rule set pages are held to, and a run that
 * returns one line per violation (the rule and the elements), so a failure reads at a glance.
 * It runs on pages with JavaScript off too.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** `javaScript: false` for a page loaded with JavaScript disabled (test.use({ javaScriptEnabled: false })). */
export async function axeViolations(page: Page, { javaScript = true } = {}): Promise<string[]> {
  if (!javaScript) {
    // Such a page never fires a timer, and axe waits on setTimeout between rules: it would hang.
    // Timers become promise callbacks, which do run; no script of the page runs, so nothing
    // but axe uses them.
    await page.evaluate(() => {
      window.setTimeout = ((callback: (...args: unknown[]) => void, _delay?: number, ...args: unknown[]) => {
        void Promise.resolve().then(() => callback(...args));
        return 0;
      }) as typeof window.setTimeout;
      window.clearTimeout = () => {};
    });
  }
  const results = await new AxeBuilder({ page })
    // options() replaces every option, so it comes before withTags().
    // Only violations come back: listing every passing node of the 1 MB story costs seconds.
    .options({ resultTypes: ["violations"] })
    .withTags(WCAG)
    // axe runs in the page itself. The default mode merges frames' results in an extra blank
    // page, which doubles the time on the story; our pages have no frames.
    .setLegacyMode()
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
