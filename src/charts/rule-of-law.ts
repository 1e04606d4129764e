/**
 * Chart "rule-of-law": the elections, court rulings and moves of the Assembly that reshaped
 * El Salvador's checks and balances from 2019, as a dated strip drawn with D3 — horizontal when
 * wide, vertical on phones. Pure: data and options in, an SVG element out.
 */
import { scaleUtc, select, utcYear, type Selection } from "d3";
import type { Dataset } from "../data/dataset.ts";
import type { Row } from "../data/load-tables.ts";
import { eventTitle } from "../i18n/names.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { columnFontSize, datedEvent, drawEventColumn, markerPath, SVG_NS, type DatedEvent, type MarkerShape } from "./shared/event-timeline.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth, wrapLines } from "./shared/text-metrics.ts";
import { formatPartialDate } from "./shared/date-words.ts";

const CATEGORIES = ["elections", "courts", "democracy"] as const;
type Category = (typeof CATEGORIES)[number];
const FIRST_YEAR = 2019;

export interface RuleOfLawEvent extends DatedEvent {
  category: Category;
}

const STYLE: Record<Category, { name: WordKey; colour: string; shape: MarkerShape }> = {
  elections: { name: "rule-of-law.category.elections", colour: colour("navy"), shape: "circle" },
  courts: { name: "rule-of-law.category.courts", colour: colour("ochre"), shape: "square" },
  democracy: { name: "rule-of-law.category.democracy", colour: colour("green"), shape: "diamond" },
};

/** The elections, court and Assembly events from 2019 on, in date order. */
export function selectRuleOfLawEvents({ tables }: Dataset): RuleOfLawEvent[] {
  return tables.timeline.rows
    .filter((r): r is Row<"timeline"> & { category: Category } => (CATEGORIES as readonly string[]).includes(r.category))
    .map(datedEvent)
    .filter((e): e is RuleOfLawEvent => e !== undefined && e.start.getUTCFullYear() >= FIRST_YEAR)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** One line of marker-and-name pairs naming each category. */
function drawKey(root: Svg, x: number, y: number, fontSize: number, radius: number, t: Translate): void {
  const key = root.append("g").attr("class", "key").attr("aria-hidden", "true");
  let at = x;
  for (const category of CATEGORIES) {
    const style = STYLE[category];
    const name = t(style.name);
    key
      .append("path")
      .attr("d", markerPath(style.shape, radius))
      .attr("transform", `translate(${at + radius},${y})`)
      .attr("fill", style.colour);
    key
      .append("text")
      .attr("x", at + radius * 2 + 4)
      .attr("y", y)
      .attr("dy", "0.32em")
      .text(name);
    at += radius * 2 + 4 + textWidth(name, fontSize) + 14;
  }
}

interface Flag {
  event: RuleOfLawEvent;
  x: number;
  lines: string[];
  width: number;
  anchor: "start" | "end";
  /** Side of the strip (-1 above, 1 below) and lane counted outwards from it. */
  side: -1 | 1;
  lane: number;
}

/**
 * Gives each label a side and a lane so that no label overlaps another and no leader line runs
 * through a label: a label that covers another event's leader must sit farther from the strip
 * than that event's label. A small depth-first search, trying the fewest lanes first; with a
 * dozen events it ends at once. Returns false when `maxLanes` per side cannot hold them.
 */
function assignLanes(flags: Flag[], pad: number, maxLanes: number): boolean {
  const box = (f: Flag): [number, number] => (f.anchor === "start" ? [f.x + 4, f.x + 4 + f.width] : [f.x - 4 - f.width, f.x - 4]);
  const covers = (f: Flag, x: number) => {
    const [a, b] = box(f);
    return x >= a - pad && x <= b + pad;
  };
  const fits = (f: Flag, side: -1 | 1, lane: number, placed: readonly Flag[]) =>
    placed.every((p) => {
      if (p.side !== side) return true;
      const [a, b] = box(p);
      const [c, d] = box(f);
      if (p.lane === lane && c < b + pad && a < d + pad) return false;
      if (covers(f, p.x) && p.lane >= lane) return false;
      return !(covers(p, f.x) && p.lane <= lane);
    });
  const place = (i: number, placed: Flag[]): boolean => {
    if (i === flags.length) return true;
    const flag = flags[i]!;
    // Alternating the preferred side spreads neighbouring labels above and below the strip.
    const sides: (-1 | 1)[] = i % 2 === 0 ? [-1, 1] : [1, -1];
    for (let lane = 0; lane < maxLanes; lane++) {
      for (const side of sides) {
        if (!fits(flag, side, lane, placed)) continue;
        flag.side = side;
        flag.lane = lane;
        if (place(i + 1, [...placed, flag])) return true;
      }
    }
    return false;
  };
  return place(0, []);
}

/** The strip as an SVG element. */
export function ruleOfLaw(events: readonly RuleOfLawEvent[], options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale, document } = options;
  const { t } = options;
  const titles = new Map(events.map((e) => [e, eventTitle(e, locale)]));
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 2;
  const radius = narrow ? 4.5 : 5;
  const first = utcYear.floor(events[0]!.start);
  const last = utcYear.ceil(events.reduce((end, e) => (e.end > end ? e.end : end), events[0]!.end));
  const years = utcYear.range(first, last);

  const svg = document.createElementNS(SVG_NS, "svg");
  const root = select(svg)
    .attr("class", "chart-rule-of-law")
    .attr("width", width)
    .attr("font-size", fontSize)
    .attr("font-family", "inherit")
    .attr("fill", colour("text"));
  drawKey(root, 0, 10, fontSize, radius, t);

  if (narrow) {
    const height = 360;
    root.attr("height", height).attr("viewBox", `0 0 ${width} ${height}`);
    const [axisTop, axisBottom, axisX, textX] = [32, height - 8, 34, 52];
    const y = scaleUtc().domain([first, last]).range([axisTop, axisBottom]);
    const axis = root.append("g").attr("class", "axis").attr("aria-hidden", "true");
    axis.append("line").attr("x1", axisX).attr("x2", axisX).attr("y1", axisTop).attr("y2", axisBottom).attr("stroke", colour("rule"));
    for (const year of years) {
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
    const labelWidth = width - textX - 4;
    const bounds: [number, number] = [axisTop - 6, height];
    const gap = 6;
    const labelSize = columnFontSize([...titles.values()], labelWidth, bounds[1] - bounds[0], gap, fontSize);
    drawEventColumn(
      root
        .append("g")
        .attr("class", "events")
        .attr("font-size", labelSize === fontSize ? null : labelSize),
      events.map((event) => ({
        event,
        y: y(event.start),
        yEnd: y(event.end),
        lines: wrapLines(titles.get(event)!, labelWidth, labelSize),
        colour: STYLE[event.category].colour,
        shape: STYLE[event.category].shape,
        strong: false,
        faint: false,
      })),
      { axisX, textX, side: "right", fontSize: labelSize, lineHeight: labelSize + 2, bounds, gap, markerRadius: radius },
    );
    return svg;
  }

  const margin = 16;
  const x = scaleUtc()
    .domain([first, last])
    .range([margin, width - margin]);
  const maxLabel = 150;
  const flags: Flag[] = events.map((event) => {
    const lines = wrapLines(titles.get(event)!, maxLabel, fontSize);
    const labelWidth = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const at = x(event.start);
    return {
      event,
      x: at,
      lines,
      width: labelWidth,
      anchor: at + 4 + labelWidth > width - 2 ? "end" : "start",
      side: -1,
      lane: 0,
    };
  });
  // Three lanes a side always fit within the height limit; fewer leave a shorter strip.
  if (![1, 2, 3].some((lanes) => assignLanes(flags, 8, lanes))) throw new Error("rule-of-law: the labels do not fit in three lanes a side");
  const laneHeight = Math.max(...flags.map((f) => f.lines.length)) * lineHeight + 8;
  const lanesAbove = Math.max(0, ...flags.filter((f) => f.side === -1).map((f) => f.lane + 1));
  const lanesBelow = Math.max(0, ...flags.filter((f) => f.side === 1).map((f) => f.lane + 1));
  const yearBand = 22;
  const stripY = 26 + lanesAbove * laneHeight + 8;
  const height = Math.min(440, stripY + yearBand + lanesBelow * laneHeight + 4);
  root.attr("height", height).attr("viewBox", `0 0 ${width} ${height}`);

  const axis = root.append("g").attr("class", "axis").attr("aria-hidden", "true");
  axis
    .append("line")
    .attr("x1", margin)
    .attr("x2", width - margin)
    .attr("y1", stripY)
    .attr("y2", stripY)
    .attr("stroke", colour("rule"));
  for (const year of years) {
    const at = x(year);
    axis
      .append("line")
      .attr("x1", at)
      .attr("x2", at)
      .attr("y1", stripY)
      .attr("y2", stripY + 5)
      .attr("stroke", colour("muted"));
    axis
      .append("text")
      .attr("x", at + 3)
      .attr("y", stripY + 15)
      .attr("fill", colour("muted"))
      .text(String(year.getUTCFullYear()));
  }

  const labels = root.append("g").attr("class", "events");
  for (const flag of flags) {
    const g = labels.append("g").attr("class", `event event-${flag.event.id}`);
    const style = STYLE[flag.event.category];
    // Above the strip a label's last line sits at its lane's inner edge; below, its first line.
    const innerEdge = flag.side === -1 ? stripY - 8 - flag.lane * laneHeight : stripY + yearBand + flag.lane * laneHeight;
    const textTop = flag.side === -1 ? innerEdge - flag.lines.length * lineHeight : innerEdge;
    const leaderEnd = flag.side === -1 ? textTop : textTop + flag.lines.length * lineHeight;
    g.append("line").attr("x1", flag.x).attr("x2", flag.x).attr("y1", stripY).attr("y2", leaderEnd).attr("stroke", colour("rule"));
    const hollow = flag.event.precision !== "day";
    g.append("path")
      .attr("d", markerPath(style.shape, radius))
      .attr("transform", `translate(${flag.x},${stripY})`)
      .attr("fill", hollow ? colour("background") : style.colour)
      .attr("stroke", style.colour)
      .attr("stroke-width", hollow ? 1.5 : 1);
    const textX = flag.anchor === "start" ? flag.x + 4 : flag.x - 4;
    const text = g
      .append("text")
      .attr("x", textX)
      .attr("y", textTop + fontSize)
      .attr("text-anchor", flag.anchor);
    flag.lines.forEach((line, k) => {
      text
        .append("tspan")
        .attr("x", textX)
        .attr("dy", k === 0 ? null : lineHeight)
        .text(line);
    });
  }
  return svg;
}

/** A plain-language account of the strip. */
export function describeRuleOfLaw(events: readonly RuleOfLawEvent[], { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const count = (c: Category) => events.filter((e) => e.category === c).length;
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const byId = (id: string) => events.find((e) => e.id === id);
  const sentences = [
    t("rule-of-law.describe.events", {
      count: f(events.length),
      first: formatPartialDate(first.date, locale),
      last: formatPartialDate(last.date, locale),
      elections: f(count("elections")),
      courts: f(count("courts")),
      assembly: f(count("democracy")),
    }),
  ];
  const ruling = byId("reelection-ruling");
  const reelected = byId("bukele-reelected-2024");
  if (ruling && reelected) {
    sentences.push(
      t("rule-of-law.describe.reelection", { ruling: formatPartialDate(ruling.date, locale), reelected: formatPartialDate(reelected.date, locale) }),
    );
  }
  sentences.push(t("rule-of-law.describe.latest", { title: eventTitle(last, locale), date: formatPartialDate(last.date, locale) }));
  return sentences.join(" ");
}

export const ruleOfLawChart = defineChart<RuleOfLawEvent[], Record<string, never>>({
  id: "rule-of-law",
  place: { section: "rule-of-law" },
  cards: ["rule-of-law"],
  states: { all: {} },
  summary: "all",
  select: selectRuleOfLawEvents,
  build: ruleOfLaw,
  describe: describeRuleOfLaw,
  table(events, { locale, t }) {
    return {
      caption: t("rule-of-law.table.caption"),
      columns: [t("rule-of-law.table.date"), t("rule-of-law.table.event"), t("rule-of-law.table.kind")],
      rows: events.map((e) => [formatPartialDate(e.date, locale), eventTitle(e, locale), t(STYLE[e.category].name)]),
    };
  },
  sources: (events) => [...new Set(events.flatMap((e) => e.source_ids))],
});
