/**
 * Every chart of the site by its permanent id. Pages, embeds and downloads all look charts up
 * here, so each chart is defined once, in its own module.
 */
import type { AnyChart } from "./chart.ts";
import { homicideRatesChart } from "./homicide-rates.ts";

export const charts = {
  "homicide-rates": homicideRatesChart,
} satisfies Record<string, AnyChart>;

export type ChartId = keyof typeof charts;

export function chartById(id: string): AnyChart | undefined {
  return (charts as Record<string, AnyChart>)[id];
}
