/**
 * Chart "gang-map": where MS-13 and Barrio 18 are reported in the Americas, and the latest
 * homicide rate of each country, on a map drawn with D3: the whole continent beside (or below)
 * a close-up of Central America, where the small countries the story is about stay legible.
 * Pure: data and options in, an SVG element out, in Node (build) or the browser. This file lays
 * out the panels and draws the countries; the data, geometry, labels, key and words are each in
 * their own file beside it.
 */
import { geoPath, scaleLinear, type GeoPermissibleObjects } from "d3";
import { feature } from "topojson-client";
import { countryName } from "../../i18n/names.ts";
import { colour } from "../../styles/palette.ts";
import { defineChart, type ChartWords } from "../chart.ts";
import { formatNumber, type ChartOptions } from "../../charts/shared/options.ts";
import { svgFrame } from "../../charts/shared/plot-frame.ts";
import { widthFor } from "../../charts/shared/widths.ts";
import { byName, type GangMapData, type GangMapState, type GangPresence, type MapCountry, presenceFor, selectGangMap } from "./data.ts";
import { describeGangMap } from "./describe.ts";
import { type Box, type CountryFeature, fitted, RoundedPath } from "./geometry.ts";
import { CLOSE_UP_LABELS, drawLabels, type LabelPanel, OVERVIEW_LABELS } from "./labels.ts";
import { drawLegend, LEVEL_NAME, LEVEL_OPACITY } from "./legend.ts";

interface Panel extends Box, LabelPanel {
  /** Rounding of path coordinates, in pixels, and the shortest segment kept. */
  step: number;
  minGap: number;
}

/** The close-up's window, in degrees: southern Mexico to Panama. */
const CLOSE_UP_CORNERS: [number, number][] = [
  [-92.6, 18.8],
  [-77.2, 18.8],
  [-92.6, 7.1],
  [-77.2, 7.1],
];

/** The map as an SVG element. */
export function gangMap(data: GangMapData, options: ChartOptions & ChartWords & { state: GangMapState }): SVGSVGElement {
  const { width, locale, t, state } = options;
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
  const rateScale = scaleLinear()
    .domain([0, Math.max(...rates)])
    .nice(4);
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
    const g = root.append("g").attr("class", "panel");
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
      shape.attr("class", `country-${country!.iso3}`).attr("fill", shade.fill).attr("fill-opacity", shade.opacity);
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
    drawLabels(g, panel, data.countries, features, { state, locale, t, fontSize, usualYear });
  }
  drawLegend(root, legendAt, { state, rateScale, rateOpacity, usualYear, fontSize, locale, t });
  return root.node()!;
}

export const gangMapChart = defineChart<GangMapData, GangMapState>({
  id: "gang-map",
  place: {
    section: "the-spread",
    steps: [
      { id: "spread-ms13", state: "ms13" },
      { id: "spread-barrio18", state: "barrio18" },
      { id: "spread-rates", state: "rates" },
    ],
  },
  cards: ["the-spread"],
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
  table(data, { locale, t }) {
    const presence = (p: GangPresence | undefined) => {
      if (!p) return "–";
      const level = t(LEVEL_NAME[p.level]);
      const checked = p.disputed ? t("gang-map.table.disputed", { level }) : level;
      return p.rows > 1 ? t("gang-map.table.factions", { level: checked, count: formatNumber(p.rows, locale) }) : checked;
    };
    return {
      caption: t("gang-map.table.caption"),
      columns: [t("gang-map.table.country"), t("gang-map.gang.ms13"), t("gang-map.gang.barrio18"), t("gang-map.table.rate"), t("gang-map.table.year")],
      rows: [...data.countries]
        .sort(byName(locale))
        .map((c) => [
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
      data.countries.flatMap((c) => [...c.source_ids, ...(c.ms13?.source_ids ?? []), ...(c.barrio18?.source_ids ?? []), ...(c.rate ? [c.rate.source_id] : [])]),
    ),
  ],
});
