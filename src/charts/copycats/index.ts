/**
 * Chart "copycats": small multiples of homicide rates since 2015 in Honduras and Ecuador, which
 * copied El Salvador's crackdown, in Guatemala, Mexico and Colombia, and in El Salvador for
 * reference. UNODC lines up to their last year, then each country's preferred later figure as a
 * hollow dot; the start of Honduras' state of exception and of Ecuador's internal armed conflict
 * are marked in their panels. Owns its data choice, states and drawing; its words are in
 * src/i18n/<lang>/charts/copycats.ts. Pure. This file draws the panels; the data, key, labels and
 * words are each in their own file beside it.
 */
import * as Plot from "@observablehq/plot";
import { countryName } from "../../i18n/names.ts";
import { colour } from "../../styles/palette.ts";
import { defineChart, type ChartWords } from "../chart.ts";
import { FOCUS_COUNTRY } from "../../charts/shared/focus.ts";
import { withYearGaps } from "../../charts/shared/homicide-annotations.ts";
import { formatNumber, type ChartOptions } from "../../charts/shared/options.ts";
import { plotFrame, valueAxis, yearAxis, zeroRule } from "../../charts/shared/plot-frame.ts";
import { widthFor } from "../../charts/shared/widths.ts";
import { COPYCATS_FIRST_YEAR, type CopycatPanel, type CopycatPoint, type CopycatsState, selectCopycats } from "./data.ts";
import { describeCopycats } from "./describe.ts";
import { drawKey, publisher, SYMBOLS } from "./key.ts";
import { placeLabels } from "./labels.ts";

/** The homicide-rate small multiples in one state, as an SVG element. */
export function copycats(panels: readonly CopycatPanel[], options: ChartOptions & ChartWords & { state: CopycatsState }): SVGSVGElement {
  const { width, locale, document, state } = options;
  const { t } = options;
  const f = (n: number) => formatNumber(n, locale);
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 3;
  const columns = narrow ? 2 : 3;
  const rowCount = Math.ceil(panels.length / columns);
  const height = narrow ? 360 : 420;
  // The top margin holds the key.
  const margin = { top: lineHeight + 12, right: 12, bottom: 24, left: 32 };
  const padding = { x: 0.12, y: 0.14 };
  const all = panels.flatMap((p) => [...p.unodc, ...p.later]);
  const lastYear = Math.max(...all.map((p) => p.year));
  const yMax = Math.ceil(Math.max(...all.map((p) => p.rate)) / 20) * 20;

  // The panels are the bands of Plot's own facet scales, made here with the options the plot
  // gets, so that labels are fitted to the panel Plot will draw.
  const fx = { axis: null, paddingInner: padding.x, paddingOuter: 0, domain: Array.from({ length: columns }, (_, i) => i) };
  const fy = { axis: null, paddingInner: padding.y, paddingOuter: 0, domain: Array.from({ length: rowCount }, (_, i) => i) };
  const facetWidth = Plot.scale({ fx: { ...fx, range: [margin.left, width - margin.right] } }).bandwidth!;
  const facetHeight = Plot.scale({ fy: { ...fy, range: [margin.top, height - margin.bottom] } }).bandwidth!;
  const pxPerYear = facetWidth / (lastYear - COPYCATS_FIRST_YEAR);
  const pxPerUnit = facetHeight / yMax;

  const place = panels.map((panel, i) => ({ panel, col: i % columns, row: Math.floor(i / columns) }));
  const facet = (iso3: string) => {
    const p = place.find((q) => q.panel.iso3 === iso3)!;
    return { col: p.col, row: p.row };
  };
  const stroke = (iso3: string) => (iso3 === FOCUS_COUNTRY ? colour("red") : colour("navy"));
  const opacity = (iso3: string) => (state.focus === null || state.focus === iso3 ? 1 : 0.25);

  const unodcPoints = panels.flatMap((panel) => withYearGaps(panel.unodc).map((p) => ({ ...p, ...facet(panel.iso3) })));
  const laterPoints = panels.flatMap((panel) => panel.later.map((p) => ({ ...p, ...facet(panel.iso3) })));
  const { laterValues, firstValues, lastValues, eventMarks } = placeLabels(panels, state, options, { fontSize, lineHeight, pxPerYear, pxPerUnit, yMax, facet });

  const text = colour("text");
  const halo = { stroke: colour("background"), strokeWidth: 3, paintOrder: "stroke" } as const;
  // Both lines of a panel, UNODC's and the later figures', in its colour and at its opacity.
  const panelLine = {
    x: "year",
    y: "rate",
    z: "iso3",
    fx: "col",
    fy: "row",
    stroke: (d: CopycatPoint) => stroke(d.iso3),
    strokeOpacity: (d: CopycatPoint) => opacity(d.iso3),
  } as const;

  const svg = Plot.plot({
    ...plotFrame(options, "chart-copycats", { height, margin, fontSize }),
    fx,
    fy,
    x: yearAxis(
      [COPYCATS_FIRST_YEAR, lastYear],
      (narrow ? [2016, 2020, 2024] : [2015, 2018, 2021, 2024]).filter((y) => y <= lastYear),
    ),
    y: valueAxis(
      yMax,
      [0, 50, 100].filter((t) => t <= yMax),
      locale,
    ),
    marks: [
      zeroRule(),
      Plot.ruleX(eventMarks, {
        x: "x",
        y1: 0,
        y2: "top",
        fx: "col",
        fy: "row",
        stroke: colour("muted"),
        strokeDasharray: "2 2",
        strokeOpacity: (d: (typeof eventMarks)[number]) => opacity(d.iso3),
      }),
      Plot.line(unodcPoints, { ...panelLine, strokeWidth: 2, curve: "linear", className: "series-line" }),
      Plot.line(laterPoints, { ...panelLine, strokeWidth: 1.5, strokeDasharray: "3 3" }),
      Plot.dot(laterPoints, {
        x: "year",
        y: "rate",
        fx: "col",
        fy: "row",
        r: 3.5,
        symbol: (d: CopycatPoint) => SYMBOLS[d.series] ?? "circle",
        fill: colour("background"),
        stroke: (d: CopycatPoint) => stroke(d.iso3),
        strokeOpacity: (d: CopycatPoint) => opacity(d.iso3),
        strokeWidth: 1.5,
      }),
      Plot.text(laterValues, {
        x: "year",
        y: "rate",
        fx: "col",
        fy: "row",
        text: (d: CopycatPoint) => f(d.rate),
        dy: -10,
        fill: text,
        fillOpacity: (d: CopycatPoint) => opacity(d.iso3),
        ...halo,
        ariaHidden: "true",
      }),
      Plot.text(firstValues, {
        x: "year",
        y: "rate",
        fx: "col",
        fy: "row",
        text: (d: CopycatPoint) => f(d.rate),
        textAnchor: "start",
        dx: 4,
        dy: -10,
        fill: text,
        ...halo,
        ariaHidden: "true",
      }),
      Plot.text(lastValues, {
        x: "year",
        y: (d: (typeof lastValues)[number]) => d.rate - d.dy / pxPerUnit,
        fx: "col",
        fy: "row",
        text: (d: CopycatPoint) => f(d.rate),
        textAnchor: "end",
        dx: -5,
        fill: text,
        ...halo,
        ariaHidden: "true",
      }),
      Plot.text(eventMarks, {
        x: "x",
        y: "y",
        fx: "col",
        fy: "row",
        text: "text",
        textAnchor: "end",
        dx: -4,
        lineHeight: lineHeight / fontSize,
        fill: text,
        fillOpacity: (d: (typeof eventMarks)[number]) => opacity(d.iso3),
        ...halo,
        ariaHidden: "true",
      }),
      Plot.text(place, {
        fx: "col",
        fy: "row",
        frameAnchor: "top-right",
        text: (d: (typeof place)[number]) => countryName(d.panel, locale),
        fontWeight: 700,
        fill: text,
        fillOpacity: (d: (typeof place)[number]) => opacity(d.panel.iso3),
        ariaHidden: "true",
      }),
    ],
  }) as SVGSVGElement;
  svg.append(drawKey(document, laterPoints, { x: 2, y: lineHeight / 2 + 2, fontSize, stroke: colour("muted"), fill: colour("background"), short: narrow, t }));
  return svg;
}

export const copycatsChart = defineChart<CopycatPanel[], CopycatsState>({
  id: "copycats",
  place: { section: "the-copycats" },
  cards: ["the-copycats"],
  states: {
    all: { focus: null },
    honduras: { focus: "HND" },
    ecuador: { focus: "ECU" },
  },
  summary: "all",
  select: ({ tables }) => selectCopycats(tables.homicideRates.rows, tables.countries.rows, tables.timeline.rows),
  build: copycats,
  describe: describeCopycats,
  table(panels, { locale, t }) {
    return {
      caption: t("copycats.table.caption"),
      columns: [t("copycats.table.country"), t("copycats.table.year"), t("copycats.table.unodc"), t("copycats.table.later"), t("copycats.table.later-by")],
      rows: panels.flatMap((panel) => {
        const years = [...new Set([...panel.unodc, ...panel.later].map((p) => p.year))].sort((a, b) => a - b);
        return years.map((year) => {
          const unodc = panel.unodc.find((p) => p.year === year);
          const later = panel.later.find((p) => p.year === year);
          return [
            countryName(panel, locale),
            String(year),
            unodc ? formatNumber(unodc.rate, locale) : "–",
            later ? formatNumber(later.rate, locale) : "–",
            later ? publisher(later.series, t) : "–",
          ];
        });
      }),
    };
  },
  sources: (panels) => [...new Set(panels.flatMap((p) => [...p.unodc, ...p.later].map((q) => q.source_id).concat(p.event?.source_ids ?? [])))],
});
