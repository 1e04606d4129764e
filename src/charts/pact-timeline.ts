/**
 * Chart "pact-timeline": the gang truce of 2012, the reported talks between Bukele's officials
 * and the gangs, the killings of March 2022 and the US cases and sanctions that allege a pact,
 * as a vertical timeline (time running down) drawn with D3. Pure: data and options in, an SVG
 * element out, in Node (build) or the browser.
 */
import { scaleUtc, utcYear } from "d3";
import type { Dataset } from "../data/dataset.ts";
import type { Row } from "../data/load-tables.ts";
import { eventTitle } from "../i18n/names.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { columnFontSize, datedEvent, drawEventColumn, markerPath, type ColumnEvent, type DatedEvent } from "./shared/event-timeline.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { svgFrame } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth, wrapLines } from "./shared/text-metrics.ts";
import { formatPartialDate } from "./shared/date-words.ts";

const CATEGORIES = ["pact", "us-justice", "us-policy"] as const;
/** Events outside those categories that the story of the talks cannot do without: the killings that ended them, and the trial of the 2012 truce that ran beside them. */
const EXTRA_EVENTS = ["march-2022-killings", "state-of-exception-declared", "truce-convictions"] as const;
const FIRST_YEAR = 2012;

export type PactSide = "us" | "slv";

export interface PactEvent extends DatedEvent {
  side: PactSide;
}

/**
 * What a state brings forward: the events of a span of years, a list of events, or every event
 * at equal weight. The others stay in place, faint, so the axis never moves between states.
 */
export interface PactTimelineState {
  highlight: { years: [number, number] } | { ids: readonly string[] } | "all";
}

const SIDE_NAME: Record<PactSide, WordKey> = { us: "pact-timeline.side.us", slv: "pact-timeline.side.slv" };
const SIDE_COLOUR: Record<PactSide, string> = { us: colour("navy"), slv: colour("ochre") };

const CATEGORY_NAME: Partial<Record<Row<"timeline">["category"], WordKey>> = {
  pact: "pact-timeline.category.pact",
  "us-justice": "pact-timeline.category.us-justice",
  "us-policy": "pact-timeline.category.us-policy",
  violence: "pact-timeline.category.violence",
  policy: "pact-timeline.category.policy",
};

function categoryName(event: PactEvent, t: Translate): string {
  const key = CATEGORY_NAME[event.category];
  return key === undefined ? event.category : t(key);
}

/** The truce, talks and US-action events since 2012, in date order, sides assigned. */
export function selectPactEvents({ tables }: Dataset): PactEvent[] {
  const wanted = (r: Row<"timeline">) => (CATEGORIES as readonly string[]).includes(r.category) || (EXTRA_EVENTS as readonly string[]).includes(r.id);
  return tables.timeline.rows
    .filter(wanted)
    .map(datedEvent)
    .filter((e): e is DatedEvent => e !== undefined && e.start.getUTCFullYear() >= FIRST_YEAR)
    .map((e) => ({ ...e, side: e.category === "us-justice" || e.category === "us-policy" ? ("us" as const) : ("slv" as const) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

function isHighlighted(event: PactEvent, state: PactTimelineState): boolean {
  const { highlight } = state;
  if (highlight === "all") return false;
  if ("ids" in highlight) return highlight.ids.includes(event.id);
  const year = event.start.getUTCFullYear();
  return year >= highlight.years[0] && year <= highlight.years[1];
}

/** The timeline as an SVG element: one column on phones, El Salvador and the US facing each other when wide. */
export function pactTimeline(events: readonly PactEvent[], options: ChartOptions & ChartWords & { state: PactTimelineState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const sideName = (side: PactSide) => t(SIDE_NAME[side]);
  const narrow = widthFor(width) === "narrow";
  const height = narrow ? 360 : 440;
  const fontSize = narrow ? 11 : 12;
  const markerRadius = narrow ? 4 : 4.5;
  const root = svgFrame(options, "chart-pact-timeline", { height, fontSize });

  const keyY = 12;
  const axisTop = narrow ? 30 : 34;
  const axisBottom = narrow ? height - 6 : height - 26;
  const first = utcYear.floor(events[0]!.start);
  const last = utcYear.ceil(events.reduce((end, e) => (e.end > end ? e.end : end), events[0]!.end));
  const y = scaleUtc().domain([first, last]).range([axisTop, axisBottom]);
  const years = utcYear.range(first, last);

  // Columns: on phones one axis with the year beside it; wide, the years run down the middle
  // between a US axis on the left and a Salvadoran one on the right.
  const centre = width / 2;
  const axisX: Record<PactSide, number> = narrow ? { us: 34, slv: 34 } : { us: centre - 24, slv: centre + 24 };
  const textX: Record<PactSide, number> = narrow ? { us: 52, slv: 52 } : { us: centre - 50, slv: centre + 50 };
  const labelWidth = narrow ? width - 52 - 4 : centre - 50 - 4;

  const axis = root.append("g").attr("class", "axis").attr("aria-hidden", "true");
  for (const x of new Set(Object.values(axisX))) {
    axis.append("line").attr("x1", x).attr("x2", x).attr("y1", axisTop).attr("y2", axisBottom).attr("stroke", colour("rule"));
  }
  for (const year of years) {
    const yy = y(year);
    if (narrow) {
      axis.append("line").attr("x1", 30).attr("x2", 34).attr("y1", yy).attr("y2", yy).attr("stroke", colour("muted"));
    } else {
      for (const [x1, x2] of [
        [axisX.us, centre - 16],
        [centre + 16, axisX.slv],
      ] as const) {
        axis.append("line").attr("x1", x1).attr("x2", x2).attr("y1", yy).attr("y2", yy).attr("stroke", colour("muted"));
      }
    }
    axis
      .append("text")
      .attr("x", narrow ? 28 : centre)
      .attr("y", yy)
      .attr("dy", "0.32em")
      .attr("text-anchor", narrow ? "end" : "middle")
      .attr("fill", colour("muted"))
      .text(String(year.getUTCFullYear()));
  }

  const key = root.append("g").attr("class", "key").attr("aria-hidden", "true");
  const keyItem = (x: number, keyRow: number, anchor: "start" | "end", label: string, fill: string, stroke: string) => {
    const g = key.append("g").attr("transform", `translate(${x},${keyRow})`);
    const markerX = anchor === "start" ? markerRadius : -markerRadius;
    g.append("path")
      .attr("d", markerPath("circle", markerRadius))
      .attr("transform", `translate(${markerX},0)`)
      .attr("fill", fill)
      .attr("stroke", stroke)
      .attr("stroke-width", 1.5);
    g.append("text")
      .attr("x", anchor === "start" ? markerRadius * 2 + 4 : -markerRadius * 2 - 4)
      .attr("dy", "0.32em")
      .attr("text-anchor", anchor)
      .text(label);
  };
  const hollowLabel = t("pact-timeline.key.hollow");
  if (narrow) {
    keyItem(1, keyY, "start", sideName("slv"), SIDE_COLOUR.slv, SIDE_COLOUR.slv);
    const next = 1 + markerRadius * 2 + 4 + textWidth(sideName("slv"), fontSize) + 10;
    keyItem(next, keyY, "start", sideName("us"), SIDE_COLOUR.us, SIDE_COLOUR.us);
    keyItem(width - 2, keyY, "end", hollowLabel, colour("background"), colour("muted"));
  } else {
    // Wide, each column's heading names its country, so only hollow markers need a key.
    key.append("text").attr("x", textX.us).attr("y", keyY).attr("dy", "0.32em").attr("text-anchor", "end").attr("font-weight", 700).text(sideName("us"));
    key.append("text").attr("x", textX.slv).attr("y", keyY).attr("dy", "0.32em").attr("font-weight", 700).text(sideName("slv"));
    keyItem(1, height - 8, "start", hollowLabel, colour("background"), colour("muted"));
  }

  const anyHighlight = state.highlight !== "all";
  const sides: PactSide[][] = narrow ? [["slv", "us"]] : [["us"], ["slv"]];
  const bounds: [number, number] = [axisTop - 8, narrow ? height : axisBottom + 8];
  const gap = narrow ? 2 : 5;
  for (const group of sides) {
    const side = group[0]!;
    const members = events.filter((e) => group.includes(e.side)).map((event) => ({ event, title: eventTitle(event, locale) }));
    // Wrapping as if bold keeps the layout identical whichever events a state highlights.
    const labelSize = columnFontSize(
      members.map((m) => m.title),
      labelWidth,
      bounds[1] - bounds[0],
      gap,
      fontSize,
      true,
    );
    const column: ColumnEvent[] = members.map(({ event, title }) => {
      const strong = isHighlighted(event, state);
      return {
        event,
        y: y(event.start),
        yEnd: y(event.end),
        lines: wrapLines(title, labelWidth, labelSize, true),
        colour: SIDE_COLOUR[event.side],
        shape: "circle",
        strong,
        faint: anyHighlight && !strong,
      };
    });
    const g = root
      .append("g")
      .attr("class", `events events-${narrow ? "all" : side}`)
      .attr("font-size", labelSize === fontSize ? null : labelSize);
    drawEventColumn(g, column, {
      axisX: axisX[side],
      textX: textX[side],
      side: narrow || side === "slv" ? "right" : "left",
      fontSize: labelSize,
      lineHeight: labelSize + 2,
      bounds,
      gap,
      markerRadius,
    });
  }
  return root.node()!;
}

/** A plain-language account of the summary state. */
export function describePactTimeline(events: readonly PactEvent[], { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const count = (side: PactSide) => events.filter((e) => e.side === side).length;
  const partial = events.filter((e) => e.precision !== "day").length;
  return [
    t("pact-timeline.describe.events", {
      count: f(events.length),
      first: formatPartialDate(first.date, locale),
      last: formatPartialDate(last.date, locale),
      slv: f(count("slv")),
      us: f(count("us")),
    }),
    t("pact-timeline.describe.allegations"),
    t("pact-timeline.describe.partial", { count: f(partial) }),
  ].join(" ");
}

export const pactTimelineChart = defineChart<PactEvent[], PactTimelineState>({
  id: "pact-timeline",
  place: {
    section: "the-pact",
    steps: [
      { id: "pact-truce-2012", state: "truce-2012" },
      { id: "pact-talks", state: "mayor-and-talks" },
      { id: "pact-sanctions", state: "sanctions" },
      { id: "pact-breakdown", state: "breakdown" },
      { id: "pact-indictment", state: "indictment" },
    ],
  },
  cards: ["the-pact"],
  states: {
    "truce-2012": { highlight: { years: [2012, 2014] } },
    "mayor-and-talks": { highlight: { years: [2015, 2020] } },
    sanctions: { highlight: { years: [2021, 2021] } },
    breakdown: { highlight: { ids: ["march-2022-killings", "state-of-exception-declared", "elfaro-marroquin-audios"] } },
    indictment: {
      highlight: {
        ids: ["edny-indictment-filed", "edny-indictment-unsealed", "crook-captured", "grenas-charges-dropped", "elfaro-barrio18-interviews"],
      },
    },
    all: { highlight: "all" },
  },
  summary: "all",
  select: selectPactEvents,
  build: pactTimeline,
  describe: describePactTimeline,
  table(events, { locale, t }) {
    return {
      caption: t("pact-timeline.table.caption"),
      columns: [t("pact-timeline.table.date"), t("pact-timeline.table.event"), t("pact-timeline.table.where"), t("pact-timeline.table.kind")],
      rows: events.map((e) => [formatPartialDate(e.date, locale), eventTitle(e, locale), t(SIDE_NAME[e.side]), categoryName(e, t)]),
    };
  },
  sources: (events) => [...new Set(events.flatMap((e) => e.source_ids))],
});
