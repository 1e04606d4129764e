/**
 * Chart test helpers: loads a chart's data from the frozen copy of data/ (fixture-data.ts), draws
 * a chart from the registry with a jsdom document, normalises the SVG (one tag per line, numbers
 * rounded) so that committed snapshots diff readably, and registers the snapshot tests every
 * chart runs. A drawing that differs from its snapshot is also written beside it as
 * <name>-changed.svg (gitignored), to be looked at in a browser.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { expect, it } from "vitest";
import type { AnyChart, ChartDefinition } from "../../src/charts/chart.ts";
import { WIDTHS, widthFor } from "../../src/charts/shared/widths.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import type { Tables } from "../../src/data/load-tables.ts";
import { fixtureData } from "./fixture-data.ts";

const { document } = new JSDOM("").window;

export function normaliseSvg(markup: string): string {
  return `${markup.replace(/(\d+\.\d{3})\d+/g, "$1").replace(/>\s*</g, ">\n<")}\n`;
}

/** Draws `chart` in the named state, as the build does, and normalises the markup. */
export function drawChart(chart: AnyChart, data: unknown, width: number, locale: string, state = chart.summary): string {
  return normaliseSvg(chart.build(data, { width, locale, document, state: chart.states[state] }).outerHTML);
}

/** The frozen dataset and what `chart` selects from it, as the build would; for a test file's beforeAll. */
export function loadChart<D, S>(chart: ChartDefinition<D, S>): { dataset: Dataset; tables: Tables; data: D } {
  const dataset = fixtureData();
  return { dataset, tables: dataset.tables, data: chart.select(dataset) };
}

/** Every state at both widths in English, and the summary at both widths in Spanish (es-SV). */
export function drawCases(chart: AnyChart): [state: string, width: number, locale: string][] {
  return [
    ...Object.keys(chart.states).flatMap((state) => Object.values(WIDTHS).map((width): [string, number, string] => [state, width, "en"])),
    ...Object.values(WIDTHS).map((width): [string, number, string] => [chart.summary, width, "es-SV"]),
  ];
}

/** Fails unless the chart fits the sticky graphic of a scrolly section: 360 px high on phones, 440 px wide. */
export function expectFitsStickyGraphic(svg: string, width: number): void {
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  expect(height).toBeLessThanOrEqual(widthFor(width) === "narrow" ? 360 : 440);
}

/**
 * Registers one test per draw case: the chart, drawn as the build draws it, carries its width and
 * class, passes `check` and matches its committed __snapshots__/<name>.svg, where the name is
 * `<chart-id>.<state>.w<width>.<locale>` unless `name` says otherwise. `data` is read when the
 * test runs, after beforeAll has loaded it.
 */
export function itMatchesSnapshots<D, S>(
  chart: ChartDefinition<D, S>,
  data: D,
  options: { check?: (svg: string, width: number) => void; name?: (state: string, width: number, locale: string) => string } = {},
): void {
  it.each(drawCases(chart))("draws %s at width %i in %s like its snapshot", async (state, width, locale) => {
    const svg = drawChart(chart, data, width, locale, state);
    expect(svg).toContain(`width="${width}"`);
    expect(svg).toContain(`class="chart-${chart.id}"`);
    options.check?.(svg, width);
    const name = options.name?.(state, width, locale) ?? `${chart.id}.${state}.w${width}.${locale}`;
    const snapshot = new URL(`__snapshots__/${name}.svg`, import.meta.url);
    const changed = new URL(`__snapshots__/${name}-changed.svg`, import.meta.url);
    if (existsSync(snapshot) && readFileSync(snapshot, "utf8") !== svg) writeFileSync(changed, svg);
    else rmSync(changed, { force: true });
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });
}
