/**
 * Chart snapshot helpers: draws a chart from the registry with a jsdom document and normalises
 * the SVG (one tag per line, numbers rounded) so that committed snapshots diff readably.
 */
import { JSDOM } from "jsdom";
import type { ChartDefinition } from "../../src/charts/registry.ts";

const { document } = new JSDOM("").window;

export function normaliseSvg(markup: string): string {
  return `${markup
    .replace(/(\d+\.\d{3})\d+/g, "$1")
    .replace(/>\s*</g, ">\n<")}\n`;
}

export function drawChart<D>(chart: ChartDefinition<D>, data: D, width: number, locale: string): string {
  return normaliseSvg(chart.build(data, { width, locale, document }).outerHTML);
}
