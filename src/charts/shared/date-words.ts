/**
 * How a date as precise as its source (YYYY, YYYY-MM or YYYY-MM-DD) reads, for every chart: short
 * in labels and tables ("29 Mar 2022", "Mar 2022", "2022"), long in sentences ("March 2022",
 * "31 de octubre de 2025"), and reported periods ("2018–Nov 2022"). Everything is in UTC so that
 * no reader's time zone moves a date. Month names come from Intl; the words for open or undated
 * periods belong to the chart that needs them, so nothing here is in one language. Reading the
 * dates is src/data/partial-date.ts's job.
 */
import { parsePartialDate } from "../../data/partial-date.ts";

const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthName(month: number, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(2000, month - 1, 1))).replace(/\.$/, "");
}

/** A date at its own precision: "2022", "Mar 2022" or "29 Mar 2022"; the year can be left off. */
export function formatPartialDate(text: string, locale: string, withYear = true): string {
  const { year, month, day } = parsePartialDate(text);
  const yearText = withYear ? String(year) : "";
  if (month === undefined) return yearText;
  return [day === undefined ? "" : String(day), monthName(month, locale), yearText].filter(Boolean).join(" ");
}

/**
 * A date in words, as precise as the data or as `finest` allows: "2024", "April 2024" or, in
 * Spanish, "31 de octubre de 2025" (Intl's long form, so each language orders it its own way).
 */
export function formatLongDate(text: string, locale: string, finest: "day" | "month" = "day"): string {
  const { year, month, day } = parsePartialDate(text);
  if (month === undefined) return String(year);
  const withDay = day !== undefined && finest === "day";
  const options: Intl.DateTimeFormatOptions = withDay
    ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
    : { month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(Date.UTC(year, month - 1, withDay ? day : 15));
}

// A period from 1 January to 31 December is written as whole years, not as days.
function asWholeYear(text: string, edge: "start" | "end"): string {
  const match = edge === "start" ? /^(\d{4})-01(?:-01)?$/.exec(text) : /^(\d{4})-12(?:-31)?$/.exec(text);
  return match ? match[1]! : text;
}

/** A period with both ends known, in the reader's language: "2022", "2018–Nov 2022", "29 Mar–30 May 2022". */
export function formatSpan(start: string, end: string, locale: string): string {
  const wholeFrom = asWholeYear(start, "start");
  const wholeTo = asWholeYear(end, "end");
  const wholeYears = wholeFrom.length === 4 && wholeTo.length === 4;
  const from = wholeYears ? wholeFrom : start;
  const to = wholeYears ? wholeTo : end;
  if (from === to) return formatPartialDate(from, locale);
  const { year: fromYear, month: fromMonth, day: fromDay } = parsePartialDate(from);
  const { year: toYear, month: toMonth, day: toDay } = parsePartialDate(to);
  const sameYear = fromYear === toYear;
  if (sameYear && fromMonth === toMonth && fromDay !== undefined && toDay !== undefined) {
    return `${fromDay}–${formatPartialDate(to, locale)}`;
  }
  // Within one year the year is written once, after the end: "Mar–Jul 2022".
  const keepStartYear = !sameYear || from.length === 4 || to.length === 4;
  return `${formatPartialDate(from, locale, keepStartYear)}–${formatPartialDate(to, locale)}`;
}
