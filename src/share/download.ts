/**
 * Node-only: the files a newsroom downloads for each chart, drawn at build time from the same
 * registry and builders as the story. data.csv is the chart's data table as CSV; sources.csv its
 * sources, resolved from data/sources.csv; chart.svg a standalone, print-ready drawing of the
 * summary state with its title, subtitle, note, sources and credit set as SVG text, no CSS
 * variables left; chart.png the same drawing rasterised at twice its size. Each exists in both
 * languages: /charts/<id>/… in English and /es/charts/<id>/… in Spanish, headers included.
 */
import { csvFormatRows } from "d3";
import type { AnyChart } from "../charts/chart.ts";
import { textWidth } from "../charts/shared/text-metrics.ts";
import type { Dataset } from "../data/dataset.ts";
import { localeOf, localePath, type Lang } from "../i18n/locales.ts";
import { sourceWords } from "../i18n/sources.ts";
import { translator, type WordKey } from "../i18n/translate.ts";
import { SITE } from "../site.ts";
import { themes } from "../styles/palette.ts";
import { drawSummary, escapeXml, FONT_STACK, publishers, resolveCssVariables, svgToPng, textLines, wrapText, type PngOptions } from "./card.ts";

/** Width of chart.svg: a column of print, and the story's wide drawing. */
export const DOWNLOAD_WIDTH = 720;
/** chart.png has this many pixels per SVG unit. */
export const PNG_SCALE = 2;
/** The names of a chart's downloads, each at /charts/<id>/<name> (and /es/charts/<id>/<name>). */
export const DOWNLOADS = ["data.csv", "sources.csv", "chart.svg", "chart.png"] as const;
export type DownloadName = (typeof DOWNLOADS)[number];

export function downloadPath(chartId: string, name: DownloadName, lang: Lang): string {
  return localePath(lang, `/charts/${chartId}/${name}`);
}

const MARGIN = 24;
const INNER = DOWNLOAD_WIDTH - 2 * MARGIN;
const SOURCE_LINES = 3;
const light = themes.light;

/**
 * A table cell as a spreadsheet wants it: a number without its thousands separators ("2,398"
 * becomes "2398"), and an empty cell where the story's table shows "–" for no figure. Any other
 * text (labels, "≥190") is kept as shown.
 */
export function tidyCell(cell: string): string {
  if (cell === "–") return "";
  return /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(cell) ? cell.replaceAll(",", "") : cell;
}

/** The chart's data table, headers first: the story's table with spreadsheet-ready cells. */
export function dataCsv(chart: AnyChart, dataset: Dataset, lang: Lang): string {
  const table = chart.table(chart.select(dataset), localeOf(lang));
  return `${csvFormatRows([table.columns, ...table.rows.map((row) => row.map(tidyCell))])}\n`;
}

/**
 * The columns of sources.csv, each with its header's words: data/sources.csv's own, with the
 * publisher and our note in the reader's language and the title as published, with its language.
 */
export const SOURCE_COLUMNS = {
  source_id: "ui.download.column.source-id",
  publisher: "ui.download.column.publisher",
  title: "ui.download.column.title",
  title_lang: "ui.download.column.title-lang",
  note: "ui.download.column.note",
  url: "ui.download.column.url",
  published: "ui.download.column.published",
} as const satisfies Record<string, WordKey>;

/** The sources behind the chart's data, in the chart's order, one row each, headed in `lang`. */
export function sourcesCsv(chart: AnyChart, dataset: Dataset, lang: Lang): string {
  const t = translator(lang);
  const columns = Object.keys(SOURCE_COLUMNS) as (keyof typeof SOURCE_COLUMNS)[];
  const rows = chart.sources(chart.select(dataset)).map((id) => {
    const source = dataset.tables.sources.rows.find((s) => s.source_id === id);
    if (!source) throw new Error(`chart ${chart.id} names source "${id}", which is not in data/sources.csv`);
    const words = sourceWords(source, localeOf(lang));
    const cells: Record<keyof typeof SOURCE_COLUMNS, string | null> = {
      source_id: source.source_id,
      publisher: words.publisher,
      title: words.title,
      title_lang: words.titleLang,
      note: words.note,
      url: source.url,
      published: source.published,
    };
    return columns.map((column) => cells[column] ?? "");
  });
  return `${csvFormatRows([columns.map((column) => t(SOURCE_COLUMNS[column])), ...rows])}\n`;
}

/**
 * "Sources: A; B; C", wrapped to at most SOURCE_LINES lines; when all the publishers do not fit,
 * as many whole names as do and a count of the rest (all of them are in sources.csv).
 */
function sourceLines(names: string[], size: number, lang: Lang): string[] {
  if (names.length === 0) return [];
  const t = translator(lang);
  const label = names.length === 1 ? t("ui.card.source") : t("ui.card.sources");
  for (let n = names.length; n > 0; n--) {
    const more = names.length - n;
    const list = names.slice(0, n).join("; ");
    const text = more > 0 ? t("ui.download.sources-and-more", { label, list, more: String(more) }) : t("ui.card.sources-line", { label, list });
    const lines = wrapText(text, INNER, size, Infinity);
    if (lines.length <= SOURCE_LINES) return lines;
  }
  return wrapText(t("ui.card.sources-line", { label, list: names.join("; ") }), INNER, size, SOURCE_LINES);
}

/**
 * The chart as a standalone SVG file, DOWNLOAD_WIDTH wide: title, subtitle, the drawing, the
 * note, the sources and a credit line naming the licence and where the chart lives.
 */
export function chartSvg(chart: AnyChart, dataset: Dataset, site: URL, lang: Lang): string {
  return downloadDrawing(chart, dataset, site, lang).svg;
}

/** The size of chart.png, without rasterising it: chart.svg's size at PNG_SCALE. */
export function chartPngSize(chart: AnyChart, dataset: Dataset, site: URL, lang: Lang): { width: number; height: number } {
  const { height } = downloadDrawing(chart, dataset, site, lang);
  return { width: DOWNLOAD_WIDTH * PNG_SCALE, height: height * PNG_SCALE };
}

function downloadDrawing(chart: AnyChart, dataset: Dataset, site: URL, lang: Lang): { svg: string; height: number } {
  const t = translator(lang);
  const locale = localeOf(lang);
  const heading = chart.heading(locale);
  const data: unknown = chart.select(dataset);
  const drawn = drawSummary(chart, data, INNER, lang);
  const parts: string[] = [];
  let y = MARGIN;

  const title = wrapText(heading.title, INNER, 22, 3, true);
  parts.push(textLines(title, MARGIN, y + 20, 28, `font-size="22" font-weight="700" fill="${light.text}"`));
  y += 20 + (title.length - 1) * 28 + 12;
  const subtitle = wrapText(heading.subtitle, INNER, 15, 4);
  parts.push(textLines(subtitle, MARGIN, y + 15, 20, `font-size="15" fill="${light.muted}"`));
  y += 15 + (subtitle.length - 1) * 20 + 16;

  parts.push(`<svg x="${MARGIN}" y="${y}" width="${drawn.width}" height="${drawn.height}" viewBox="0 0 ${drawn.width} ${drawn.height}">${drawn.markup}</svg>`);
  y += drawn.height + 12;

  const small = `font-size="12" fill="${light.muted}"`;
  if (heading.note) {
    const note = wrapText(t("ui.chart.note", { note: heading.note }), INNER, 12, 12);
    parts.push(textLines(note, MARGIN, y + 12, 16, small));
    y += 12 + (note.length - 1) * 16 + 10;
  }
  parts.push(`<rect x="${MARGIN}" y="${y}" width="${INNER}" height="1" fill="${light.rule}"/>`);
  y += 8;
  const sources = sourceLines(publishers(dataset, chart.sources(data), lang), 12, lang);
  parts.push(textLines(sources, MARGIN, y + 12, 16, small));
  y += 12 + Math.max(0, sources.length - 1) * 16 + 4;
  const home = new URL(localePath(lang, `/#chart-${chart.id}`), site).href;
  const credit = `${t("ui.site-title")} · ${SITE.licence} · ${home}`;
  const creditSize = textWidth(credit, 12) <= INNER ? 12 : 10;
  parts.push(textLines([credit], MARGIN, y + 12, 0, `font-size="${creditSize}" fill="${light.muted}"`));
  const height = Math.ceil(y + 12 + MARGIN);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${DOWNLOAD_WIDTH}" height="${height}" viewBox="0 0 ${DOWNLOAD_WIDTH} ${height}" ` +
    `font-family="${FONT_STACK}" color="${light.text}">` +
    `<title>${escapeXml(heading.title)}</title><desc>${escapeXml(chart.describe(data, locale))}</desc>` +
    `<rect width="${DOWNLOAD_WIDTH}" height="${height}" fill="${light.background}"/>${parts.join("")}</svg>`;
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${resolveCssVariables(svg)}\n`, height };
}

/** chart.svg rasterised at PNG_SCALE: its title, sources and credit burnt in. */
export function chartPng(chart: AnyChart, dataset: Dataset, site: URL, lang: Lang, options: PngOptions = {}): Uint8Array<ArrayBuffer> {
  return svgToPng(chartSvg(chart, dataset, site, lang), { scale: PNG_SCALE, ...options });
}
