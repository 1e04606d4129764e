/**
 * The accessibility gates of the built site:
 * - the axe-core matrix: the story, one embed, the gallery and the teachers' page, in both
 *   languages, light and dark, with motion and reduced motion, with JavaScript on and off, at
 *   the two widths of the projects, with every <details> open when JavaScript is off; each
 *   cell is a test named `axe <page> <lang> <theme> <motion> <js>`, the form a reporter reads.
 *   With the forced-colours check below, these are the only axe runs on those four pages; other
 *   specs run axe on the pages the matrix leaves out;
 * - the keyboard on the story: Tab goes through everything focusable in document order, nothing
 *   focused is hidden behind the sticky graphic, the progress bar or anything else (WCAG 2.4.11),
 *   focus inside a step brings up that step's picture, and steps with nothing to focus come up
 *   with the scrolling keys;
 * - reflow: no horizontal scrolling at 200% and 400% zoom (WCAG 1.4.10);
 * - forced colours: charts drawn in system colours, and still no axe violation.
 */
import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { LANGS, localePath } from "../../src/i18n/locales.ts";
import { forcedColours } from "../../src/styles/palette.ts";
import { axeViolations } from "./axe.ts";
import { expect, oneProjectPerLanguage, test } from "./fixtures.ts";

// The embed is the map: the heaviest chart, over 200 KB of drawing.
const PAGES = { story: "/", embed: "/embed/gang-map/", gallery: "/charts/", teach: "/teach/" } as const;
type PageName = keyof typeof PAGES;
const THEMES = ["light", "dark"] as const;
const MOTIONS = ["motion", "reduce"] as const;
const SCRIPTS = ["js-off", "js-on"] as const;
type Motion = (typeof MOTIONS)[number];

// What a step can hold for Tab to stop at; a step with none of it can only be scrolled to.
const IN_STEP_STOPS = "a[href], button, summary, [tabindex]";
const QUIET_STEP = `.step:not(:has(${IN_STEP_STOPS}))`;

// The third of the first sequence's six steps: with motion and JavaScript the story is checked
// with a scrolly state showing, not the summary every other mode shows.
const MID_STEP = "fall-truce";

/** axe results of this worker, by what the page rendered (renderingKey). */
const axeRuns = new Map<string, string[]>();

/**
 * All an axe run depends on: the DOM, the colour scheme, the viewport and the scroll position,
 * and reduced motion, unless every style rule under a prefers-reduced-motion query only sets
 * transitions or animations, which axe, run on a settled page, cannot see. Cells of the matrix
 * with one key are one page, so the later ones reuse the first one's result instead of
 * spending up to 15 seconds to find the same.
 */
async function renderingKey(page: Page, theme: string, motion: Motion): Promise<string> {
  const rendered = await page.evaluate(() => {
    const timingOnly = (rules: CSSRuleList, underMotionQuery: boolean): boolean =>
      [...rules].every((rule) => {
        if (rule instanceof CSSMediaRule) {
          return timingOnly(rule.cssRules, underMotionQuery || rule.conditionText.includes("prefers-reduced-motion"));
        }
        if (rule instanceof CSSStyleRule) {
          const declared = [...rule.style];
          return (!underMotionQuery || declared.every((p) => /^(transition|animation)/.test(p))) && timingOnly(rule.cssRules, underMotionQuery);
        }
        if (rule instanceof CSSGroupingRule) return timingOnly(rule.cssRules, underMotionQuery);
        return true;
      });
    return {
      html: document.documentElement.outerHTML,
      scroll: `${window.scrollX},${window.scrollY}`,
      motionNeutral: [...document.styleSheets].every((sheet) => timingOnly(sheet.cssRules, false)),
    };
  });
  const viewport = page.viewportSize();
  const dom = createHash("sha256").update(rendered.html).digest("hex");
  return [`${viewport?.width}x${viewport?.height}`, theme, rendered.motionNeutral ? "any motion" : motion, rendered.scroll, dom].join(" ");
}

/** The Tab stop now focused, checked against the previous one (kept on window between calls). */
interface TabStop {
  /** Focus has left the page's last stop. */
  done: boolean;
  label: string;
  /** Focusable elements that Tab passed over since the previous stop. */
  skipped: string[];
  /** Some of the focused element shows on screen, uncovered (WCAG 2.4.11). */
  visible: boolean;
  /** The id of the scrolly step holding focus. */
  step: string | null;
}

// Runs in the page; self-contained, as page.evaluate sends its source. With `again`, the same
// stop is looked at once more, and only its `visible` counts.
function checkTabStop(again: boolean): TabStop {
  const page = window as Window & { previousStop?: Element; candidates?: Element[] };
  const describeElement = (el: Element) =>
    `<${el.tagName.toLowerCase()}> "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
  const candidates = "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]";
  const tabbable = (el: Element) =>
    (el instanceof HTMLElement || el instanceof SVGElement) &&
    el.tabIndex >= 0 &&
    !el.matches(":disabled") &&
    !el.closest("[inert]") &&
    (el.tagName !== "SUMMARY" || el.parentElement?.querySelector(":scope > summary") === el) &&
    el.checkVisibility({ visibilityProperty: true });
  const focused = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  // Found again only when focus lands on something new: a chart state put into the page as the
  // reader arrives (src/scrolly/layers.ts). The query over the 1 MB story would otherwise cost
  // more than the rest of the check.
  if (!page.candidates || (focused && !page.candidates.includes(focused))) page.candidates = [...document.querySelectorAll(candidates)];
  const all = page.candidates;
  const from = page.previousStop ? all.indexOf(page.previousStop) + 1 : 0;
  const to = focused ? all.indexOf(focused) : all.length;
  const skipped = all.slice(from, Math.max(from, to)).filter(tabbable).map(describeElement);
  if (focused && to < from && !again) skipped.push(`everything: ${describeElement(focused)} comes before the previous stop`);
  if (!focused) return { done: true, label: "", skipped, visible: true, step: null };
  page.previousStop = focused;

  // Covered means: at every sample point, what the pointer would hit is something else. Within
  // a chart, marks and labels overlap by design; what must not cover a mark is the rest of the
  // page (the steps, another graphic, the header). The progress bar lets the pointer through,
  // so it is tested by position.
  const chart = focused instanceof SVGElement ? focused.closest("svg") : null;
  const bar = document.querySelector(".reading-progress")?.getBoundingClientRect();
  const own = (hit: Element | null) => hit !== null && (focused.contains(hit) || (chart?.contains(hit) ?? false));
  const samples = [
    [0.5, 0.5],
    [0.25, 0.5],
    [0.75, 0.5],
    [0.5, 0.25],
    [0.5, 0.75],
  ] as const;
  // Box by box: a link that wraps has one per line, and its bounding box is mostly not the link.
  const points = [...focused.getClientRects()].flatMap((r) => samples.map(([fx, fy]) => [r.left + fx * r.width, r.top + fy * r.height] as const));
  const visible = points.some(
    ([x, y]) =>
      x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight && !(bar && y >= bar.top && y < bar.bottom) && own(document.elementFromPoint(x, y)),
  );
  return { done: false, label: describeElement(focused), skipped, visible, step: focused.closest(".step")?.id ?? null };
}

for (const lang of LANGS) {
  for (const name of Object.keys(PAGES) as PageName[]) {
    for (const theme of THEMES) {
      test.describe(() => {
        // One worker runs a page's four cells in order, so that identical renderings are
        // checked once (see renderingKey).
        test.describe.configure({ mode: "default" });
        test.use({ colorScheme: theme });
        for (const js of SCRIPTS) {
          test.describe(() => {
            test.use({ javaScriptEnabled: js === "js-on" });
            for (const motion of MOTIONS) {
              test(`axe ${name} ${lang} ${theme} ${motion} ${js}`, async ({ page }) => {
                test.setTimeout(90_000);
                await page.emulateMedia({ reducedMotion: motion === "reduce" ? "reduce" : "no-preference" });
                const path = localePath(lang, PAGES[name]);
                const midStep = name === "story" && js === "js-on" && motion === "motion";
                await page.goto(midStep ? `${path}#${MID_STEP}` : path);
                // Without JavaScript, everything a reader can open is open, so the data tables,
                // embed codes and source lists are checked too. What they hold does not change with
                // scripts or motion, and on the story they double axe's time, so the other cells
                // leave them closed.
                if (js === "js-off")
                  await page.locator("details").evaluateAll((all) => {
                    for (const details of all) details.setAttribute("open", "");
                  });
                if (midStep) {
                  await expect(page.locator('.scrolly[data-sequence="the-fall"] .scrolly-graphic')).toHaveAttribute("data-step", MID_STEP);
                  // Mid-fade colours are no colours to judge contrast by.
                  await page.waitForFunction(() => document.getAnimations().length === 0);
                }
                const key = await renderingKey(page, theme, motion);
                const known = axeRuns.get(key);
                if (known) test.info().annotations.push({ type: "axe", description: "same rendering as an earlier cell: its result reused" });
                const violations = known ?? (await axeViolations(page, { javaScript: js === "js-on" }));
                axeRuns.set(key, violations);
                expect(violations).toEqual([]);
              });
            }
          });
        }
      });
    }
  }
}

test.describe("keyboard on the story", () => {
  for (const lang of LANGS) {
    test.describe(() => {
      // The slowest tests here: the walk takes some 760 Tab presses.
      oneProjectPerLanguage(lang);

      test(`Tab reaches everything in order, focus is never hidden, and each step it enters takes the graphic (${lang})`, async ({ page }) => {
        test.setTimeout(150_000);
        await page.goto(localePath(lang, "/"));
        await expect(page.locator("html")).toHaveClass(/scrolly-on/);
        const problems: string[] = [];
        const stepsEntered = new Set<string>();
        for (let presses = 0; ; presses++) {
          expect(presses, "Tab should leave the page after its last stop").toBeLessThan(5000);
          await page.keyboard.press("Tab");
          const stop = await page.evaluate(checkTabStop, false);
          problems.push(...stop.skipped.map((s) => `Tab skipped ${s} before ${stop.label || "leaving the page"}`));
          if (stop.done) break;
          // A step's state can arrive as focus does; what counts is what shows once its 450 ms
          // cross-fade (Scrolly.astro) is over.
          if (!stop.visible) await page.waitForTimeout(600);
          if (!stop.visible && !(await page.evaluate(checkTabStop, true)).visible) problems.push(`${stop.label} is hidden when focused`);
          if (stop.step && !stepsEntered.has(stop.step)) {
            stepsEntered.add(stop.step);
            await expect(page.locator(".scrolly", { has: page.locator(`#${stop.step}`) }).locator(".scrolly-graphic")).toHaveAttribute("data-step", stop.step);
          }
        }
        expect(problems).toEqual([]);
        // A step with nothing to focus is reached by scrolling, as the next test checks.
        const quiet = await page.locator(QUIET_STEP).evaluateAll((els) => els.map((el) => el.id));
        const steps = await page.locator(".step").evaluateAll((els) => els.map((el) => el.id));
        expect([...stepsEntered].sort()).toEqual(steps.filter((id) => !quiet.includes(id)).sort());
      });

      test(`steps with nothing to focus come up with Page Down, with their picture (${lang})`, async ({ page }) => {
        await page.goto(localePath(lang, "/"));
        await expect(page.locator("html")).toHaveClass(/scrolly-on/);
        const pageDown = async () => {
          // Page Down scrolls smoothly: wait for the end (or a second, should nothing move).
          const ended = page.evaluate(() => new Promise((resolve) => [addEventListener("scrollend", resolve, { once: true }), setTimeout(resolve, 1_000)]));
          await page.keyboard.press("PageDown");
          await ended;
        };
        for (const scrolly of await page.locator(".scrolly", { has: page.locator(QUIET_STEP) }).all()) {
          // From the last Tab stop before the sequence, as a reader who tabbed there.
          await scrolly.locator("xpath=preceding::*[self::a[@href] or self::button][1]").focus();
          for (const step of await scrolly.locator(".step").all()) {
            const shown = () =>
              step.evaluate(async (el) => {
                // Scrollama reports a step crossing the trigger line within the next frames.
                await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
                const box = el.getBoundingClientRect();
                const graphic = el.closest(".scrolly")!.querySelector<HTMLElement>(".scrolly-graphic")!;
                // On the screen and not under the sticky graphic: some of it is what a reader sees there.
                const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, window.innerHeight)];
                const seen = [0.1, 0.3, 0.5, 0.7, 0.9].some((f) => el.contains(document.elementFromPoint(box.left + box.width / 2, top + f * (bottom - top))));
                return graphic.dataset.step === el.id && bottom > top && seen;
              });
            // Scrolling keeps clear of the screen below the trigger line (Scrolly.astro), so a
            // press cannot carry a step from below the line to out of sight.
            for (let presses = 0; !(await shown()); presses++) {
              expect(presses, `Page Down should bring up ${await step.getAttribute("id")} with its picture`).toBeLessThan(12);
              await pageDown();
            }
            if (await step.locator(IN_STEP_STOPS).count()) break;
          }
        }
      });
    });
  }
});

test.describe("reflow", () => {
  test.skip(({ isMobile }) => isMobile, "zoom is a desktop browser's; the desktop project covers it");
  const zooms = [
    { zoom: "200%", viewport: { width: 640, height: 400 } },
    { zoom: "400%", viewport: { width: 320, height: 256 } },
  ];
  for (const { zoom, viewport } of zooms) {
    test.describe(() => {
      test.use({ viewport });
      for (const lang of LANGS) {
        for (const [name, path] of Object.entries(PAGES)) {
          test(`at ${zoom} zoom the ${name} page (${lang}) scrolls only down`, async ({ page }) => {
            await page.goto(localePath(lang, path));
            const layout = await page.evaluate(() => {
              // Open every data table: a wide one must scroll in its own region, not the page.
              for (const details of document.querySelectorAll("details")) details.open = true;
              const width = document.documentElement.clientWidth;
              const wider = [...document.querySelectorAll("body *")]
                .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".table-scroll"))
                .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
              return { scrollWidth: document.documentElement.scrollWidth, width, wider: [...new Set(wider)].slice(0, 5) };
            });
            expect(layout.scrollWidth, `wider than the screen: ${layout.wider.join(", ")}`).toBeLessThanOrEqual(layout.width);
          });
        }
      }
    });
  }
});

test.describe("forced colours", () => {
  test.skip(({ isMobile }) => isMobile, "forced colours are a desktop system's setting (Windows contrast themes)");
  const systemColours = [...new Set([...Object.values(forcedColours).filter((v) => typeof v === "string"), ...Object.values(forcedColours.series)])];
  for (const theme of THEMES) {
    test.describe(() => {
      test.use({ colorScheme: theme, forcedColors: "active" });
      test(`charts draw in system colours, and axe passes (${theme} contrast theme)`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto("/");
        const seen = await page.evaluate(async (names) => {
          const resolve = (name: string) => {
            const probe = document.createElement("i");
            probe.style.color = name;
            document.body.append(probe);
            const value = getComputedStyle(probe).color;
            probe.remove();
            return value;
          };
          const system = Object.fromEntries(names.map((name) => [resolve(name), name]));
          // Every state and both widths, hidden ones included: computed styles exist for all,
          // once each chart's states files (src/views/chart-states.ts) are in the page.
          for (const holder of document.querySelectorAll<HTMLElement>(".chart-layers")) {
            for (const url of [holder.dataset.statesNarrow!, holder.dataset.statesWide!]) {
              const file = new DOMParser().parseFromString(await (await fetch(url)).text(), "image/svg+xml");
              holder.querySelector(".state-layer")!.append(...[...file.documentElement.children].map((svg) => document.importNode(svg, true)));
            }
          }
          const painted = new Set<string>();
          for (const el of document.querySelectorAll(".chart-layers svg *")) {
            const style = getComputedStyle(el);
            for (const paint of [style.fill, style.stroke]) if (paint !== "none") painted.add(system[paint] ?? paint);
          }
          const line = getComputedStyle(document.querySelector(".series-line")!).stroke;
          return {
            painted: [...painted].sort(),
            line: system[line] ?? line,
            text: system[getComputedStyle(document.body).color],
            background: system[getComputedStyle(document.body).backgroundColor],
          };
        }, systemColours);
        expect(seen.text).toBe("CanvasText");
        expect(seen.background).toBe("Canvas");
        expect(seen.painted.filter((paint) => !systemColours.includes(paint))).toEqual([]);
        // El Salvador's line, the focus of its chart, stands out from the page in the system's own colour.
        expect(seen.line).toBe(forcedColours.series.red);
        expect(["CanvasText", "Highlight"]).toContain(seen.line);
        // axe on the gallery: every chart, at a fifth of the story's cost.
        await page.goto("/charts/");
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});
