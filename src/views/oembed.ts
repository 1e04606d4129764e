/**
 * /oembed/<chart>.json and /es/oembed/<chart>.json: the oEmbed 1.0 answer for a chart's embed
 * page in that language, as a static file that
 * the page's discovery link points at (<link rel="alternate" type="application/json+oembed">).
 * A "rich" type: html is our embed's frame, shaped for WordPress and kept whole for every other
 * consumer (oembedHtml, src/embed/code.ts), width and height what it reserves; the thumbnail is
 * the chart's PNG download, at the size it is drawn (chartPngSize).
 */
import type { APIRoute } from "astro";
import { charts, type ChartId } from "../charts/registry.ts";
import { projectData } from "../data/read-data.ts";
import { oembedHtml } from "../embed/code.ts";
import { EMBED_COLUMN, embedHeight } from "../embed/heights.ts";
import { chartPngSize, downloadPath } from "../share/download.ts";
import { localeOf, localePath } from "../i18n/locales.ts";
import { translator } from "../i18n/translate.ts";

export { chartPaths as getStaticPaths } from "./paths.ts";

export const GET: APIRoute = ({ params, site, locals }) => {
  const lang = locals.lang;
  const id = params.chart as ChartId;
  const chart = charts[id];
  const thumbnail = chartPngSize(chart, projectData(), site!, lang);
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: translator(lang)("ui.site-title"),
    provider_url: new URL(localePath(lang, "/"), site).href,
    title: chart.heading(localeOf(lang)).title,
    html: oembedHtml(id, site!, lang),
    width: EMBED_COLUMN,
    height: embedHeight(id, lang),
    thumbnail_url: new URL(downloadPath(id, "chart.png", lang), site).href,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json+oembed" } });
};
