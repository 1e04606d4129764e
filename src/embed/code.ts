/**
 * The code a newsroom pastes to embed one chart, in two variants: our responsive <iframe> with
 * the host script (public/embed.js), and a pym.js variant for hosts that already use pym; and the
 * HTML our oEmbed files return (src/views/oembed.ts), shaped for WordPress. All reserve the
 * embed page's measured height in its language (src/embed/heights.ts), so the host page does not
 * jump while the frame loads, and none sets a width of its own beyond the host's column. In either language: the Spanish code embeds the
 * Spanish page, titled in Spanish.
 */
import { chartById, type ChartId } from "../charts/registry.ts";
import { localeOf, localePath, type Lang } from "../i18n/locales.ts";
import { embedHeight } from "./heights.ts";

/** The attribute the host script looks for; its value is the chart id. */
export const EMBED_ATTRIBUTE = "data-slv-embed";

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

/** What every variant says of the frame: the chart, its address, reserved height and title. */
function frameOf(chartId: string, site: URL, lang: Lang) {
  const chart = chartById(chartId);
  if (!chart) throw new Error(`embed code: no chart "${chartId}"`);
  const id = chart.id as ChartId;
  const chartTitle = chart.heading(localeOf(lang)).title;
  return { id, src: new URL(embedPath(id, lang), site).href, height: embedHeight(id, lang), chartTitle, title: escapeHtml(chartTitle) };
}

export function embedCode(chartId: string, site: URL, lang: Lang): { iframe: string; pym: string } {
  const { id, src, height, chartTitle, title } = frameOf(chartId, site, lang);
  // Block, so that a theme's column (max-width and auto margins on the post's children) holds
  // it; width="100%" fills that column and yields to any max-width the theme sets.
  const iframe =
    `<iframe src="${src}" title="${title}" ${EMBED_ATTRIBUTE}="${id}" loading="lazy" scrolling="no" ` +
    `width="100%" height="${height}" style="display:block;height:${height}px;border:0"></iframe>` +
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

/**
 * The oEmbed answer's html. WordPress, for a provider it does not know (wp-includes/embed.php,
 * wp_filter_oembed_result), keeps only a leading <blockquote> with its link and the <iframe>'s
 * src, width, height, frameborder, marginwidth, marginheight, scrolling and title, then sandboxes
 * the frame and gives it a secret (src/embed/wordpress.ts). It loads its resizing script only
 * for embed HTML with a blockquote, which it shows until the frame first speaks, so the link is
 * also the fallback. Other consumers keep what WordPress drops: the blockquote hidden, our
 * attribute and host script (public/embed.js). No scrolling="no": WordPress caps a frame at
 * 1000 px, and a reader who opens the data table beyond that can still scroll to it. The width
 * is a percentage, not a number, so that WordPress's editor gives the embed no fixed aspect ratio.
 */
export function oembedHtml(chartId: string, site: URL, lang: Lang): string {
  const { id, src, height, title } = frameOf(chartId, site, lang);
  return (
    `<blockquote class="wp-embedded-content" style="display:none"><a href="${src}">${title}</a></blockquote>` +
    `<iframe class="wp-embedded-content" src="${src}" title="${title}" ${EMBED_ATTRIBUTE}="${id}" width="100%" height="${height}" ` +
    `frameborder="0" marginwidth="0" marginheight="0" style="display:block;height:${height}px;border:0"></iframe>` +
    `<script src="${new URL("/embed.js", site).href}" async></script>`
  );
}
