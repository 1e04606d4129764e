/**
 * Node-only: draws a chart at build time into SVG markup, so every chart is in the HTML and
 * reads without JavaScript. One jsdom document serves every chart of a build.
 */
import { JSDOM } from "jsdom";
import type { AnyChart } from "./chart.ts";
import { asAccessibleImage, type SvgLabels } from "./shared/accessible-svg.ts";
import { formatSvg, type OutputOptions } from "./shared/svg-output.ts";

const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;

export interface StaticSvgOptions extends SvgLabels, Partial<OutputOptions> {
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
  const drawn = chart.build(data, { width: options.width, locale: options.locale, document, state });
  const svg = formatSvg(asAccessibleImage(drawn, options), { colourClasses: options.colourClasses ?? false });
  return { svg: svg.outerHTML, width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}

export function renderSvg(chart: AnyChart, data: unknown, options: StaticSvgOptions): string {
  return renderDrawing(chart, data, options).svg;
}
