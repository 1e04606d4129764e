/**
 * Node-only: draws the preview images (share cards) at build time. A card is a 1200×630 SVG with
 * the site's title, a headline, the card's key chart drawn through the chart registry in its
 * summary state, and a source line; resvg turns it into a PNG. src/share/cards.ts says what each
 * card shows.
 *
 * resvg knows no CSS custom properties, so every `var(--name, fallback)` the charts write becomes
 * its fallback (the light theme's colour, see colour() in src/styles/palette.ts) before drawing.
 * Text is laid out here by estimate (SVG has no line wrapping, src/charts/shared/text-metrics.ts)
 * and set in the charts' typeface, Source Sans 3, which resvg loads from the site's own font files
 * (src/share/png-fonts.ts), so cards and PNG downloads need no font installed on the machine.
 */
import { Resvg } from "@resvg/resvg-js";
import type { AnyChart, CardKey } from "../charts/chart.ts";
import { charts } from "../charts/registry.ts";
import { renderSvg } from "../charts/render-static.ts";
import { fillLines, textWidth, wrapLines } from "../charts/shared/text-metrics.ts";
import type { Dataset } from "../data/dataset.ts";
import { projectData } from "../data/read-data.ts";
import { localeOf, type Lang } from "../i18n/locales.ts";
import { publisherName } from "../i18n/sources.ts";
import { translator } from "../i18n/translate.ts";
import { SITE } from "../site.ts";
import { themes } from "../styles/palette.ts";
import { card, CARD_SIZE } from "./cards.ts";
import { FALLBACK_FONT_FILES, PNG_FONT_FAMILY, PNG_FONT_FILES } from "./png-fonts.ts";

const { width: W, height: H } = CARD_SIZE;
const MARGIN = 50;
const INNER = W - 2 * MARGIN;
// Where an SVG download is opened without Source Sans 3, Arial (or its metric twin) is the nearest
// common face to the widths the text was laid out for; DejaVu Sans runs too wide. For a PNG,
// svgToPng puts the name resvg knows the site's own files by first.
export const FONT_STACK = "'Source Sans 3', 'Source Sans Pro', Arial, 'Liberation Sans', sans-serif";
const light = themes.light;

/**
 * Replaces every CSS `var(--name)` with its fallback, `var(--a, var(--b, red))` with `red`.
 * A var() without a fallback has no colour outside the page, so it is an error.
 */
export function resolveCssVariables(text: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const start = text.indexOf("var(", i);
    if (start === -1) return out + text.slice(i);
    // Only a var() that is not the end of a longer name (e.g. not "myvar(").
    if (start > 0 && /[\w-]/.test(text[start - 1]!)) {
      out += text.slice(i, start + 4);
      i = start + 4;
      continue;
    }
    let depth = 1;
    let comma = -1;
    let j = start + 4;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j];
      if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "," && depth === 1 && comma === -1) comma = j;
    }
    if (depth > 0) throw new Error(`unclosed var( at ${start}: ${text.slice(start, start + 40)}`);
    const body = text.slice(start + 4, j - 1);
    if (comma === -1) throw new Error(`var(${body}) has no fallback to draw with`);
    out += text.slice(i, start) + resolveCssVariables(text.slice(comma + 1, j - 1).trim());
    i = j;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Breaks text into lines at spaces; past maxLines, the last line ends in an ellipsis. */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, bold = false): string[] {
  const balanced = wrapLines(text, maxWidth, size, bold);
  if (balanced.length <= maxLines) return balanced;
  // Too long for its lines: fill each, and cut the last.
  const lines = fillLines(text, maxWidth, size, bold);
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (last.length > 1 && textWidth(`${last}…`, size, bold) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, "")}…`;
  return kept;
}

export function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(l)}</tspan>`).join("");
  return `<text ${attrs}>${spans}</text>`;
}

/** The publishers behind a chart's data, once each, as the chart's footer names them in `lang`. */
export function publishers(dataset: Dataset, ids: string[], lang: Lang): string[] {
  const rows = dataset.tables.sources.rows;
  const names = ids
    .map((id) => rows.find((s) => s.source_id === id)?.publisher)
    .filter((p) => p !== undefined)
    .map((p) => publisherName(p, localeOf(lang)));
  return [...new Set(names)];
}

/** "Sources: A; B and 3 more", as many whole names as fit the width, in the language of `lang`. */
export function sourceLine(names: string[], maxWidth: number, size: number, lang: Lang): string {
  if (names.length === 0) return "";
  const t = translator(lang);
  const label = names.length === 1 ? t("ui.card.source") : t("ui.card.sources");
  for (let n = names.length; n > 0; n--) {
    const more = names.length - n;
    const list = names.slice(0, n).join("; ");
    const line = more > 0 ? t("ui.card.sources-and-more", { label, list, more: String(more) }) : t("ui.card.sources-line", { label, list });
    if (textWidth(line, size) <= maxWidth) return line;
  }
  return wrapText(t("ui.card.sources-line", { label, list: names.join("; ") }), maxWidth, size, 1)[0]!;
}

export interface DrawnChart {
  markup: string;
  width: number;
  height: number;
}

/**
 * A chart's summary state drawn at build time as SVG markup that resvg and XML readers take:
 * colours resolved, and the one named entity an HTML serialiser writes (&nbsp;) as a character
 * reference XML knows.
 */
export function drawSummary(chart: AnyChart, data: unknown, width: number, lang: Lang): DrawnChart {
  const svg = renderSvg(chart, data, { width, locale: localeOf(lang), state: chart.summary });
  const box = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  if (!box) throw new Error(`chart ${chart.id} has no viewBox`);
  const markup = resolveCssVariables(svg).replaceAll("&nbsp;", "&#160;");
  return { markup, width: Number(box[1]), height: Number(box[2]) };
}

function chartMarkup(key: CardKey, lang: Lang, dataset: Dataset): (DrawnChart & { sources: string[] }) | null {
  const id = card(key, lang).chart;
  if (id === null) return null;
  // Data passes from select() to build() and sources() untouched, as in the registry.
  const chart: AnyChart = charts[id];
  const data: unknown = chart.select(dataset);
  return { ...drawSummary(chart, data, INNER, lang), sources: publishers(dataset, chart.sources(data), lang) };
}

/** The card as SVG, 1200×630, in the language of `lang`, with no CSS variables left. */
export function cardSvg(key: CardKey, lang: Lang, dataset: Dataset = projectData()): string {
  const t = translator(lang);
  const c = card(key, lang);
  const drawn = chartMarkup(key, lang, dataset);
  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="${light.background}"/>`);
  parts.push(`<rect x="0" y="0" width="${W}" height="10" fill="${light.series.red}"/>`);
  parts.push(textLines([c.kicker], MARGIN, 66, 0, `font-size="24" font-weight="700" fill="${light.muted}"`));

  const headlineSize = 56;
  const headline = wrapText(c.headline, INNER, headlineSize, 2, true);
  const headlineTop = 134;
  parts.push(textLines(headline, MARGIN, headlineTop, 64, `font-size="${headlineSize}" font-weight="700" fill="${light.text}"`));
  let y = headlineTop + (headline.length - 1) * 64 + 26;

  const footY = H - 30;
  let foot: string;
  if (drawn) {
    const { title } = charts[c.chart!].heading(localeOf(lang));
    parts.push(textLines(wrapText(title, INNER, 24, 1), MARGIN, y + 24, 0, `font-size="24" fill="${light.text}"`));
    y += 40;
    // The chart scales to fit the space left, centred; its text scales with it.
    const boxHeight = footY - 34 - y;
    parts.push(
      `<svg x="${MARGIN}" y="${y}" width="${INNER}" height="${boxHeight}" viewBox="0 0 ${drawn.width} ${drawn.height}" preserveAspectRatio="xMidYMid meet">${drawn.markup}</svg>`,
    );
    foot = sourceLine(drawn.sources, INNER, 20, lang);
  } else {
    parts.push(textLines(wrapText(c.text, INNER, 34, 5), MARGIN, y + 70, 50, `font-size="34" fill="${light.text}"`));
    foot = t("ui.card.foot", { licence: SITE.licence });
  }
  parts.push(`<rect x="${MARGIN}" y="${footY - 30}" width="${INNER}" height="1" fill="${light.rule}"/>`);
  parts.push(textLines(wrapText(foot, INNER, 20, 1), MARGIN, footY, 0, `font-size="20" fill="${light.muted}"`));

  return resolveCssVariables(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_STACK}">${parts.join("")}</svg>`,
  );
}

export interface PngOptions {
  /**
   * Whether to use the machine's fonts too, for characters Source Sans 3's Latin files lack; by
   * default only where DejaVu Sans is not there to stand in for them.
   */
  loadSystemFonts?: boolean;
  /** Pixels per SVG unit (default 1): 2 gives downloads that stay sharp in print and on dense screens. */
  scale?: number;
}

export function svgToPng(svg: string, { loadSystemFonts = FALLBACK_FONT_FILES.length === 0, scale = 1 }: PngOptions = {}): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg.replaceAll(FONT_STACK, `'${PNG_FONT_FAMILY}', ${FONT_STACK}`), {
    fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    background: light.background,
    font: { fontFiles: [...PNG_FONT_FILES, ...FALLBACK_FONT_FILES], loadSystemFonts, defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The card as a PNG, 1200×630, in the language of `lang`. */
export function renderCard(key: CardKey, lang: Lang, options?: PngOptions): Uint8Array<ArrayBuffer> {
  return svgToPng(cardSvg(key, lang), options);
}
