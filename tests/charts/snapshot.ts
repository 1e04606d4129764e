/**
 * Chart snapshot helpers: draws a chart from the registry with a jsdom document and normalises
 * the SVG (one tag per line, numbers rounded) so that committed snapshots diff readably.
 */
import { JSDOM } from "jsdom";
import type { AnyChart } from "../../src/charts/chart.ts";

const { document } = new JSDOM("").window;

export function normaliseSvg(markup: string): string {
  return `${markup
    .replace(/(\d+\.\d{3})\d+/g, "$1")
    .replace(/>\s*</g, ">\n<")}\n`;
}

/** Draws `chart` in the named state, as the build does, and normalises the markup. */
export function drawChart(chart: AnyChart, data: unknown, width: number, locale: string, state = chart.summary): string {
  return normaliseSvg(chart.build(data, { width, locale, document, state: chart.states[state] }).outerHTML);
}
