/**
 * Chart "civic-space": the events that changed what El Salvador's press and human-rights groups
 * can do (spyware, a newspaper's move abroad, arrests, the Foreign Agents Law, exile), as a
 * vertical timeline drawn with D3, time running down. Pure: data and options in, an SVG element
 * out, in Node (build) or the browser.
 */
import { scaleUtc, utcYear } from "d3";
import type { Dataset } from "../data/dataset.ts";
import { eventTitle } from "../i18n/names.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { columnFontSize, datedEvent, drawEventColumn, markerPath, type DatedEvent } from "./shared/event-timeline.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { svgFrame } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";
import { wrapLines } from "./shared/text-metrics.ts";
import { formatPartialDate } from "./shared/date-words.ts";

/** The civic-space events of the timeline, in date order. */
export function selectCivicSpaceEvents({ tables }: Dataset): DatedEvent[] {
  return tables.timeline.rows
    .filter((r) => r.category === "civic-space")
    .map(datedEvent)
    .filter((e): e is DatedEvent => e !== undefined)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

/** The timeline as an SVG element: one column of events at every width, the labels wider when there is room. */
export function civicSpace(events: readonly DatedEvent[], options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const height = narrow ? 340 : 320;
  const fontSize = narrow ? 11 : 12;
  const markerRadius = narrow ? 4 : 4.5;
  const root = svgFrame(options, "chart-civic-space", { height, fontSize });

  const keyY = 10;
  const axisTop = 30;
  const axisBottom = height - 8;
  const first = utcYear.floor(events[0]!.start);
  const last = utcYear.ceil(events.reduce((end, e) => (e.end > end ? e.end : end), events[0]!.end));
  const y = scaleUtc().domain([first, last]).range([axisTop, axisBottom]);
  const axisX = narrow ? 34 : 44;
  const textX = axisX + 18;
  // Wide, labels stop short of the full width so that the leader lines stay short enough to follow.
  const labelWidth = Math.min(width - textX - 4, 420);

  const axis = root.append("g").attr("class", "axis").attr("aria-hidden", "true");
  axis.append("line").attr("x1", axisX).attr("x2", axisX).attr("y1", axisTop).attr("y2", axisBottom).attr("stroke", colour("rule"));
  for (const year of utcYear.range(first, last)) {
    axis
      .append("line")
      .attr("x1", axisX - 4)
      .attr("x2", axisX)
      .attr("y1", y(year))
      .attr("y2", y(year))
      .attr("stroke", colour("muted"));
    axis
      .append("text")
      .attr("x", axisX - 6)
      .attr("y", y(year))
      .attr("dy", "0.32em")
      .attr("text-anchor", "end")
      .attr("fill", colour("muted"))
      .text(String(year.getUTCFullYear()));
  }

  const key = root.append("g").attr("class", "key").attr("aria-hidden", "true").attr("transform", `translate(1,${keyY})`);
  key
    .append("path")
    .attr("d", markerPath("circle", markerRadius))
    .attr("transform", `translate(${markerRadius},0)`)
    .attr("fill", colour("background"))
    .attr("stroke", colour("muted"))
    .attr("stroke-width", 1.5);
  key
    .append("text")
    .attr("x", markerRadius * 2 + 4)
    .attr("dy", "0.32em")
    .text(t("civic-space.key.hollow"));

  const titles = events.map((event) => eventTitle(event, locale));
  const bounds: [number, number] = [axisTop - 6, height];
  const gap = narrow ? 4 : 6;
  const labelSize = columnFontSize(titles, labelWidth, bounds[1] - bounds[0], gap, fontSize);
  drawEventColumn(
    root
      .append("g")
      .attr("class", "events")
      .attr("font-size", labelSize === fontSize ? null : labelSize),
    events.map((event, i) => ({
      event,
      y: y(event.start),
      yEnd: y(event.end),
      lines: wrapLines(titles[i]!, labelWidth, labelSize),
      colour: colour("navy"),
      shape: "circle",
      strong: false,
      faint: false,
    })),
    { axisX, textX, side: "right", fontSize: labelSize, lineHeight: labelSize + 2, bounds, gap, markerRadius },
  );
  return root.node()!;
}

/** A plain-language account of the timeline. */
export function describeCivicSpace(events: readonly DatedEvent[], { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const lastYear = last.start.getUTCFullYear();
  const inLastYear = events.filter((e) => e.start.getUTCFullYear() === lastYear).length;
  return [
    t("civic-space.describe.events", {
      count: f(events.length),
      firstTitle: eventTitle(first, locale),
      first: formatPartialDate(first.date, locale),
      lastTitle: eventTitle(last, locale),
      last: formatPartialDate(last.date, locale),
    }),
    t("civic-space.describe.last-year", { count: f(inLastYear), year: String(lastYear) }),
    t("civic-space.describe.caveats"),
  ].join(" ");
}

export const civicSpaceChart = defineChart<DatedEvent[], Record<string, never>>({
  id: "civic-space",
  place: { section: "sources-and-method" },
  states: { all: {} },
  summary: "all",
  select: selectCivicSpaceEvents,
  build: civicSpace,
  describe: describeCivicSpace,
  table(events, { locale, t }) {
    return {
      caption: t("civic-space.table.caption"),
      columns: [t("civic-space.table.date"), t("civic-space.table.event")],
      rows: events.map((e) => [formatPartialDate(e.date, locale), eventTitle(e, locale)]),
    };
  },
  sources: (events) => [...new Set(events.flatMap((e) => e.source_ids))],
});
