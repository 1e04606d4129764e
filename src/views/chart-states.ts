/**
 * Each chart's states, every one at one width in one file, written at build time in the language
 * of the path: /charts/<id>/states-narrow.svg and states-wide.svg, and the same under /es/. Pages
 * carry only a chart's summary; the browser fetches the file for the width its column shows when
 * a reader nears a sequence or an embed asks for another state (src/scrolly/layers.ts), so the
 * story and the embeds share one copy in the HTTP cache. Served by
 * src/pages/[...lang]/charts/[id]/states-[width].svg.ts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartById, charts } from "../charts/registry.ts";
import { renderStatesFile } from "../charts/render-static.ts";
import { WIDTHS, type WidthName } from "../charts/shared/widths.ts";
import { projectData } from "../data/read-data.ts";
import { inEveryLang } from "./paths.ts";

export const getStaticPaths = (() =>
  inEveryLang(Object.keys(charts).flatMap((id) => Object.keys(WIDTHS).map((width) => ({ id, width }))))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const chart = chartById(params.id!);
  const width = params.width as WidthName;
  if (!chart || !(width in WIDTHS)) throw new Error(`no states file ${params.id}/${params.width}`);
  const body = renderStatesFile(chart, chart.select(projectData()), {
    width: WIDTHS[width],
    locale: locals.locale,
    pageCss: true,
    labelledBy: `${chart.id}-title`,
    describedBy: `${chart.id}-description`,
  });
  return new Response(body, { headers: { "Content-Type": "image/svg+xml" } });
};
