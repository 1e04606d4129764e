/**
 * Chart "copycats": small multiples of homicide rates since 2015 in Honduras and Ecuador, which
 * copied El Salvador's crackdown, in Guatemala, Mexico and Colombia, and in El Salvador for
 * reference. UNODC lines up to their last year, then each country's preferred later figure as a
 * hollow dot; the start of Honduras' state of exception and of Ecuador's internal armed conflict
 * are marked in their panels. Owns its data choice, states and drawing; its words are in
 * src/i18n/<lang>/charts/copycats.ts. Pure.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { countryName, eventTitle } from "../i18n/names.ts";
import { translator, type Translate, type Vars } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { layouts, monthAndYear, storyEvents, textWidth, withYearGaps, type StoryEvent } from "./shared/homicide-annotations.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, valueAxis, yearAxis, zeroRule } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";

/** Panels in reading order; El Salvador comes last, as the reference. */
export const COPYCAT_COUNTRIES = ["HND", "ECU", "GTM", "MEX", "COL", FOCUS_COUNTRY] as const;
export const COPYCATS_FIRST_YEAR = 2015;

/** The event each country's panel marks, from data/timeline.csv. */
const PANEL_EVENTS: Partial<Record<string, string>> = {
  HND: "honduras-state-of-exception",
  ECU: "ecuador-internal-armed-conflict",
};

/** Shorter forms of the events' titles for narrow panels, longest first. */
const shorter = (t: Translate): Record<string, readonly string[]> => ({
  "honduras-state-of-exception": [t("copycats.short.state-of-exception")],
  "ecuador-internal-armed-conflict": [t("copycats.short.internal-armed-conflict"), t("copycats.short.armed-conflict")],
});

export interface CopycatPoint {
  iso3: string;
  year: number;
  rate: number;
  /** The homicide-rates series the figure comes from (unodc, official, insight …). */
  series: string;
  source_id: string;
}

export interface CopycatPanel {
  iso3: string;
  name: string;
  unodc: CopycatPoint[];
  /** The preferred figures for the years after UNODC's last one, drawn as hollow dots. */
  later: CopycatPoint[];
  event?: StoryEvent;
}

export interface CopycatsState {
  /** The country whose panel is drawn strongly, the others faintly; null draws all alike. */
  focus: string | null;
}

/**
 * Picks each panel's rows: valid UNODC values since 2015, then, for the years after UNODC's last
 * one, the one figure per year marked preferred (never a rejected one). For Honduras 2024 that
 * is the government's final figure, not ASJ's or InSight Crime's.
 */
export function selectCopycats(
  homicide: readonly Row<"homicideRates">[],
  countries: readonly Row<"countries">[],
  timeline: readonly Row<"timeline">[],
): CopycatPanel[] {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const events = storyEvents(timeline, Object.values(PANEL_EVENTS) as string[]);
  const point = (r: Row<"homicideRates"> & { rate_per_100k: number }): CopycatPoint => ({
    iso3: r.iso3,
    year: r.year,
    rate: r.rate_per_100k,
    series: r.series,
    source_id: r.source_id,
  });
  const usable = homicide.filter(
    (r): r is Row<"homicideRates"> & { rate_per_100k: number } =>
      r.status === "ok" && r.rate_per_100k !== null && r.year >= COPYCATS_FIRST_YEAR,
  );
  return COPYCAT_COUNTRIES.map((iso3) => {
    const rows = usable.filter((r) => r.iso3 === iso3);
    const unodc = rows.filter((r) => r.series === "unodc").map(point).sort((a, b) => a.year - b.year);
    const lastUnodc = unodc[unodc.length - 1]?.year ?? COPYCATS_FIRST_YEAR - 1;
    const later = rows
      .filter((r) => r.preferred && r.series !== "unodc" && r.year > lastUnodc)
      .map(point)
      .sort((a, b) => a.year - b.year);
    const eventId = PANEL_EVENTS[iso3];
    return { iso3, name: names.get(iso3) ?? iso3, unodc, later, ...(eventId ? { event: events[eventId]! } : {}) };
  });
}

// Later figures that are not the government's get their own symbol, so that none passes for one.
const SYMBOLS: Partial<Record<string, "circle" | "diamond2">> = { official: "circle", insight: "diamond2" };

/** The key above the panels: UNODC's line, then a hollow symbol for each kind of later figure. */
function key(
  document: Document,
  later: readonly CopycatPoint[],
  options: { x: number; y: number; fontSize: number; stroke: string; fill: string; short: boolean; t: Translate },
): SVGGElement {
  const { t } = options;
  const ns = "http://www.w3.org/2000/svg";
  const g = document.createElementNS(ns, "g");
  g.setAttribute("aria-hidden", "true");
  g.setAttribute("text-anchor", "start");
  g.setAttribute("transform", `translate(${options.x},${options.y})`);
  const element = (name: string, attributes: Record<string, string | number>) => {
    const el = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
    g.append(el);
    return el;
  };
  const label = (x: number, text: string) => {
    element("text", { x, y: 0, dy: "0.32em" }).textContent = text;
    return x + textWidth(text, options.fontSize) + 14;
  };
  element("line", { x1: 0, x2: 14, y1: 0, y2: 0, stroke: options.stroke, "stroke-width": 2 });
  let x = label(19, t("copycats.key.unodc"));
  const kinds = [...new Set(later.map((p) => p.series))].sort((a, b) => (a === "official" ? -1 : b === "official" ? 1 : a.localeCompare(b)));
  for (const series of kinds) {
    const symbol = { stroke: options.stroke, fill: options.fill, "stroke-width": 1.5 };
    if (SYMBOLS[series] === "diamond2") element("rect", { x: x + 1.5, y: -3, width: 6, height: 6, transform: `rotate(45 ${x + 4.5} 0)`, ...symbol });
    else element("circle", { cx: x + 4.5, cy: 0, r: 3.5, ...symbol });
    const official = series === "official";
    const name = official ? t("copycats.key.government") : publisher(series, t);
    const long = official ? t("copycats.key.government-figures") : t("copycats.key.figures", { publisher: name });
    x = label(x + 13, options.short ? name : long);
  }
  return g;
}

/** Who a later figure belongs to, in words; a series the locale files do not name keeps its id. */
function publisher(series: string, t: Translate): string {
  if (series === "official") return t("copycats.publisher.government");
  if (series === "insight") return t("copycats.publisher.insight");
  return series;
}

/** The line's value at a fractional year, or undefined in a gap. */
function valueAt(points: readonly CopycatPoint[], x: number): number | undefined {
  const before = [...points].reverse().find((p) => p.year <= x);
  const after = points.find((p) => p.year >= x);
  if (!before || !after || after.year - before.year > 1) return undefined;
  if (after.year === before.year) return before.rate;
  return before.rate + ((after.rate - before.rate) * (x - before.year)) / (after.year - before.year);
}

/** The homicide-rate small multiples in one state, as an SVG element. */
export function copycats(panels: readonly CopycatPanel[], options: ChartOptions & { state: CopycatsState }): SVGSVGElement {
  const { width, locale, document, state } = options;
  const t = translator(locale);
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

  // Facet geometry as Plot's band scales lay it out (inner padding only), so that labels can be
  // fitted to a panel.
  const facetWidth = ((width - margin.left - margin.right) / (columns - padding.x)) * (1 - padding.x);
  const facetHeight = ((height - margin.top - margin.bottom) / (rowCount - padding.y)) * (1 - padding.y);
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
  const laterValues = panels
    .filter((panel) => panel.later.length > 0)
    .map((panel) => ({ ...panel.later[panel.later.length - 1]!, ...facet(panel.iso3) }));
  // The focused panel also gives the UNODC values it starts and ends with; the last one sits up
  // and left of its point, or down and left where its line would run through it.
  const focused = panels.find((p) => p.iso3 === state.focus);
  const firstValues = focused?.unodc[0] ? [{ ...focused.unodc[0], ...facet(focused.iso3) }] : [];
  const lastUnodc = focused && focused.unodc.length > 1 ? focused.unodc[focused.unodc.length - 1] : undefined;
  const lastValues = lastUnodc
    ? [
        (() => {
          const span = (textWidth(f(lastUnodc.rate), fontSize) + 6) / pxPerYear;
          const half = (fontSize * 0.6) / pxPerUnit;
          const clear = (dy: number) => {
            const centre = lastUnodc.rate - dy / pxPerUnit;
            for (let x = lastUnodc.year - span; x <= lastUnodc.year; x += 0.1) {
              const v = valueAt(focused!.unodc, x);
              if (v !== undefined && Math.abs(v - centre) < half) return false;
            }
            return true;
          };
          return { ...lastUnodc, ...facet(lastUnodc.iso3), dy: clear(-10) || !clear(10) ? -10 : 10 };
        })(),
      ]
    : [];

  // Boxes (in years and rates) that an event's label must keep clear of: the value labels.
  const valueHeight = (fontSize * 1.2) / pxPerUnit;
  const box = (iso3: string, x1: number, x2: number, y: number) => ({ iso3, x1, x2, y1: y - valueHeight / 2, y2: y + valueHeight / 2 });
  const widthInYears = (n: number) => textWidth(f(n), fontSize) / pxPerYear;
  const valueBoxes = [
    ...laterValues.map((d) => box(d.iso3, d.year - widthInYears(d.rate) / 2, d.year + widthInYears(d.rate) / 2, d.rate + 10 / pxPerUnit)),
    ...firstValues.map((d) => box(d.iso3, d.year + 4 / pxPerYear, d.year + 4 / pxPerYear + widthInYears(d.rate), d.rate + 10 / pxPerUnit)),
    ...lastValues.map((d) => box(d.iso3, d.year - 5 / pxPerYear - widthInYears(d.rate), d.year - 5 / pxPerYear, d.rate - d.dy / pxPerUnit)),
  ];

  // Each event's label sits left of its rule: the longest form that fits the panel, on one line
  // or two, at the highest height where it keeps clear of the panel's line and value labels;
  // the rule rises to the label.
  const clearance = (lineHeight * 0.6) / pxPerUnit;
  const short = shorter(t);
  const eventMarks = panels
    .filter((panel): panel is CopycatPanel & { event: StoryEvent } => panel.event !== undefined)
    .map((panel) => {
      const event = panel.event;
      const room = (event.x - COPYCATS_FIRST_YEAR) * pxPerYear - 4;
      const title = eventTitle(event, locale);
      const forms = [title, ...(short[event.id] ?? [])]
        .flatMap((text) => layouts(text, 0).map((form) => form.lines))
        .filter((lines) => Math.max(...lines.map((t) => textWidth(t, fontSize))) <= room);
      const placements = forms.flatMap((lines) => {
        const span = Math.max(...lines.map((t) => textWidth(t, fontSize))) / pxPerYear;
        const half = (lines.length * lineHeight) / 2 / pxPerUnit;
        const top = yMax - (lineHeight * 1.4) / pxPerUnit - half;
        return Array.from({ length: 8 }, (_, k) => ({ lines, span, half, y: top - k * (yMax / 16) })).filter((p) => p.y - p.half >= 0);
      });
      const clear = ({ span, half, y }: (typeof placements)[number]) => {
        const x1 = event.x - span - 4 / pxPerYear;
        for (let x = x1; x <= event.x; x += 0.1) {
          const v = valueAt(panel.unodc, x);
          if (v !== undefined && Math.abs(v - y) < half + clearance) return false;
        }
        return valueBoxes.every((b) => b.iso3 !== panel.iso3 || b.x2 < x1 || b.x1 > event.x || b.y2 < y - half || b.y1 > y + half);
      };
      const chosen = placements.find(clear) ?? placements[placements.length - 1];
      const lines = chosen?.lines ?? [short[event.id]?.at(-1) ?? title];
      const half = chosen?.half ?? lineHeight / 2 / pxPerUnit;
      const y = chosen?.y ?? yMax / 2;
      return { ...facet(panel.iso3), iso3: panel.iso3, x: event.x, y, top: y + half, text: lines.join("\n") };
    });

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
    fx: { axis: null, paddingInner: padding.x, paddingOuter: 0, domain: Array.from({ length: columns }, (_, i) => i) },
    fy: { axis: null, paddingInner: padding.y, paddingOuter: 0, domain: Array.from({ length: rowCount }, (_, i) => i) },
    x: yearAxis([COPYCATS_FIRST_YEAR, lastYear], (narrow ? [2016, 2020, 2024] : [2015, 2018, 2021, 2024]).filter((y) => y <= lastYear)),
    y: valueAxis(yMax, [0, 50, 100].filter((t) => t <= yMax), locale),
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
  svg.append(key(document, laterPoints, { x: 2, y: lineHeight / 2 + 2, fontSize, stroke: colour("muted"), fill: colour("background"), short: narrow, t }));
  return svg;
}

/** What the summary state shows, in words, with its key figures. */
export function describeCopycats(panels: readonly CopycatPanel[], locale: string): string {
  const t = translator(locale);
  const f = (n: number) => formatNumber(n, locale);
  const laterClause = (later: CopycatPoint | undefined) => {
    if (!later) return "";
    const vars = { rate: f(later.rate), year: String(later.year) };
    return later.series === "official"
      ? t("copycats.describe.later-government", vars)
      : t("copycats.describe.later-other", { ...vars, publisher: publisher(later.series, t) });
  };
  // A copycat's sentence, written by `write` from its figures and the month of its panel's event.
  const sentence = (iso3: string, write: (vars: Vars, month: string | undefined) => string) => {
    const panel = panels.find((p) => p.iso3 === iso3);
    const first = panel?.unodc[0];
    const last = panel?.unodc[panel.unodc.length - 1];
    if (!panel || !first || !last) return "";
    const vars = {
      first: f(first.rate),
      firstYear: String(first.year),
      last: f(last.rate),
      lastYear: String(last.year),
      later: laterClause(panel.later[panel.later.length - 1]),
    };
    return write(vars, panel.event ? monthAndYear(panel.event, locale) : undefined);
  };
  const others = panels
    .filter((p) => !["HND", "ECU"].includes(p.iso3))
    .map((p) => {
      const last = p.later[p.later.length - 1] ?? p.unodc[p.unodc.length - 1];
      return last ? t("copycats.describe.other", { country: countryName(p, locale), rate: f(last.rate), year: String(last.year) }) : "";
    })
    .filter((s) => s !== "");
  return [
    sentence("HND", (vars, month) =>
      t("copycats.describe.honduras", { ...vars, event: month ? t("copycats.describe.honduras-event", { month }) : "" }),
    ),
    sentence("ECU", (vars, month) =>
      t("copycats.describe.ecuador", { ...vars, event: month ? t("copycats.describe.ecuador-event", { month }) : "" }),
    ),
    others.length > 0 ? t("copycats.describe.others", { list: others.join(", ") }) : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
}

export const copycatsChart = defineChart<CopycatPanel[], CopycatsState>({
  id: "copycats",
  heading(locale) {
    const t = translator(locale);
    return { title: t("copycats.title"), subtitle: t("copycats.subtitle"), note: t("copycats.note") };
  },
  states: {
    all: { focus: null },
    honduras: { focus: "HND" },
    ecuador: { focus: "ECU" },
  },
  summary: "all",
  select: ({ tables }) => selectCopycats(tables.homicideRates.rows, tables.countries.rows, tables.timeline.rows),
  build: copycats,
  describe: describeCopycats,
  table(panels, locale) {
    const t = translator(locale);
    return {
      caption: t("copycats.table.caption"),
      columns: [
        t("copycats.table.country"),
        t("copycats.table.year"),
        t("copycats.table.unodc"),
        t("copycats.table.later"),
        t("copycats.table.later-by"),
      ],
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
  sources: (panels) => [
    ...new Set(panels.flatMap((p) => [...p.unodc, ...p.later].map((q) => q.source_id).concat(p.event?.source_ids ?? []))),
  ],
});
