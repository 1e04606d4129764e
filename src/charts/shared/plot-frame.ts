/**
 * The frame and axes that most charts share: the SVG's size, margins, class and type, axes of years
 * (on a time or a number scale), a number axis from zero and the rule at zero. Each function returns
 * plain Plot options or marks, so a chart spreads them into Plot.plot and states only what is its
 * own; svgFrame is the same frame for the charts drawn with D3. xScaleOf and yScaleOf give a chart
 * the scale Plot will draw with, before it draws, so labels are placed in the pixels the marks
 * land on.
 */
import * as Plot from "@observablehq/plot";
import { select, type Selection } from "d3";
import { colour } from "../../styles/palette.ts";
import { formatNumber, type ChartOptions } from "./options.ts";

/**
 * Plot's own x scale for a frame: the options the chart gives Plot.plot, over the range Plot
 * derives from the width and margins, so that what it maps to pixels is what Plot.plot draws.
 */
export function xScaleOf(options: Plot.ScaleOptions, { width, margin }: { width: number; margin: Pick<Margins, "left" | "right"> }): Plot.Scale {
  return Plot.scale({ x: { ...options, range: [margin.left, width - margin.right] } });
}

/** Plot's own y scale for a frame, as xScaleOf: from the bottom margin up to the top one. */
export function yScaleOf(options: Plot.ScaleOptions, { height, margin }: { height: number; margin: Pick<Margins, "top" | "bottom"> }): Plot.Scale {
  return Plot.scale({ y: { ...options, range: [height - margin.bottom, margin.top] } });
}

/** A tick count, a time interval such as "year", or the tick values themselves. */
type Ticks = NonNullable<Plot.ScaleOptions["ticks"]>;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Every Plot chart sets size, margins and class alike and takes the page's font, text colour and background. */
export function plotFrame(
  { document, width }: Pick<ChartOptions, "document" | "width">,
  className: string,
  { height, margin, fontSize }: { height: number; margin: Margins; fontSize: number },
): Plot.PlotOptions {
  return {
    document,
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    className,
    style: { fontSize: `${fontSize}px`, fontFamily: "inherit", color: colour("text"), background: "none" },
  };
}

/** The charts' dates are partial and UTC, so ticks name whole years and never shift with the reader's time zone. */
export function utcYearAxis(domain: readonly [Date, Date], ticks: Ticks = "year"): Plot.ScaleOptions {
  return { type: "utc", domain: [...domain], ticks, tickFormat: (d: Date) => String(d.getUTCFullYear()), label: null };
}

/** Years on a number axis are labels, not quantities, so they are written without a thousands separator. */
export function yearAxis(domain: readonly [number, number], ticks?: Ticks): Plot.ScaleOptions {
  return { domain: [...domain], ...(ticks === undefined ? {} : { ticks }), tickFormat: (d: number) => String(d), label: null };
}

/** Counts and rates start at zero, with grid lines and numbers as the reader writes them; the subtitle names the unit. */
export function valueAxis(max: number, ticks: Ticks, locale: string): Plot.ScaleOptions {
  return { domain: [0, max], grid: true, ticks, tickFormat: (d: number) => formatNumber(d, locale), label: null };
}

/** The baseline at zero anchors the values, muted so that it does not compete with them. */
export function zeroRule(scale: "x" | "y" = "y"): Plot.RuleX | Plot.RuleY {
  const options = { stroke: colour("muted") };
  return scale === "x" ? Plot.ruleX([0], options) : Plot.ruleY([0], options);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Charts drawn with D3 instead of Plot get the same size, class and inherited type on their root. */
export function svgFrame(
  { document, width }: Pick<ChartOptions, "document" | "width">,
  className: string,
  { height, fontSize }: { height: number; fontSize: number },
): Selection<SVGSVGElement, unknown, null, undefined> {
  return select(document.createElementNS(SVG_NS, "svg"))
    .attr("class", className)
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("font-size", fontSize)
    .attr("font-family", "inherit")
    .attr("fill", colour("text"));
}
