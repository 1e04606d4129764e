/**
 * Each chart's downloads, written at build time for every chart in the registry and in the
 * language of the path: /charts/<id>/data.csv, sources.csv, chart.svg and chart.png, and the same
 * under /es/ (src/share/download.ts draws them). Served by src/pages/[...lang]/charts/[id]/[download].ts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartById, charts } from "../charts/registry.ts";
import { projectData } from "../data/read-data.ts";

import { chartPng, chartSvg, dataCsv, DOWNLOADS, sourcesCsv, type DownloadName } from "../share/download.ts";
import { inEveryLang } from "./paths.ts";

export const getStaticPaths = (() =>
  inEveryLang(Object.keys(charts).flatMap((id) => DOWNLOADS.map((download) => ({ id, download }))))) satisfies GetStaticPaths;

const TYPES: Record<DownloadName, string> = {
  "data.csv": "text/csv; charset=utf-8",
  "sources.csv": "text/csv; charset=utf-8",
  "chart.svg": "image/svg+xml",
  "chart.png": "image/png",
};

export const GET: APIRoute = ({ params, site, locals }) => {
  const lang = locals.lang;
  const chart = chartById(params.id!);
  const download = params.download as DownloadName;
  if (!chart || !(download in TYPES)) throw new Error(`no download ${params.id}/${params.download}`);
  const dataset = projectData();
  const body =
    download === "data.csv"
      ? dataCsv(chart, dataset, lang)
      : download === "sources.csv"
        ? sourcesCsv(chart, dataset, lang)
        : download === "chart.svg"
          ? chartSvg(chart, dataset, site!, lang)
          : chartPng(chart, dataset, site!, lang);
  return new Response(body, { headers: { "Content-Type": TYPES[download] } });
};
