/**
 * Helpers shared by the homicide charts (slv-homicide-long, copycats, mano-dura-record, homicide-rates):
 * placing timeline events on a year axis, breaking lines at missing years, guessing how wide a
 * label will be, and laying out event labels in rows above a plot so that none collides, then
 * drawing them.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../../data/load-tables.ts";
import { parsePartialDate } from "../../data/partial-date.ts";
import { colour } from "../../styles/palette.ts";
import { textWidth } from "./text-metrics.ts";

export interface StoryEvent {
  id: string;
  /** The date as data/timeline.csv gives it. */
  date: string;
  /** Position on a year axis: 2003-07-23 is about 2003.56. */
  x: number;
  /** The English title from data/timeline.csv; labels show eventTitle(event, locale) instead. */
  title: string;
  source_ids: string[];
}

/**
 * A partial date as a position on a year axis. Year-only and month-only dates sit in the middle
 * of their year or month, as their precision allows.
 */
export function fractionalYear(date: string): number {
  const { year, month, day } = parsePartialDate(date);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  if (month === undefined) return year + 0.5;
  if (day === undefined) {
    const middle = (Date.UTC(year, month - 1, 1) + Date.UTC(year, month, 1)) / 2;
    return year + (middle - start) / length;
  }
  // Noon of the day, so that an event never lands on the year boundary before it.
  return year + (Date.UTC(year, month - 1, day, 12) - start) / length;
}

/** The timeline events with these ids, by id; throws if data/timeline.csv lacks one. */
export function storyEvents(timeline: readonly Row<"timeline">[], ids: Iterable<string>): Record<string, StoryEvent> {
  const byId = new Map(timeline.map((row) => [row.id, row]));
  const events: Record<string, StoryEvent> = {};
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) throw new Error(`data/timeline.csv has no event "${id}"`);
    events[id] = { id, date: row.date, x: fractionalYear(row.date), title: row.title, source_ids: [...row.source_ids] };
  }
  return events;
}

/**
 * The points with a NaN value for every missing year, so that a line breaks there instead of
 * drawing a straight segment across years for which the source has no figure.
 */
export function withYearGaps<P extends { year: number; rate: number }>(points: readonly P[]): P[] {
  const out: P[] = [];
  for (const point of points) {
    const previous = out[out.length - 1];
    if (previous && point.year > previous.year + 1) out.push({ ...previous, year: previous.year + 1, rate: NaN });
    out.push(point);
  }
  return out;
}

/** Events close enough to share a rule, with the forms their one label can take, longest first. */
export interface EventGroup {
  events: StoryEvent[];
  px: number;
  /** Each form as its lines (two lines fill two rows) and what it costs: shortening costs most. */
  forms: { lines: string[]; cost: number }[];
}

export interface PlacedLabel {
  group: EventGroup;
  lines: string[];
  /** The lowest and highest rows the label fills. */
  lo: number;
  hi: number;
  anchor: "start" | "end";
  from: number;
  to: number;
  cost: number;
}

const SHORTENING_COST = 10;
const LINE_COST = 2;

/** A text on one line, then, if it is long, on two lines broken at the space nearest its middle. */
export function layouts(text: string, cost: number): EventGroup["forms"] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (text.length < 16 || spaces.length === 0) return [{ lines: [text], cost }];
  const middle = spaces.reduce((a, b) => (Math.abs(b - text.length / 2) < Math.abs(a - text.length / 2) ? b : a));
  return [
    { lines: [text], cost },
    { lines: [text.slice(0, middle), text.slice(middle + 1)], cost: cost + LINE_COST },
  ];
}

// Later parts of a joined label start in lower case ("…; state of exception declared", "…; se
// declara el régimen de excepción"); the titles that can be joined begin with a common word, in
// either language, never with a name.
const joined = (parts: readonly string[]) => parts.map((part, i) => (i === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1))).join("; ");

/**
 * Groups events whose rules fall within two pixels of each other: they get one label, which
 * gives their titles in date order (on one line, or one per line), or at its shortest names
 * only the last of them.
 */
export function groupEvents(events: readonly StoryEvent[], px: (x: number) => number, labelForms: (event: StoryEvent) => readonly string[]): EventGroup[] {
  const groups: StoryEvent[][] = [];
  for (const event of [...events].sort((a, b) => a.x - b.x)) {
    const last = groups[groups.length - 1];
    if (last && px(event.x) - px(last[last.length - 1]!.x) < 2) last.push(event);
    else groups.push([event]);
  }
  return groups.map((members) => {
    const lists = members.map(labelForms);
    const at = px(members[0]!.x);
    if (members.length === 1) return { events: members, px: at, forms: lists[0]!.flatMap((text, i) => layouts(text, i * SHORTENING_COST)) };
    const longest = Math.max(...lists.map((l) => l.length));
    const forms = Array.from({ length: longest }, (_, i) => {
      const parts = lists.map((l) => l[Math.min(i, l.length - 1)]!);
      return [
        { lines: [joined(parts)], cost: i * SHORTENING_COST },
        { lines: parts, cost: i * SHORTENING_COST + LINE_COST },
      ];
    }).flat();
    forms.push({ lines: [lists[lists.length - 1]!.at(-1)!], cost: longest * SHORTENING_COST });
    return { events: members, px: at, forms };
  });
}

/**
 * Puts each group's label in the rows above the plot, beside its rule, so that labels never
 * overlap and no rule crosses a label on its way up. Of the arrangements that fit, it takes the
 * one that shortens fewest titles (then breaks fewest lines, then keeps labels low and to the
 * right of their rules). Undefined when no arrangement fits.
 */
export function placeEventLabels(
  groups: readonly EventGroup[],
  options: { rows: number; fontSize: number; bounds: [number, number] },
): PlacedLabel[] | undefined {
  const gap = 10;
  const candidates = groups.map((group) =>
    group.forms
      .flatMap(({ lines, cost }) => {
        const width = Math.max(...lines.map((line) => textWidth(line, options.fontSize)));
        return Array.from({ length: options.rows - lines.length + 1 }, (_, lo) =>
          (["start", "end"] as const).map((anchor): PlacedLabel => {
            const from = anchor === "start" ? group.px + 3 : group.px - 3 - width;
            const placement = lo * 0.5 + (anchor === "end" ? 0.2 : 0);
            return { group, lines, lo, hi: lo + lines.length - 1, anchor, from, to: from + width, cost: cost + placement };
          }),
        ).flat();
      })
      .sort((a, b) => a.cost - b.cost),
  );
  // A rule rises from the plot to the top row of its own label.
  const crosses = (rule: PlacedLabel, label: PlacedLabel) => label.lo <= rule.hi && rule.group.px >= label.from - 2 && rule.group.px <= label.to + 2;
  const fits = (label: PlacedLabel, placed: readonly PlacedLabel[]) =>
    label.from >= options.bounds[0] &&
    label.to <= options.bounds[1] &&
    placed.every((other) => {
      const sharesRows = label.lo <= other.hi && other.lo <= label.hi;
      const apart = label.to + gap <= other.from || other.to + gap <= label.from;
      return (!sharesRows || apart) && !crosses(label, other) && !crosses(other, label);
    });
  // Branch and bound, cheapest candidates first; the budget caps the worst case, and the best
  // arrangement found within it is kept.
  let budget = 20000;
  let best: { cost: number; placed: PlacedLabel[] } | undefined;
  const search = (placed: PlacedLabel[], cost: number) => {
    if (best && cost >= best.cost) return;
    if (placed.length === groups.length) {
      best = { cost, placed };
      return;
    }
    for (const candidate of candidates[placed.length]!) {
      if (--budget < 0) return;
      if (fits(candidate, placed)) search([...placed, candidate], cost + candidate.cost);
    }
  };
  search([], 0);
  return best?.placed;
}

/**
 * The placed labels as text beside their rules, in the rows above the plot. `valueAt` turns a
 * pixel row into a value on the chart's y scale, which is linear and unclamped above the plot.
 */
export function eventLabelMarks(
  labels: readonly PlacedLabel[],
  options: { valueAt: (pixel: number) => number; rowCentre: (row: number) => number; lineHeight: number; fontSize: number },
): Plot.Text[] {
  const { valueAt, rowCentre, lineHeight, fontSize } = options;
  return (["start", "end"] as const).map((anchor) =>
    Plot.text(
      labels.filter((d) => d.anchor === anchor),
      {
        x: (d: PlacedLabel) => d.group.events[0]!.x,
        y: (d: PlacedLabel) => valueAt((rowCentre(d.lo) + rowCentre(d.hi)) / 2),
        text: (d: PlacedLabel) => d.lines.join("\n"),
        lineHeight: lineHeight / fontSize,
        textAnchor: anchor,
        dx: anchor === "start" ? 3 : -3,
        fill: colour("text"),
        ariaHidden: "true",
      },
    ),
  );
}
