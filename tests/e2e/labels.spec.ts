/**
 * No two visible labels of a drawn chart overlap: every chart of the registry, in every one of
 * its states, at both widths pages draw it at, in English and Spanish, set in the site's own
 * typeface in real Chromium. Builders place labels from estimated text widths (Node has no font
 * to measure); this is where those estimates meet the browser's.
 *
 * The rule: a label is one line of a <text> (each <tspan>, or the text itself), visible (not
 * hidden, no ancestor at opacity 0, not in <defs>); its box is as wide as the browser sets it and
 * one em tall, centred in its line box (the line box adds the font's ascent and descent, room
 * glyphs almost never fill, so line boxes of labels set close together overlap where their ink
 * does not). Two labels collide when their boxes overlap by more than half a pixel each way.
 * Lines of one <text> never collide with each other.
 */
import { charts } from "../../src/charts/registry.ts";
import { renderDrawing } from "../../src/charts/render-static.ts";
import { WIDTHS } from "../../src/charts/shared/widths.ts";
import type { AnyChart } from "../../src/charts/chart.ts";
import { projectData } from "../../src/data/read-data.ts";
import { LANGS, localeOf } from "../../src/i18n/locales.ts";
import { expect, test } from "./fixtures.ts";

interface Drawing {
  name: string;
  width: number;
  svg: string;
}

function drawingsOf(chart: AnyChart, lang: (typeof LANGS)[number]): Drawing[] {
  const data = chart.select(projectData());
  const locale = localeOf(lang);
  return Object.keys(chart.states).flatMap((state) =>
    Object.values(WIDTHS).map((width) => ({
      name: `${chart.id} ${state} ${width} ${lang}`,
      width,
      svg: renderDrawing(chart, data, { width, locale, state, labelledBy: "t", describedBy: "d" }).svg,
    })),
  );
}

test.describe("chart labels", () => {
  // Drawings have fixed widths, so the screen's size changes nothing here: one project is enough.
  test.skip(({ isMobile }) => isMobile, "the drawings are the same at every screen size");

  for (const lang of LANGS) {
    test(`no two visible labels overlap, ${lang}`, async ({ page }) => {
      test.setTimeout(120_000);
      // A page of the site, for its typefaces and colours; the drawings replace its content.
      await page.goto(lang === "en" ? "/embed/cecot/" : "/es/embed/cecot/");
      const drawings = (Object.values(charts) as AnyChart[]).flatMap((chart) => drawingsOf(chart, lang));
      const collisions = await page.evaluate(async (drawings) => {
        document.body.replaceChildren();
        const holders = drawings.map(({ width, svg }) => {
          const holder = document.createElement("div");
          holder.style.cssText = `width:${width}px;font-family:var(--font-ui)`;
          holder.insertAdjacentHTML("beforeend", svg);
          document.body.append(holder);
          return holder;
        });
        await document.fonts.ready;
        const found: string[] = [];
        holders.forEach((holder, i) => {
          const boxes = [...holder.querySelectorAll<SVGTextElement>("text")]
            .filter((text) => {
              if (text.closest("defs, clipPath, mask")) return false;
              if (getComputedStyle(text).visibility === "hidden") return false;
              for (let el: Element | null = text; el && el !== holder; el = el.parentElement) {
                const style = getComputedStyle(el);
                if (style.display === "none" || Number(style.opacity) === 0) return false;
              }
              return (text.textContent ?? "").trim() !== "";
            })
            .flatMap((text, owner) => {
              const fontSize = parseFloat(getComputedStyle(text).fontSize);
              const lines = text.querySelectorAll("tspan").length > 0 ? [...text.querySelectorAll("tspan")] : [text];
              return lines
                .filter((line) => (line.textContent ?? "").trim() !== "")
                .map((line) => {
                  const r = line.getBoundingClientRect();
                  const top = r.top + (r.height - fontSize) / 2;
                  return { owner, label: (line.textContent ?? "").trim(), left: r.left, right: r.right, top, bottom: top + fontSize };
                });
            });
          for (let a = 0; a < boxes.length; a++) {
            for (let b = a + 1; b < boxes.length; b++) {
              const p = boxes[a]!;
              const q = boxes[b]!;
              if (p.owner === q.owner) continue;
              const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
              const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
              if (x > 0.5 && y > 0.5) found.push(`${drawings[i]!.name}: "${p.label}" × "${q.label}" (${x.toFixed(1)}×${y.toFixed(1)} px)`);
            }
          }
        });
        return found;
      }, drawings);
      expect(collisions).toEqual([]);
    });
  }
});
