/**
 * Every chart of the site by its permanent id: its words (title, subtitle, note), how it picks
 * its data from the tables, how it draws, how it describes itself and its data table. Pages,
 * and later embeds and downloads, all go through this registry, so a chart is defined once.
 */
import type { Tables } from "../data/load-tables.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import {
  describeHomicideRates,
  homicideRates,
  selectHomicideRates,
  type HomicideLine,
} from "./homicide-rates.ts";

export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ChartDefinition<D> {
  id: string;
  title: string;
  subtitle: string;
  /** Caveats readers need beside the chart. */
  note?: string;
  select(tables: Tables): D;
  build(data: D, options: ChartOptions): SVGSVGElement;
  describe(data: D, locale: string): string;
  table(data: D, locale: string): DataTable;
  /** The source ids behind the data actually drawn. */
  sources(data: D): string[];
}

function define<D>(chart: ChartDefinition<D>): ChartDefinition<D> {
  return chart;
}

const homicideRatesChart = define<HomicideLine[]>({
  id: "homicide-rates",
  title: "El Salvador's recorded homicide rate fell below its neighbours'",
  subtitle: "Intentional homicides per 100,000 people",
  note:
    "UNODC figures for El Salvador end in 2022. The government's figures since 2019 leave out people killed by security forces, bodies found in clandestine graves and deaths in custody.",
  select: (tables) => selectHomicideRates(tables.homicideRates.rows, tables.countries.rows),
  build: homicideRates,
  describe: describeHomicideRates,
  table(lines, locale) {
    const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
    const heading = (l: HomicideLine) => (l.series === "official" ? `${l.name} (government)` : `${l.name} (UNODC)`);
    return {
      caption: "Homicides per 100,000 people by year; a dash means no figure.",
      columns: ["Year", ...lines.map(heading)],
      rows: years.map((year) => [
        String(year),
        ...lines.map((l) => {
          const point = l.points.find((p) => p.year === year);
          return point ? formatNumber(point.rate, locale) : "–";
        }),
      ]),
    };
  },
  sources: (lines) => [...new Set(lines.flatMap((l) => l.points.map((p) => p.source_id)))],
});

export const charts = {
  "homicide-rates": homicideRatesChart,
} as const;

export type ChartId = keyof typeof charts;
