/**
 * Chart "copycats", its data: for each panel's country, UNODC's homicide rates since 2015, the
 * preferred later figures, and the event its panel marks; and the value of a panel's line at any
 * point, which the labels keep clear of.
 */
import type { Row } from "../../data/load-tables.ts";
import { FOCUS_COUNTRY } from "../../charts/shared/focus.ts";
import { storyEvents, type StoryEvent } from "../../charts/shared/homicide-annotations.ts";

/** Panels in reading order; El Salvador comes last, as the reference. */
export const COPYCAT_COUNTRIES = ["HND", "ECU", "GTM", "MEX", "COL", FOCUS_COUNTRY] as const;
export const COPYCATS_FIRST_YEAR = 2015;

/** The event each country's panel marks, from data/timeline.csv. */
const PANEL_EVENTS: Partial<Record<string, string>> = {
  HND: "honduras-state-of-exception",
  ECU: "ecuador-internal-armed-conflict",
};

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
    (r): r is Row<"homicideRates"> & { rate_per_100k: number } => r.status === "ok" && r.rate_per_100k !== null && r.year >= COPYCATS_FIRST_YEAR,
  );
  return COPYCAT_COUNTRIES.map((iso3) => {
    const rows = usable.filter((r) => r.iso3 === iso3);
    const unodc = rows
      .filter((r) => r.series === "unodc")
      .map(point)
      .sort((a, b) => a.year - b.year);
    const lastUnodc = unodc[unodc.length - 1]?.year ?? COPYCATS_FIRST_YEAR - 1;
    const later = rows
      .filter((r) => r.preferred && r.series !== "unodc" && r.year > lastUnodc)
      .map(point)
      .sort((a, b) => a.year - b.year);
    const eventId = PANEL_EVENTS[iso3];
    return { iso3, name: names.get(iso3) ?? iso3, unodc, later, ...(eventId ? { event: events[eventId]! } : {}) };
  });
}

/** The line's value at a fractional year, or undefined in a gap. */
export function valueAt(points: readonly CopycatPoint[], x: number): number | undefined {
  const before = [...points].reverse().find((p) => p.year <= x);
  const after = points.find((p) => p.year >= x);
  if (!before || !after || after.year - before.year > 1) return undefined;
  if (after.year === before.year) return before.rate;
  return before.rate + ((after.rate - before.rate) * (x - before.year)) / (after.year - before.year);
}
