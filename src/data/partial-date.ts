/**
 * The data's partial dates: YYYY, YYYY-MM or YYYY-MM-DD, as precise as a source gives them. One
 * reader for the validator, the charts and the story, so that every part of the site agrees on
 * what a date names: a year, a month or a day, as a period in UTC that no reader's time zone moves.
 */

export type DatePrecision = "year" | "month" | "day";

/** A partial date's parts; `month` (1–12) and `day` are present as far as `precision` reaches. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The date's parts, or undefined unless `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real month or day. */
export function readPartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return undefined;
  return { year, month, day, precision: "day" };
}

export function isPartialDate(text: string): boolean {
  return readPartialDate(text) !== undefined;
}

/** The date's parts; throws, naming the text, when it is not a partial date (data/ is validated first, so this is a bug). */
export function parsePartialDate(text: string): PartialDate {
  const date = readPartialDate(text);
  if (!date) throw new Error(`"${text}" is not a YYYY, YYYY-MM or YYYY-MM-DD date`);
  return date;
}

/** The first instant of the year, month or day that `text` names. */
export function periodStart(text: string): Date {
  const { year, month, day } = parsePartialDate(text);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The first instant after the year, month or day that `text` names, so "2022" ends on 1 Jan 2023. */
export function periodEnd(text: string): Date {
  const { year, month, day } = parsePartialDate(text);
  if (month === undefined) return new Date(Date.UTC(year + 1, 0, 1));
  if (day === undefined) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month - 1, day + 1));
}
