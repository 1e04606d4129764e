/**
 * Chart "gang-map", its labels: where each country's label goes in each panel, placed by eye
 * (with a leader line where the country is too small to hold it), and what it says in each state.
 */
import { geoCentroid, type GeoProjection, type Selection } from "d3";
import { countryName } from "../../i18n/names.ts";
import type { Translate, WordKey } from "../../i18n/translate.ts";
import { colour } from "../../styles/palette.ts";
import { formatNumber } from "../../charts/shared/options.ts";
import type { GangMapState, MapCountry } from "./data.ts";
import type { CountryFeature } from "./geometry.ts";
import { GANG_NAME, LEVEL_NAME } from "./legend.ts";
import type { ChartWords } from "../chart.ts";

/** Where a label goes, in degrees; with `leader`, a line joins it to the country. */
export interface LabelSpot {
  at: [number, number];
  anchor: "start" | "middle" | "end";
  leader?: boolean;
  /** Where it goes instead on phones, where the map is smaller. */
  narrow?: Omit<LabelSpot, "narrow" | "name">;
  /** A shorter name, for a country whose name in some language runs out of the spot's room. */
  name?: WordKey;
}

// Label spots for the close-up, placed by eye in the sea or inside large countries.
export const CLOSE_UP_LABELS: Record<string, LabelSpot> = {
  MEX: { at: [-92.2, 17.9], anchor: "middle" },
  GTM: { at: [-90.3, 15.7], anchor: "middle", narrow: { at: [-93, 13.9], anchor: "middle", leader: true } },
  BLZ: { at: [-87.9, 17.6], anchor: "start", leader: true },
  SLV: { at: [-89.2, 12.4], anchor: "middle", leader: true, narrow: { at: [-89, 11.9], anchor: "middle", leader: true } },
  HND: { at: [-86.6, 14.8], anchor: "middle" },
  NIC: { at: [-85.0, 12.9], anchor: "middle", narrow: { at: [-84.6, 12.9], anchor: "middle" } },
  CRI: { at: [-85.4, 8.9], anchor: "end", leader: true },
  PAN: { at: [-80.2, 7.5], anchor: "middle", leader: true },
};
export const OVERVIEW_LABELS: Record<string, LabelSpot> = {
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

/** What drawLabels needs of a panel. */
export interface LabelPanel {
  projection: GeoProjection;
  labels: Record<string, LabelSpot>;
  narrow: boolean;
}

/** A country's name and, below it, what the state shows about it. */
function labelText(
  country: MapCountry,
  name: string,
  state: GangMapState,
  t: Translate,
  locale: string,
  usualYear: number,
): [string, string | undefined] | undefined {
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
    return [named(gangs.some((g) => country[g]!.disputed)), gangs.length === 1 ? t("gang-map.label.only", { gang: t(GANG_NAME[gangs[0]!]) }) : undefined];
  }
  const presence = country[state.show];
  if (!presence) return undefined;
  return [named(presence.disputed), t(LEVEL_NAME[presence.level]).toLowerCase()];
}

/** Draws the labels of the panel's countries that the state has something to say about. */
export function drawLabels(
  g: Selection<SVGGElement, unknown, null, undefined>,
  panel: LabelPanel,
  countries: readonly MapCountry[],
  features: readonly CountryFeature[],
  { state, locale, t, fontSize, usualYear }: ChartWords & { state: GangMapState; fontSize: number; usualYear: number },
): void {
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
    if (text[1])
      label
        .append("tspan")
        .attr("x", x)
        .attr("dy", fontSize + 1)
        .text(text[1]);
  }
}
