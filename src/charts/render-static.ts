/**
 * Node-only: draws a chart at build time into SVG markup, so every chart is in the HTML and
 * reads without JavaScript. One jsdom document serves every chart of a build.
 */
import { JSDOM } from "jsdom";
import type { ChartDefinition } from "./registry.ts";
import { asAccessibleImage, type SvgLabels } from "./shared/accessible-svg.ts";

const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;

export interface StaticSvgOptions extends SvgLabels {
  width: number;
  locale: string;
}

export function renderSvg<D>(chart: ChartDefinition<D>, data: D, options: StaticSvgOptions): string {
  const svg = chart.build(data, { width: options.width, locale: options.locale, document });
  return asAccessibleImage(svg, options).outerHTML;
}
