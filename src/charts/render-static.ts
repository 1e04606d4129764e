/**
 * Node-only: draws a chart at build time into SVG markup, so every chart is in the HTML and
 * reads without JavaScript. One jsdom document serves every chart of a build.
 */
import { JSDOM } from "jsdom";
import type { AnyChart } from "./chart.ts";
import { asAccessibleImage, type SvgLabels } from "./shared/accessible-svg.ts";

const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;

/**
 * The two widths every page draws a chart at (ChartLayers.astro): the narrow drawing serves
 * columns up to its breakpoint, the wide one everything above it.
 */
export const DRAWING_WIDTHS = { narrow: 340, wide: 720 } as const;

export interface StaticSvgOptions extends SvgLabels {
  width: number;
  locale: string;
  /** A state name from chart.states. */
  state: string;
}

/** A drawing's markup and the size it is drawn at, which fixes its shape at any width. */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

export function renderDrawing(chart: AnyChart, data: unknown, options: StaticSvgOptions): Drawing {
  const state = chart.states[options.state];
  if (state === undefined) throw new Error(`chart ${chart.id} has no state "${options.state}"`);
  const svg = asAccessibleImage(chart.build(data, { width: options.width, locale: options.locale, document, state }), options);
  return { svg: svg.outerHTML, width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}

export function renderSvg(chart: AnyChart, data: unknown, options: StaticSvgOptions): string {
  return renderDrawing(chart, data, options).svg;
}
