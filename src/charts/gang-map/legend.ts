/**
 * Chart "gang-map", its key: what each level of presence and each gang is called, how a level
 * is shaded, and the legend drawn from them for each state.
 */
import type { ScaleLinear, Selection } from "d3";
import type { WordKey } from "../../i18n/translate.ts";
import { colour } from "../../styles/palette.ts";
import { formatNumber } from "../../charts/shared/options.ts";
import type { ChartWords } from "../chart.ts";
import { type Gang, type GangMapState, LEVELS, type PresenceLevel } from "./data.ts";

export const LEVEL_NAME: Record<PresenceLevel, WordKey> = {
  origin: "gang-map.level.origin",
  strong: "gang-map.level.strong",
  established: "gang-map.level.established",
  cells: "gang-map.level.cells",
  reported: "gang-map.level.reported",
};
// One hue for presence, its strength as opacity; the gangs' birthplace is a fact of another kind,
// so it gets its own colour.
export const LEVEL_OPACITY: Record<Exclude<PresenceLevel, "origin">, number> = {
  strong: 1,
  established: 0.62,
  cells: 0.36,
  reported: 0.16,
};
export const GANG_NAME: Record<Gang, WordKey> = { ms13: "gang-map.gang.ms13", barrio18: "gang-map.gang.barrio18" };

interface LegendOptions extends ChartWords {
  state: GangMapState;
  rateScale: ScaleLinear<number, number>;
  rateOpacity: ScaleLinear<number, number>;
  usualYear: number;
  fontSize: number;
}

export function drawLegend(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  at: { x: number; y: number; width: number },
  { state, rateScale, rateOpacity, usualYear, fontSize, locale, t }: LegendOptions,
): void {
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
    legend
      .append("text")
      .attr("y", fontSize + row)
      .attr("fill", colour("muted"))
      .text(t("gang-map.legend.rate-unit", { year: String(usualYear) }));
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
    legend
      .append("text")
      .attr("x", 20)
      .attr("y", noFigure + 9)
      .text(t("gang-map.legend.no-figure"));
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
    legend
      .append("text")
      .attr("x", 20)
      .attr("y", y + 9)
      .text(t(LEVEL_NAME[level]));
  });
  const y = (LEVELS.length + 1) * row + 2;
  legend.append("rect").attr("y", y).attr("width", 14).attr("height", 10).attr("fill", "none").attr("stroke", colour("text")).attr("stroke-dasharray", "3 2");
  legend
    .append("text")
    .attr("x", 20)
    .attr("y", y + 9)
    .text(t("gang-map.legend.disputed"));
}
