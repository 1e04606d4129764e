/**
 * The last pass over a drawn chart before it is written out: formatting only, never what is
 * drawn. Coordinates are rounded to 0.1 px (D3 and Plot write 14-digit decimals, a tenth of a
 * pixel is below what any screen shows); Plot's font-variant attribute, which SVG does not
 * accept as "tabular-nums", becomes the CSS property it means; and, for drawings that go into
 * our own pages, colours become classes (chartColourCss in src/styles/palette.ts) instead of the
 * same var(--x, #hex) written on every mark, and the <style> Plot writes into every drawing is
 * left out for DRAWING_CSS, which those pages carry once.
 */
import { colourClass } from "../../styles/palette.ts";

const GEOMETRY = ["d", "points", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "width", "height"];
const DECIMAL = /-?(?:\d+\.\d+|\.\d+)(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/gi;
const PAINTED = ["fill", "stroke"] as const;

/** A number written with at most one decimal, without a trailing ".0" or a "-0". */
export function roundNumbers(value: string): string {
  return value.replace(DECIMAL, (n) => String(Math.round(Number(n) * 10) / 10 || 0));
}

export interface OutputOptions {
  /** Whether the drawing goes into a page that carries chartColourCss and DRAWING_CSS. */
  pageCss: boolean;
}

/**
 * What Plot's own <style> says of each drawing, for every drawing of a page at once (Plot's
 * `height: intrinsic` served only Safari versions older than any we support). No drawing uses
 * Plot's --plot-background.
 */
export const DRAWING_CSS =
  ':where(svg[class^="chart-"]){display:block;height:auto;max-width:100%}:where(svg[class^="chart-"]) :is(text,tspan){white-space:pre}';

/** Plot's <style>, which begins with its class's :where() rule. */
const isPlotStyle = (element: Element) => element.tagName === "style" && element.textContent?.startsWith(":where(.") === true;

export function formatSvg(svg: SVGSVGElement, { pageCss }: OutputOptions): SVGSVGElement {
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, roundNumbers(value));
    }
    if (element.getAttribute("font-variant") === "tabular-nums") {
      element.removeAttribute("font-variant");
      const style = element.getAttribute("style");
      element.setAttribute("style", `${style ? `${style.replace(/;?\s*$/, ";")}` : ""}font-variant-numeric:tabular-nums`);
    }
    if (!pageCss) continue;
    if (isPlotStyle(element)) {
      element.remove();
      continue;
    }
    for (const paint of PAINTED) {
      const className = colourClass(paint, element.getAttribute(paint) ?? "");
      if (!className) continue;
      element.removeAttribute(paint);
      element.classList.add(className);
    }
  }
  return svg;
}
