/**
 * The code a newsroom pastes to embed one chart, in two variants: our responsive <iframe> with
 * the host script (public/embed.js), and a pym.js variant for hosts that already use pym. Both
 * reserve the chart's usual height so the host page does not jump while the frame loads.
 * Shown on the chart gallery and returned by the oEmbed files (src/views/oembed.ts), in either
 * language: the Spanish code embeds the Spanish page, titled in Spanish.
 */
import { chartById, type ChartId } from "../charts/registry.ts";
import { localeOf, localePath, type Lang } from "../i18n/locales.ts";

/** The attribute the host script looks for; its value is the chart id. */
export const EMBED_ATTRIBUTE = "data-slv-embed";

// The embed's height at a 600 px column, rounded up: what the frame reserves before it sizes
// itself (and keeps, on a host that strips scripts). Measured from the built embed pages.
const RESERVED_HEIGHT: Readonly<Record<ChartId, number>> = {
  "slv-homicide-long": 880,
  "homicide-rates": 750,
  "count-gaps": 820,
  "pact-timeline": 1130,
  "prison-population": 760,
  "incarceration-rates": 710,
  "soe-measures": 840,
  cecot: 700,
  "deaths-in-custody": 730,
  "rule-of-law": 630,
  "gang-map": 1170,
  "gang-members-abroad": 760,
  "drug-seizures": 800,
  copycats: 860,
  "mano-dura-record": 720,
  "civic-space": 780,
};

export function reservedHeight(chartId: ChartId): number {
  return RESERVED_HEIGHT[chartId];
}

export function embedPath(chartId: string, lang: Lang): string {
  return localePath(lang, `/embed/${chartId}/`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// A string inside an inline <script>: JSON quoting, and no "</" that could close the element.
function jsString(text: string): string {
  return JSON.stringify(text).replace(/</g, "\\u003c");
}

export function embedCode(chartId: string, site: URL, lang: Lang): { iframe: string; pym: string } {
  const chart = chartById(chartId);
  if (!chart) throw new Error(`embedCode: no chart "${chartId}"`);
  const id = chart.id as ChartId;
  const src = new URL(embedPath(id, lang), site).href;
  const height = RESERVED_HEIGHT[id];
  const chartTitle = chart.heading(localeOf(lang)).title;
  const title = escapeHtml(chartTitle);
  // width:0 with min-width:100% beats CMS rules that fix iframe widths (Datawrapper's trick).
  const iframe =
    `<iframe src="${src}" title="${title}" ${EMBED_ATTRIBUTE}="${id}" loading="lazy" scrolling="no" ` +
    `width="100%" height="${height}" style="width:0;min-width:100%;height:${height}px;border:0"></iframe>` +
    // Without scripts the frame keeps its reserved height; the link opens the chart in full.
    `<noscript><a href="${src}">${title}</a></noscript>` +
    `<script src="${new URL("/embed.js", site).href}" async></script>`;
  // pym's Parent only accepts messages whose origin matches xdomain (a pattern it anchors at the end).
  const xdomain = `^${site.origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  const container = `slv-embed-${id}`;
  const pym =
    `<div id="${container}" style="min-height:${height}px"></div>` +
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>` +
    `<script>new pym.Parent(${jsString(container)}, ${jsString(src)}, { title: ${jsString(chartTitle)}, xdomain: ${jsString(xdomain)} });</script>`;
  return { iframe, pym };
}
