/**
 * Dates of the state-of-exception charts (deaths-in-custody, soe-measures, cecot): the data's
 * partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as points on a time axis and as words, what they keep
 * of a figure's row, the words for its qualifier and for the hollow dots that mark it, and the
 * dashed rule at the date a chart counts from. Pure and locale-driven, like every chart helper;
 * its words are in the soe-measures locale files, the first chart that uses them.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../../data/load-tables.ts";
import { parsePartialDate } from "../../data/partial-date.ts";
import type { Translate } from "../../i18n/translate.ts";
import { colour } from "../../styles/palette.ts";
import type { ChartWords } from "../chart.ts";
import { formatLongDate } from "./date-words.ts";
import { formatNumber } from "./options.ts";

/**
 * Where a partial date sits on a time axis. A month-only date goes to the middle of its month and
 * a year-only date to the middle of its year: the source said "some time then", not "on the 1st".
 */
export function soeDate(text: string): Date {
  const { year, month, day } = parsePartialDate(text);
  if (month === undefined) return new Date(Date.UTC(year, 6, 1));
  return new Date(Date.UTC(year, month - 1, day ?? 15));
}

type Qualifier = "exact" | "approx" | "floor";

/** A state-of-exception figure as the charts draw it: who counted it, when, how many and in what words. */
export interface CountedFigure {
  counted_by: Row<"stateOfException">["counted_by"];
  /** The date as the source gave it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** That date on the time axis (see soeDate). */
  at: Date;
  value: number;
  qualifier: Row<"stateOfException">["qualifier"];
  source_id: string;
}

/** What every state-of-exception chart keeps of a figure's row, with its date placed on the time axis. */
export function soeFigure(row: Row<"stateOfException">): CountedFigure {
  return {
    counted_by: row.counted_by,
    date: row.date,
    at: soeDate(row.date),
    value: row.value,
    qualifier: row.qualifier,
    source_id: row.source_id,
  };
}

/**
 * A partial date after "by" or "in", as a phrase: the preposition is part of the words because
 * Spanish wants an article before a day ("hasta el 31 de octubre de 2025") and none before a
 * month or a year ("hasta abril de 2024").
 */
export function datePhrase(text: string, preposition: "by" | "in", { locale, t }: ChartWords): string {
  const date = formatLongDate(text, locale);
  const day = parsePartialDate(text).precision === "day";
  if (preposition === "by") return day ? t("soe-measures.date.by-day", { date }) : t("soe-measures.date.by", { date });
  return day ? t("soe-measures.date.in-day", { date }) : t("soe-measures.date.in", { date });
}

/** A figure with its wording: "≥301" for "at least", "~8,000" for "about", plain otherwise. */
export function formatQualified(value: number, qualifier: Qualifier, locale: string): string {
  const number = formatNumber(value, locale, 0);
  if (qualifier === "floor") return `≥${number}`;
  if (qualifier === "approx") return `~${number}`;
  return number;
}

/** The qualifier in words, for data tables. */
export function qualifierWords(qualifier: Qualifier, t: Translate): string {
  if (qualifier === "floor") return t("soe-measures.qualifier.floor");
  if (qualifier === "approx") return t("soe-measures.qualifier.approx");
  return t("soe-measures.qualifier.exact");
}

/** The qualifiers that hollow dots stand for, quoted: "“at least” or “about”", or joined by commas where room is short. */
export function quotedQualifiers(qualifiers: readonly Qualifier[], { locale, t }: ChartWords, short = false): string {
  const quoted = qualifiers.map((q) => `“${qualifierWords(q, t)}”`);
  return short ? quoted.join(", ") : new Intl.ListFormat(locale, { type: "disjunction" }).format(quoted);
}

/** The key to hollow dots: "Hollow dot: “at least” or “about”", shorter on phones. */
export function hollowNote(qualifiers: readonly Qualifier[], words: ChartWords, narrow = false): string {
  const { t } = words;
  return narrow
    ? t("soe-measures.hollow-narrow", { list: quotedQualifiers(qualifiers, words, true) })
    : t("soe-measures.hollow", { list: quotedQualifiers(qualifiers, words) });
}

/** Muted words at the top of the frame, beginning at a date, so that notes stay clear of the data below. */
export function topNote(date: Date, text: string, { dx, dy = 0 }: { dx: number; dy?: number }): Plot.Text {
  return Plot.text([date], {
    x: (d: Date) => d,
    frameAnchor: "top",
    dy,
    dx,
    textAnchor: "start",
    text: () => text,
    fill: colour("muted"),
    ariaHidden: "true",
  });
}

/** The date a chart counts from as a dashed rule named at its top, so every count reads against it. */
export function startMarks(date: Date, name: string, offset: { dx: number; dy?: number }): Plot.Markish[] {
  return [Plot.ruleX([date], { stroke: colour("muted"), strokeDasharray: "2 3" }), topNote(date, name, offset)];
}

/** The declaration of the state of exception, named above the frame, where the charts counting from it mark it. */
export function exceptionStartMarks(start: Date, narrow: boolean, t: Translate): Plot.Markish[] {
  return startMarks(start, narrow ? t("soe-measures.start-narrow") : t("soe-measures.start"), { dx: -4, dy: -12 });
}
