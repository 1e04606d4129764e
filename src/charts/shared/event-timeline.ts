/**
 * Shared by the event timelines ("pact-timeline", "rule-of-law", "civic-space"): reading the
 * timeline's partial dates, sizing wrapped titles to fit (src/charts/shared/text-metrics.ts
 * estimates and wraps them), and drawing a column of events whose labels are spread along a vertical time axis with
 * leader lines. It holds no words: titles come in already in the reader's language.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, type Selection } from "d3";
import type { Row } from "../../data/load-tables.ts";
import { periodEnd, periodStart, readPartialDate, type DatePrecision } from "../../data/partial-date.ts";
import { colour } from "../../styles/palette.ts";
import { wrapLines } from "./text-metrics.ts";

export const SVG_NS = "http://www.w3.org/2000/svg";

export interface DatedEvent {
  id: string;
  category: Row<"timeline">["category"];
  title: string;
  /** Start of the period the date names: the day itself, or the first day of its month or year. */
  start: Date;
  /** End of that period (exclusive), so year-only events can show the span they may fall in. */
  end: Date;
  precision: DatePrecision;
  date: string;
  source_ids: string[];
}

/** The event with its date read as a period; undefined for decade-only dates ("1990s"). */
export function datedEvent(row: Row<"timeline">): DatedEvent | undefined {
  const date = readPartialDate(row.date);
  if (!date) return undefined;
  return {
    id: row.id,
    category: row.category,
    title: row.title,
    start: periodStart(row.date),
    end: periodEnd(row.date),
    precision: date.precision,
    date: row.date,
    source_ids: row.source_ids,
  };
}

/**
 * The font size for a column of labels: `fontSize`, or up to 2 px less in half-pixel steps when the
 * titles, wrapped to `maxWidth` with lines 2 px more than the size apart and `gap` between labels,
 * would not fit in `space`. Titles run longer in some languages than in others, and a phone's
 * sticky graphic cannot grow to hold them.
 */
export function columnFontSize(titles: readonly string[], maxWidth: number, space: number, gap: number, fontSize: number, bold = false): number {
  const sizes = [0, 0.5, 1, 1.5, 2].map((less) => fontSize - less);
  const needed = (size: number) => titles.reduce((sum, title) => sum + wrapLines(title, maxWidth, size, bold).length * (size + 2) + gap, 0);
  return sizes.find((size) => needed(size) <= space) ?? sizes[sizes.length - 1]!;
}

/**
 * Places boxes of different heights along one axis, in the order given, without overlap, each as
 * near as possible to being centred on its wanted position, all inside `[min, max]`. Returns the
 * top of each box. Like spreadLabels, but for labels of one, two or three lines.
 */
export function spreadBoxes(wanted: readonly number[], sizes: readonly number[], [min, max]: [number, number]): number[] {
  type Block = { items: number[]; offsets: number[]; size: number; start: number };
  const blocks: Block[] = [];
  const bestStart = (items: number[], offsets: number[]) => items.reduce((sum, i, k) => sum + wanted[i]! - sizes[i]! / 2 - offsets[k]!, 0) / items.length;
  wanted.forEach((_, index) => {
    blocks.push({ items: [index], offsets: [0], size: sizes[index]!, start: wanted[index]! - sizes[index]! / 2 });
    for (;;) {
      const last = blocks[blocks.length - 1]!;
      const previous = blocks[blocks.length - 2];
      if (!previous || previous.start + previous.size <= last.start) break;
      const items = [...previous.items, ...last.items];
      const offsets = [...previous.offsets, ...last.offsets.map((o) => o + previous.size)];
      blocks.splice(blocks.length - 2, 2, { items, offsets, size: previous.size + last.size, start: bestStart(items, offsets) });
    }
  });
  // Clamping a block to the bounds can push it into its neighbour; a pass from each end settles
  // that, because the blocks fit when their total size does. The pass down can push the last
  // block past the bottom, so the pass up starts by putting it back.
  const placed = blocks.map((b) => Math.min(Math.max(b.start, min), max - b.size));
  for (let i = 1; i < blocks.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + blocks[i - 1]!.size);
  const lastBlock = blocks.length - 1;
  placed[lastBlock] = Math.min(placed[lastBlock]!, max - blocks[lastBlock]!.size);
  for (let i = blocks.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - blocks[i]!.size);
  const tops = new Array<number>(wanted.length);
  blocks.forEach((block, b) => {
    block.items.forEach((index, k) => {
      tops[index] = placed[b]! + block.offsets[k]!;
    });
  });
  return tops;
}

export type MarkerShape = "circle" | "square" | "diamond";

const SHAPES = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond } as const;

/** A marker path centred on 0,0 with roughly the area of a circle of radius `r`. */
export function markerPath(shape: MarkerShape, r: number): string {
  return symbol(SHAPES[shape], Math.PI * r * r)() ?? "";
}

export interface ColumnEvent {
  event: DatedEvent;
  /** Position of the event's start on the axis. */
  y: number;
  /** Position of the end of its period, drawn as a bar when the date is only a month or year. */
  yEnd: number;
  lines: string[];
  colour: string;
  shape: MarkerShape;
  /** Drawn at full strength and in bold (the state's focus). */
  strong: boolean;
  /** Drawn faint (outside the state's focus). */
  faint: boolean;
}

export interface ColumnLayout {
  /** Where the markers sit. */
  axisX: number;
  /** Where the labels' text starts (left side: where it ends). */
  textX: number;
  side: "left" | "right";
  fontSize: number;
  lineHeight: number;
  /** Vertical space each label may take: [top, bottom]. */
  bounds: [number, number];
  /** Space between labels. */
  gap: number;
  markerRadius: number;
}

/**
 * Draws markers on a vertical axis and their labels beside it, spread so that none overlaps,
 * each joined to its marker by a leader line. Events dated only to a month or year get a hollow
 * marker at the period's start and a thin bar across the period.
 */
export function drawEventColumn(parent: Selection<SVGGElement, unknown, null, undefined>, events: readonly ColumnEvent[], layout: ColumnLayout): void {
  const { axisX, textX, side, fontSize, lineHeight, bounds, gap, markerRadius } = layout;
  const heights = events.map((e) => e.lines.length * lineHeight + gap);
  const tops = spreadBoxes(
    events.map((e) => e.y),
    heights,
    bounds,
  );
  const sign = side === "right" ? 1 : -1;
  events.forEach((item, i) => {
    const g = parent
      .append("g")
      .attr("class", `event event-${item.event.id}`)
      .attr("opacity", item.faint ? 0.3 : 1);
    const labelY = tops[i]! + heights[i]! / 2;
    const elbow = axisX + sign * (markerRadius + 5);
    g.append("path")
      .attr("d", `M${elbow - sign * 3},${item.y}H${elbow}L${textX - sign * 6},${labelY}H${textX - sign * 2}`)
      .attr("fill", "none")
      .attr("stroke", colour("rule"));
    if (item.event.precision !== "day") {
      g.append("line")
        .attr("x1", axisX)
        .attr("x2", axisX)
        .attr("y1", item.y)
        .attr("y2", item.yEnd)
        .attr("stroke", item.colour)
        .attr("stroke-width", 3)
        .attr("stroke-opacity", 0.35);
    }
    const hollow = item.event.precision !== "day";
    g.append("path")
      .attr("d", markerPath(item.shape, markerRadius))
      .attr("transform", `translate(${axisX},${item.y})`)
      .attr("fill", hollow ? colour("background") : item.colour)
      .attr("stroke", item.colour)
      .attr("stroke-width", hollow ? 1.5 : 1);
    const firstBaseline = labelY - ((item.lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
    const text = g
      .append("text")
      .attr("x", textX)
      .attr("y", firstBaseline)
      .attr("text-anchor", side === "right" ? "start" : "end")
      .attr("fill", colour("text"))
      .attr("font-weight", item.strong ? 700 : null);
    item.lines.forEach((line, k) => {
      text
        .append("tspan")
        .attr("x", textX)
        .attr("dy", k === 0 ? null : lineHeight)
        .text(line);
    });
  });
}
