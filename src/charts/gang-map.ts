/**
 * Chart "gang-map": where MS-13 and Barrio 18 are reported in the Americas, and the latest
 * homicide rate of each country, on a map drawn with D3: the whole continent beside (or below)
 * a close-up of Central America, where the small countries the story is about stay legible.
 * Pure: data and options in, an SVG element out, in Node (build) or the browser.
 */
import {
  geoAzimuthalEqualArea,
  geoCentroid,
  geoPath,
  scaleLinear,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
  type ScaleLinear,
  type Selection,
} from "d3";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Americas } from "../data/americas.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Row } from "../data/load-tables.ts";
import { countryName } from "../i18n/names.ts";
import { translator, type Translate, type WordKey } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { svgFrame } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";

export type Gang = "ms13" | "barrio18";
export type PresenceLevel = Row<"gangPresence">["presence"];

/** Strongest first: a country where a gang was founded counts as its strongest presence. */
export const LEVELS: readonly PresenceLevel[] = ["origin", "strong", "established", "cells", "reported"];

export interface GangPresence {
  level: PresenceLevel;
  disputed: boolean;
  /** Rows behind it: El Salvador's Barrio 18 is two factions, each its own row. */
  rows: number;
  source_ids: string[];
}

export interface LatestRate {
  year: number;
  rate: number;
  series: Row<"homicideRates">["series"];
  source_id: string;
}

export interface MapCountry {
  iso3: string;
  isoN3: string;
  name: string;
  ms13?: GangPresence;
  barrio18?: GangPresence;
  rate?: LatestRate;
  source_ids: string[];
}

export interface GangMapData {
  /** Every country of the map that has presence or a homicide rate to show. */
  countries: MapCountry[];
  /** Countries with reported presence that lie outside the map (Spain, Italy). */
  offMap: MapCountry[];
  americas: Americas;
}

export interface GangMapState {
  /** "both": each country shaded by the stronger of the two gangs' presence. */
  show: Gang | "both" | "rates";
}

function stronger(a: GangPresence | undefined, b: GangPresence): GangPresence {
  if (!a) return b;
  const [first, second] = LEVELS.indexOf(a.level) <= LEVELS.indexOf(b.level) ? [a, b] : [b, a];
  return {
    level: first.level,
    disputed: a.disputed || b.disputed,
    rows: a.rows + b.rows,
    source_ids: [...new Set([...first.source_ids, ...second.source_ids])],
  };
}

/**
 * Joins gang presence and each country's latest preferred homicide rate to the map's countries
 * by ISO numeric code (as strings, as the map stores them). Barrio 18's two Salvadoran factions
 * count as Barrio 18.
 */
export function selectGangMap({ tables, americas }: Dataset): GangMapData {
  const onMap = new Set(americas.objects.countries.geometries.map((g) => String(g.id)));
  const byIso3 = new Map<string, MapCountry>();
  const country = (iso3: string) => {
    let entry = byIso3.get(iso3);
    if (!entry) {
      const row = tables.countries.rows.find((c) => c.iso3 === iso3);
      entry = { iso3, isoN3: row?.iso_n3 ?? "", name: row?.name ?? iso3, source_ids: row?.source_ids ?? [] };
      byIso3.set(iso3, entry);
    }
    return entry;
  };
  for (const row of tables.gangPresence.rows) {
    const entry = country(row.iso3);
    const gang: Gang = row.gang === "ms13" ? "ms13" : "barrio18";
    entry[gang] = stronger(entry[gang], { level: row.presence, disputed: row.disputed, rows: 1, source_ids: row.source_ids });
  }
  for (const row of tables.homicideRates.rows) {
    if (!row.preferred || row.status !== "ok" || row.rate_per_100k === null) continue;
    const entry = country(row.iso3);
    if (entry.rate && entry.rate.year >= row.year) continue;
    entry.rate = { year: row.year, rate: row.rate_per_100k, series: row.series, source_id: row.source_id };
  }
  const all = [...byIso3.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    countries: all.filter((c) => onMap.has(c.isoN3)),
    offMap: all.filter((c) => !onMap.has(c.isoN3) && (c.ms13 || c.barrio18)),
    americas,
  };
}

const LEVEL_NAME: Record<PresenceLevel, WordKey> = {
  origin: "gang-map.level.origin",
  strong: "gang-map.level.strong",
  established: "gang-map.level.established",
  cells: "gang-map.level.cells",
  reported: "gang-map.level.reported",
};
// One hue for presence, its strength as opacity; the gangs' birthplace is a fact of another kind,
// so it gets its own colour.
const LEVEL_OPACITY: Record<Exclude<PresenceLevel, "origin">, number> = {
  strong: 1,
  established: 0.62,
  cells: 0.36,
  reported: 0.16,
};
const GANG_NAME: Record<Gang, WordKey> = { ms13: "gang-map.gang.ms13", barrio18: "gang-map.gang.barrio18" };

/** Orders countries by their name in the reader's language. */
function byName(locale: string): (a: MapCountry, b: MapCountry) => number {
  return (a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale);
}

function presenceFor(country: MapCountry, show: GangMapState["show"]): GangPresence | undefined {
  if (show === "rates") return undefined;
  if (show === "both") return country.barrio18 ? stronger(country.ms13, country.barrio18) : country.ms13;
  return country[show];
}

/** Where a label goes, in degrees; with `leader`, a line joins it to the country. */
interface LabelSpot {
  at: [number, number];
  anchor: "start" | "middle" | "end";
  leader?: boolean;
  /** Where it goes instead on phones, where the map is smaller. */
  narrow?: Omit<LabelSpot, "narrow" | "name">;
  /** A shorter name, for a country whose name in some language runs out of the spot's room. */
  name?: WordKey;
}

// Label spots for the close-up, placed by eye in the sea or inside large countries.
const CLOSE_UP_LABELS: Record<string, LabelSpot> = {
  MEX: { at: [-92.2, 17.9], anchor: "middle" },
  GTM: { at: [-90.3, 15.7], anchor: "middle", narrow: { at: [-93, 13.9], anchor: "middle", leader: true } },
  BLZ: { at: [-87.9, 17.6], anchor: "start", leader: true },
  SLV: { at: [-89.2, 12.4], anchor: "middle", leader: true, narrow: { at: [-89, 11.9], anchor: "middle", leader: true } },
  HND: { at: [-86.6, 14.8], anchor: "middle" },
  NIC: { at: [-85.0, 12.9], anchor: "middle", narrow: { at: [-84.6, 12.9], anchor: "middle" } },
  CRI: { at: [-85.4, 8.9], anchor: "end", leader: true },
  PAN: { at: [-80.2, 7.5], anchor: "middle", leader: true },
};
const OVERVIEW_LABELS: Record<string, LabelSpot> = {
  CAN: { at: [-105, 58], anchor: "middle" },
  USA: { at: [-99, 40], anchor: "middle", narrow: { at: [-128, 34], anchor: "end", leader: true } },
  DOM: {
    at: [-66.5, 22],
    anchor: "start",
    leader: true,
    narrow: { at: [-62, 30], anchor: "start", leader: true },
    name: "gang-map.label.short-dom",
  },
  COL: { at: [-64, 4], anchor: "start", leader: true },
  ECU: { at: [-92, -1], anchor: "end", leader: true },
  CHL: { at: [-78, -38], anchor: "end", leader: true },
};
/** The close-up's window, in degrees: southern Mexico to Panama. */
const CLOSE_UP_CORNERS: [number, number][] = [
  [-92.6, 18.8],
  [-77.2, 18.8],
  [-92.6, 7.1],
  [-77.2, 7.1],
];

/**
 * An SVG path string builder for d3.geoPath that rounds every point to `step` pixels, writes
 * relative moves, skips points nearer than `minGap` pixels to the last one kept and drops rings
 * that collapse: at these scales the map's detail is invisible anyway, and the drawing stays
 * a few tens of kilobytes.
 */
class RoundedPath implements GeoContext {
  private out = "";
  private ring = "";
  private points = 0;
  private x = 0;
  private y = 0;

  constructor(
    private readonly step: number,
    private readonly minGap: number,
  ) {}

  private round(v: number): number {
    return Math.round(v / this.step) * this.step;
  }

  moveTo(x: number, y: number): void {
    this.flush();
    const [rx, ry] = [this.round(x), this.round(y)];
    this.ring = `M${+rx.toFixed(1)},${+ry.toFixed(1)}`;
    this.points = 1;
    [this.x, this.y] = [rx, ry];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [this.round(x), this.round(y)];
    if (Math.hypot(rx - this.x, ry - this.y) < this.minGap) return;
    this.ring += `l${+(rx - this.x).toFixed(1)},${+(ry - this.y).toFixed(1)}`;
    this.points += 1;
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    this.ring += "z";
  }

  // Point geometries (never drawn here) would call arc; a new path needs no reset.
  arc(): void {}

  beginPath(): void {}

  private flush(): void {
    if (this.points >= 3) this.out += this.ring;
    this.ring = "";
    this.points = 0;
  }

  result(): string {
    this.flush();
    const d = this.out;
    this.out = "";
    return d;
  }
}

type G = Selection<SVGGElement, unknown, null, undefined>;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Panel extends Box {
  projection: GeoProjection;
  labels: Record<string, LabelSpot>;
  narrow: boolean;
  /** Rounding of path coordinates, in pixels, and the shortest segment kept. */
  step: number;
  minGap: number;
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

function fitted(box: Box, rotate: [number, number], object: GeoPermissibleObjects): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate(rotate)
    .fitExtent(
      [
        [box.x + 4, box.y + 4],
        [box.x + box.width - 4, box.y + box.height - 4],
      ],
      object,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
}

/** The map as an SVG element. */
export function gangMap(data: GangMapData, options: ChartOptions & { state: GangMapState }): SVGSVGElement {
  const { width, locale, state } = options;
  const narrow = widthFor(width) === "narrow";
  const height = narrow ? 360 : 440;
  const fontSize = narrow ? 11 : 12;
  const features = feature(data.americas, data.americas.objects.countries).features as CountryFeature[];
  const byN3 = new Map(data.countries.map((c) => [c.isoN3, c]));

  // Phones: the close-up across the top with the legend in its Caribbean, the continent below,
  // with room on both sides for labels. Wide: the continent on the left, the close-up on the
  // right above the legend.
  const overviewBox: Box = narrow ? { x: 0, y: 182, width, height: height - 182 } : { x: 0, y: 0, width: 300, height };
  const closeUpBox: Box = narrow ? { x: 0, y: 0, width, height: 176 } : { x: 316, y: 0, width: width - 316, height: 300 };
  const legendAt = narrow ? { x: width - 132, y: 6, width: 130 } : { x: 316, y: 318, width: width - 316 };
  const closeUpWindow = { type: "MultiPoint", coordinates: CLOSE_UP_CORNERS } as const;
  const panels: Panel[] = [
    {
      ...overviewBox,
      projection: fitted(overviewBox, [80, -10], { type: "FeatureCollection", features }),
      labels: OVERVIEW_LABELS,
      narrow,
      step: 1,
      minGap: 1.5,
    },
    { ...closeUpBox, projection: fitted(closeUpBox, [85, -13], closeUpWindow), labels: CLOSE_UP_LABELS, narrow, step: 0.5, minGap: 1 },
  ];

  const root = svgFrame(options, "chart-gang-map", { height, fontSize });

  const rates = data.countries.flatMap((c) => (c.rate ? [c.rate.rate] : []));
  // Rates from another year than most say so in their label.
  const years = data.countries.flatMap((c) => (c.rate ? [c.rate.year] : []));
  const usualYear = years.reduce((best, y) => (years.filter((v) => v === y).length > years.filter((v) => v === best).length ? y : best), years[0]!);
  const rateScale = scaleLinear().domain([0, Math.max(...rates)]).nice(4);
  const rateOpacity = scaleLinear().domain(rateScale.domain()).range([0.1, 1]);

  const shadeOf = (country: MapCountry | undefined): { fill: string; opacity: number; disputed: boolean } | undefined => {
    if (!country) return undefined;
    if (state.show === "rates") {
      return country.rate ? { fill: colour("ochre"), opacity: rateOpacity(country.rate.rate), disputed: false } : undefined;
    }
    const presence = presenceFor(country, state.show);
    if (!presence) return undefined;
    if (presence.level === "origin") return { fill: colour("green"), opacity: 1, disputed: presence.disputed };
    return { fill: colour("navy"), opacity: LEVEL_OPACITY[presence.level], disputed: presence.disputed };
  };

  for (const panel of panels) {
    const context = new RoundedPath(panel.step, panel.minGap);
    const path = geoPath(panel.projection, context);
    const draw = (object: GeoPermissibleObjects) => {
      path(object);
      return context.result();
    };
    const g: G = root.append("g").attr("class", "panel");
    const shapes = g.append("g").attr("class", "countries").attr("stroke", colour("muted")).attr("stroke-width", 0.4).attr("stroke-linejoin", "round");
    // Shaded countries go last, so that a dashed outline is never covered by a neighbour's edge.
    const drawn = features
      .map((f) => ({ d: draw(f), country: byN3.get(String(f.id)) }))
      .filter((c) => c.d !== "")
      .map((c) => ({ ...c, shade: shadeOf(c.country) }))
      .sort((a, b) => Number(a.shade !== undefined) - Number(b.shade !== undefined));
    for (const { d, country, shade } of drawn) {
      const shape = shapes.append("path").attr("d", d);
      if (!shade) {
        shape.attr("fill", colour("surface"));
        continue;
      }
      shape
        .attr("class", `country-${country!.iso3}`)
        .attr("fill", shade.fill)
        .attr("fill-opacity", shade.opacity);
      if (shade.disputed) shape.attr("stroke", colour("text")).attr("stroke-width", 1).attr("stroke-dasharray", "3 2");
    }
    if (panel === panels[0]) {
      // Where the close-up sits on the continent.
      const [[x0, y0], [x1, y1]] = geoPath(panel.projection).bounds(closeUpWindow);
      g.append("rect")
        .attr("x", Math.round(x0))
        .attr("y", Math.round(y0))
        .attr("width", Math.round(x1 - x0))
        .attr("height", Math.round(y1 - y0))
        .attr("fill", "none")
        .attr("stroke", colour("text"))
        .attr("stroke-width", 0.75);
    }
    g.append("rect")
      .attr("x", panel.x + 0.5)
      .attr("y", panel.y + 0.5)
      .attr("width", panel.width - 1)
      .attr("height", panel.height - 1)
      .attr("fill", "none")
      .attr("stroke", colour("rule"));
    drawLabels(g, panel, data.countries, features, { state, locale, fontSize, usualYear });
  }
  drawLegend(root, legendAt, { state, rateScale, rateOpacity, usualYear, fontSize, locale });
  return root.node()!;
}

/** A country's name and, below it, what the state shows about it. */
function labelText(country: MapCountry, name: string, state: GangMapState, t: Translate, locale: string, usualYear: number): [string, string | undefined] | undefined {
  if (state.show === "rates") {
    if (!country.rate) return undefined;
    const { rate, year } = country.rate;
    return [name, year === usualYear ? formatNumber(rate, locale) : `${formatNumber(rate, locale)} (${year})`];
  }
  const named = (disputed: boolean) => (disputed ? t("gang-map.label.disputed", { country: name }) : name);
  if (state.show === "both") {
    const gangs = (["ms13", "barrio18"] as const).filter((g) => country[g]);
    if (gangs.length === 0) return undefined;
    // Both gangs are the rule, so only the exceptions say which gang.
    return [
      named(gangs.some((g) => country[g]!.disputed)),
      gangs.length === 1 ? t("gang-map.label.only", { gang: t(GANG_NAME[gangs[0]!]) }) : undefined,
    ];
  }
  const presence = country[state.show];
  if (!presence) return undefined;
  return [named(presence.disputed), t(LEVEL_NAME[presence.level]).toLowerCase()];
}

function drawLabels(
  g: G,
  panel: Panel,
  countries: readonly MapCountry[],
  features: readonly CountryFeature[],
  { state, locale, fontSize, usualYear }: { state: GangMapState; locale: string; fontSize: number; usualYear: number },
): void {
  const t = translator(locale);
  const labels = g.append("g").attr("class", "labels");
  for (const country of countries) {
    const spots = panel.labels[country.iso3];
    if (!spots) continue;
    const spot = (panel.narrow && spots.narrow) || spots;
    const text = labelText(country, spots.name ? t(spots.name) : countryName(country, locale), state, t, locale, usualYear);
    if (!text) continue;
    const [x, y] = panel.projection(spot.at)!.map(Math.round) as [number, number];
    const lines = text[1] ? 2 : 1;
    if (spot.leader) {
      const f = features.find((ft) => String(ft.id) === country.isoN3);
      if (f) {
        const [cx, cy] = panel.projection(geoCentroid(f))!.map(Math.round) as [number, number];
        // The leader meets the label's nearer edge: the top of a label below the country, else its bottom.
        const end = y > cy ? y - fontSize : y + (lines - 1) * (fontSize + 1) + 3;
        labels.append("line").attr("x1", cx).attr("y1", cy).attr("x2", x).attr("y2", end).attr("stroke", colour("text")).attr("stroke-width", 0.75);
      }
    }
    const label = labels
      .append("text")
      .attr("x", x)
      .attr("y", y)
      .attr("text-anchor", spot.anchor)
      .attr("paint-order", "stroke")
      .attr("stroke", colour("background"))
      .attr("stroke-width", 3)
      .attr("stroke-linejoin", "round");
    label.append("tspan").attr("font-weight", 700).text(text[0]);
    if (text[1]) label.append("tspan").attr("x", x).attr("dy", fontSize + 1).text(text[1]);
  }
}

interface LegendOptions {
  state: GangMapState;
  rateScale: ScaleLinear<number, number>;
  rateOpacity: ScaleLinear<number, number>;
  usualYear: number;
  fontSize: number;
  locale: string;
}

function drawLegend(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  at: { x: number; y: number; width: number },
  { state, rateScale, rateOpacity, usualYear, fontSize, locale }: LegendOptions,
): void {
  const t = translator(locale);
  const legend = root.append("g").attr("class", "legend").attr("transform", `translate(${at.x},${at.y})`).attr("aria-hidden", "true");
  const row = fontSize + 5;
  // On phones the legend sits on the close-up's sea; a backing keeps islands from showing through.
  legend
    .append("rect")
    .attr("x", -4)
    .attr("y", -2)
    .attr("width", at.width + 4)
    .attr("height", state.show === "rates" ? 4 * row + 18 : (LEVELS.length + 2) * row + 2)
    .attr("fill", colour("background"))
    .attr("fill-opacity", 0.85);
  if (state.show === "rates") {
    legend.append("text").attr("y", fontSize).attr("font-weight", 600).text(t("gang-map.legend.rate"));
    legend.append("text").attr("y", fontSize + row).attr("fill", colour("muted")).text(t("gang-map.legend.rate-unit", { year: String(usualYear) }));
    const ticks = rateScale.ticks(4);
    const step = fontSize * 2.3;
    ticks.slice(0, -1).forEach((t, i) => {
      legend
        .append("rect")
        .attr("x", i * step)
        .attr("y", 2 * row + 4)
        .attr("width", step)
        .attr("height", 10)
        .attr("fill", colour("ochre"))
        .attr("fill-opacity", rateOpacity((t + ticks[i + 1]!) / 2));
    });
    ticks.forEach((t, i) => {
      legend
        .append("text")
        .attr("x", i * step)
        .attr("y", 2 * row + 4 + 10 + fontSize + 2)
        .attr("text-anchor", i === 0 ? "start" : "middle")
        .attr("fill", colour("muted"))
        .text(formatNumber(t, locale));
    });
    const noFigure = 3 * row + 14 + 2;
    legend
      .append("rect")
      .attr("y", noFigure)
      .attr("width", 14)
      .attr("height", 10)
      .attr("fill", colour("surface"))
      .attr("stroke", colour("muted"))
      .attr("stroke-width", 0.4);
    legend.append("text").attr("x", 20).attr("y", noFigure + 9).text(t("gang-map.legend.no-figure"));
    return;
  }
  const title = t(state.show === "both" ? "gang-map.legend.both" : state.show === "ms13" ? "gang-map.legend.ms13" : "gang-map.legend.barrio18");
  legend.append("text").attr("y", fontSize).attr("font-weight", 600).text(title);
  LEVELS.forEach((level, i) => {
    const y = (i + 1) * row + 2;
    legend
      .append("rect")
      .attr("y", y)
      .attr("width", 14)
      .attr("height", 10)
      .attr("fill", level === "origin" ? colour("green") : colour("navy"))
      .attr("fill-opacity", level === "origin" ? 1 : LEVEL_OPACITY[level])
      .attr("stroke", colour("rule"))
      .attr("stroke-width", 0.5);
    legend.append("text").attr("x", 20).attr("y", y + 9).text(t(LEVEL_NAME[level]));
  });
  const y = (LEVELS.length + 1) * row + 2;
  legend
    .append("rect")
    .attr("y", y)
    .attr("width", 14)
    .attr("height", 10)
    .attr("fill", "none")
    .attr("stroke", colour("text"))
    .attr("stroke-dasharray", "3 2");
  legend.append("text").attr("x", 20).attr("y", y + 9).text(t("gang-map.legend.disputed"));
}

/** A plain-language account of the summary state. */
export function describeGangMap(data: GangMapData, locale: string): string {
  const t = translator(locale);
  // Country names as they read inside a sentence: English says "the United States".
  const inSentence = (c: MapCountry) => {
    const name = countryName(c, locale);
    return /^(United|Dominican)\b/.test(c.name) ? t("gang-map.describe.with-article", { country: name }) : name;
  };
  const list = (countries: readonly MapCountry[]) => joinNames([...countries].sort(byName(locale)).map(inSentence), t);
  const where = (pick: (c: MapCountry) => boolean) => data.countries.filter(pick);
  const level = (c: MapCountry) => presenceFor(c, "both")?.level;
  const origin = (gang: Gang) => list(where((c) => c[gang]?.level === "origin"));
  const sentences = [
    origin("ms13") === origin("barrio18")
      ? t("gang-map.describe.founded-both", { place: origin("ms13") })
      : t("gang-map.describe.founded", { ms13: origin("ms13"), barrio18: origin("barrio18") }),
    t("gang-map.describe.levels", {
      strong: list(where((c) => level(c) === "strong")),
      established: list(where((c) => level(c) === "established")),
      count: formatNumber(where((c) => level(c) === "cells" || level(c) === "reported").length, locale),
    }),
  ];
  for (const gang of ["ms13", "barrio18"] as const) {
    const disputed = where((c) => c[gang]?.disputed === true);
    if (disputed.length > 0) {
      sentences.push(t(gang === "ms13" ? "gang-map.describe.disputed-ms13" : "gang-map.describe.disputed-barrio18", { list: list(disputed) }));
    }
  }
  if (data.offMap.length > 0) sentences.push(t("gang-map.describe.off-map", { list: list(data.offMap) }));
  return sentences.join(" ");
}

/** "A, B and C"; Spanish writes "e" for "y" before a word that starts with an i sound ("España e Italia"). */
function joinNames(names: readonly string[], t: Translate): string {
  if (names.length <= 1) return names.join("");
  const last = names[names.length - 1]!;
  const rest = names.slice(0, -1).join(", ");
  return /^h?[ií](?![aeiouáéíóú])/i.test(last) ? t("gang-map.describe.list-before-i", { rest, last }) : t("gang-map.describe.list", { rest, last });
}

export const gangMapChart = defineChart<GangMapData, GangMapState>({
  id: "gang-map",
  heading(locale) {
    const t = translator(locale);
    return { title: t("gang-map.title"), subtitle: t("gang-map.subtitle"), note: t("gang-map.note") };
  },
  states: {
    ms13: { show: "ms13" },
    barrio18: { show: "barrio18" },
    rates: { show: "rates" },
    all: { show: "both" },
  },
  summary: "all",
  select: selectGangMap,
  build: gangMap,
  describe: describeGangMap,
  table(data, locale) {
    const t = translator(locale);
    const presence = (p: GangPresence | undefined) => {
      if (!p) return "–";
      const level = t(LEVEL_NAME[p.level]);
      const checked = p.disputed ? t("gang-map.table.disputed", { level }) : level;
      return p.rows > 1 ? t("gang-map.table.factions", { level: checked, count: formatNumber(p.rows, locale) }) : checked;
    };
    return {
      caption: t("gang-map.table.caption"),
      columns: [t("gang-map.table.country"), t("gang-map.gang.ms13"), t("gang-map.gang.barrio18"), t("gang-map.table.rate"), t("gang-map.table.year")],
      rows: [...data.countries].sort(byName(locale)).map((c) => [
        countryName(c, locale),
        presence(c.ms13),
        presence(c.barrio18),
        c.rate ? formatNumber(c.rate.rate, locale) : "–",
        c.rate ? String(c.rate.year) : "–",
      ]),
    };
  },
  sources: (data) => [
    ...new Set(
      data.countries.flatMap((c) => [
        ...c.source_ids,
        ...(c.ms13?.source_ids ?? []),
        ...(c.barrio18?.source_ids ?? []),
        ...(c.rate ? [c.rate.source_id] : []),
      ]),
    ),
  ],
});
