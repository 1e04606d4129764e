/**
 * A source's date as the story's list of sources shows it. data/sources.csv keeps the researchers'
 * free-text `published` cell ("2023-01 (approx.)", "not shown (Oct 2022)"), which the sources.csv
 * download gives in full; the list shows its leading date in the reader's language, marked when
 * the cell calls it approximate, or "n.d." when the cell gives no date up front. Story dates
 * (publication, corrections) use longDate.
 */
import { translator } from "../i18n/translate.ts";

/** A full ISO date (2026-12-03) as the reader's language writes it: "3 December 2026". */
export function longDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

export function publishedLabel(published: string, locale: string): string {
  const t = translator(locale);
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!match) return t("story.sources-and-method.undated");
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = day ? { dateStyle: "long" } : month ? { month: "long", year: "numeric" } : { year: "numeric" };
  const label = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
  return /approx|about/i.test(published) ? t("story.sources-and-method.approximate", { date: label }) : label;
}
