/**
 * Chart "copycats", its labels: the values at the ends of the lines, and each event's label,
 * fitted left of its rule at the highest height where it keeps clear of the panel's line and
 * value labels, in the longest form that fits the panel.
 */
import { eventTitle } from "../../i18n/names.ts";
import type { Translate } from "../../i18n/translate.ts";
import { layouts, type StoryEvent } from "../../charts/shared/homicide-annotations.ts";
import { formatNumber } from "../../charts/shared/options.ts";
import { COPYCATS_FIRST_YEAR, type CopycatPanel, type CopycatsState, valueAt } from "./data.ts";
import { textWidth } from "../../charts/shared/text-metrics.ts";
import type { ChartWords } from "../chart.ts";

/** Shorter forms of the events' titles for narrow panels, longest first. */
const shorter = (t: Translate): Record<string, readonly string[]> => ({
  "honduras-state-of-exception": [t("copycats.short.state-of-exception")],
  "ecuador-internal-armed-conflict": [t("copycats.short.internal-armed-conflict"), t("copycats.short.armed-conflict")],
});

/** A panel's place among the facets. */
export interface Facet {
  col: number;
  row: number;
}

/** The drawing's measures that labels are fitted to, in pixels (per year, per unit of rate). */
export interface LabelGeometry {
  fontSize: number;
  lineHeight: number;
  pxPerYear: number;
  pxPerUnit: number;
  yMax: number;
  facet: (iso3: string) => Facet;
}

/** Every label the panels carry in `state`, placed. */
export function placeLabels(panels: readonly CopycatPanel[], state: CopycatsState, { locale, t }: ChartWords, geometry: LabelGeometry) {
  const { fontSize, lineHeight, pxPerYear, pxPerUnit, yMax, facet } = geometry;
  const f = (n: number) => formatNumber(n, locale);
  const laterValues = panels.filter((panel) => panel.later.length > 0).map((panel) => ({ ...panel.later[panel.later.length - 1]!, ...facet(panel.iso3) }));
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
  return { laterValues, firstValues, lastValues, eventMarks };
}
