/**
 * Chart "copycats", its key: UNODC's line and a hollow symbol for each kind of later figure,
 * drawn above the panels, and who each kind of figure belongs to, in words.
 */
import type { Translate } from "../../i18n/translate.ts";
import { textWidth } from "../../charts/shared/text-metrics.ts";
import type { CopycatPoint } from "./data.ts";

// Later figures that are not the government's get their own symbol, so that none passes for one.
export const SYMBOLS: Partial<Record<string, "circle" | "diamond2">> = { official: "circle", insight: "diamond2" };

/** The key above the panels: UNODC's line, then a hollow symbol for each kind of later figure. */
export function drawKey(
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
export function publisher(series: string, t: Translate): string {
  if (series === "official") return t("copycats.publisher.government");
  if (series === "insight") return t("copycats.publisher.insight");
  return series;
}
