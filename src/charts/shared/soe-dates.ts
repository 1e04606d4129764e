/**
 * Dates of the state-of-exception charts (deaths-in-custody, soe-measures, cecot): the data's
 * partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as points on a time axis and as words, and the
 * words for a figure's qualifier. Pure and locale-driven, like every chart helper.
 */
import { formatNumber } from "./options.ts";

/**
 * Where a partial date sits on a time axis. A month-only date goes to the middle of its month and
 * a year-only date to the middle of its year: the source said "some time then", not "on the 1st".
 */
export function soeDate(text: string): Date {
  const [year, month, day] = text.split("-").map(Number);
  if (month === undefined) return new Date(Date.UTC(year!, 6, 1));
  return new Date(Date.UTC(year!, month - 1, day ?? 15));
}

/** A partial date in words, as precise as the data: "2024", "April 2024" or "31 October 2025". */
export function formatSoeDate(text: string, locale: string): string {
  const parts = text.split("-");
  const date = soeDate(text);
  if (parts.length === 1) return parts[0]!;
  const options: Intl.DateTimeFormatOptions =
    parts.length === 2
      ? { month: "long", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A figure with its wording: "≥301" for "at least", "~8,000" for "about", plain otherwise. */
export function formatQualified(value: number, qualifier: "exact" | "approx" | "floor", locale: string): string {
  const number = formatNumber(value, locale, 0);
  if (qualifier === "floor") return `≥${number}`;
  if (qualifier === "approx") return `~${number}`;
  return number;
}

/** The qualifier in words, for data tables. */
export function qualifierWords(qualifier: "exact" | "approx" | "floor"): string {
  if (qualifier === "floor") return "at least";
  if (qualifier === "approx") return "about";
  return "exact";
}
