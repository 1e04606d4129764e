/**
 * Node-only: draws a chart at build time into SVG markup, so every chart is in the HTML and
 * reads without JavaScript. One jsdom document serves every chart of a build.
 */
import { JSDOM } from "jsdom";
import type { AnyChart } from "./chart.ts";
import { asAccessibleImage, type SvgLabels } from "./shared/accessible-svg.ts";
import { formatSvg, type OutputOptions } from "./shared/svg-output.ts";

const { document, XMLSerializer } = new JSDOM("<!doctype html><html><body></body></html>").window;

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

function draw(chart: AnyChart, data: unknown, options: StaticSvgOptions): SVGSVGElement {
  const state = chart.states[options.state];
  if (state === undefined) throw new Error(`chart ${chart.id} has no state "${options.state}"`);
  const drawn = chart.build(data, { width: options.width, locale: options.locale, document, state });
  return formatSvg(asAccessibleImage(drawn, options), { pageCss: options.pageCss ?? false });
}

export function renderDrawing(chart: AnyChart, data: unknown, options: StaticSvgOptions): Drawing {
  const svg = draw(chart, data, options);
  return { svg: svg.outerHTML, width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}

/**
 * Every state of a chart at one width as one SVG document, for src/scrolly/layers.ts to fetch
 * and import: a root <svg> holding each state's drawing, marked data-state. It is serialised as
 * XML (the browser parses it as image/svg+xml), so any text the charts carry stays well formed.
 */
export function renderStatesFile(chart: AnyChart, data: unknown, options: Omit<StaticSvgOptions, "state">): string {
  const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  for (const state of Object.keys(chart.states)) {
    const svg = draw(chart, data, { ...options, state });
    svg.setAttribute("data-state", state);
    root.append(svg);
  }
  return new XMLSerializer().serializeToString(root);
}

export function renderSvg(chart: AnyChart, data: unknown, options: StaticSvgOptions): string {
  return renderDrawing(chart, data, options).svg;
}
