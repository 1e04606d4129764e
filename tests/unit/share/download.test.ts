import { csvParse } from "d3";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { AnyChart } from "../../../src/charts/chart.ts";
import { charts } from "../../../src/charts/registry.ts";
import { projectData } from "../../../src/data/read-data.ts";
import {
  chartPng,
  chartPngSize,
  chartSvg,
  dataCsv,
  DOWNLOAD_WIDTH,
  downloadPath,
  PNG_SCALE,
  SOURCE_COLUMNS,
  sourcesCsv,
  tidyCell,
} from "../../../src/share/download.ts";
import { publisherName } from "../../../src/i18n/sources.ts";

const dataset = projectData();
const site = new URL("https://example.org");
const all = Object.values(charts) as AnyChart[];
const { DOMParser } = new JSDOM("").window;

function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("chart downloads", () => {
  it("live at /charts/<id>/<file>, and under /es/ in Spanish", () => {
    expect(downloadPath("cecot", "chart.png", "en")).toBe("/charts/cecot/chart.png");
    expect(downloadPath("cecot", "chart.png", "es")).toBe("/es/charts/cecot/chart.png");
  });

  it.each(all.flatMap((c) => (["en", "es"] as const).map((lang) => [c.id, lang, c] as const)))(
    "%s (%s): data.csv round-trips to the chart's data table in that language",
    (_id, lang, chart) => {
      const table = chart.table(chart.select(dataset), lang === "es" ? "es-SV" : "en");
      const parsed = csvParse(dataCsv(chart, dataset, lang));
      expect(parsed.columns).toEqual(table.columns);
      expect(parsed.map((row) => parsed.columns.map((c) => row[c]))).toEqual(table.rows.map((r) => r.map(tidyCell)));
    },
  );

  it.each(all.map((c) => [c.id, c] as const))("%s: the Spanish data.csv has Spanish column headers", (_id, chart) => {
    const english = csvParse(dataCsv(chart, dataset, "en")).columns;
    const spanish = csvParse(dataCsv(chart, dataset, "es")).columns;
    expect(spanish).toHaveLength(english.length);
    expect(spanish).not.toEqual(english);
  });

  it("tidyCell() drops thousands separators and the no-figure dash, and keeps other text", () => {
    expect(["2,398", "1,234.5", "–", "7.8", "≥190", "Honduras", "2024", "12,5"].map(tidyCell)).toEqual([
      "2398",
      "1234.5",
      "",
      "7.8",
      "≥190",
      "Honduras",
      "2024",
      "12,5",
    ]);
  });

  it.each(all.map((c) => [c.id, c] as const))("%s: sources.csv resolves every source of the chart", (_id, chart) => {
    const parsed = csvParse(sourcesCsv(chart, dataset, "en"));
    expect(parsed.columns).toEqual(Object.keys(SOURCE_COLUMNS));
    expect(parsed.map((row) => row.source_id)).toEqual(chart.sources(chart.select(dataset)));
    for (const row of parsed) expect(row.url).toMatch(/^https?:\/\//);
    const spanish = csvParse(sourcesCsv(chart, dataset, "es"));
    expect(spanish.columns).toEqual(["id_fuente", "editor", "titulo", "idioma_titulo", "nota", "url", "publicado"]);
    // Our words are in Spanish; the titles of works are as published.
    for (const row of spanish)
      expect(row.editor).toBe(publisherName(dataset.tables.sources.rows.find((s) => s.source_id === row.id_fuente)!.publisher, "es-SV"));
    expect(spanish.map((row) => row.id_fuente)).toEqual(chart.sources(chart.select(dataset)));
  });

  it.each(all.map((c) => [c.id, c] as const))("%s: chart.svg is well-formed XML with its words and no CSS variable", (_id, chart) => {
    const svg = chartSvg(chart, dataset, site, "en");
    const title = chart.heading("en").title;
    expect(svg).not.toContain("var(");
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("width")).toBe(String(DOWNLOAD_WIDTH));
    expect(root.querySelector("title")!.textContent).toBe(title);
    // Words laid out by wrapText: the title's and the credit's, spread over tspans.
    const text = [...root.querySelectorAll(":scope > text")].map((t) => [...t.children].map((s) => s.textContent).join(" "));
    expect(text[0]).toBe(title);
    expect(text.at(-1)).toContain(`https://example.org/#chart-${chart.id}`);
    expect(text.at(-1)).toContain("CC BY 4.0");
    expect(text.some((t) => t.startsWith("Source"))).toBe(true);
  });

  it.each(all.map((c) => [c.id, c] as const))("%s: the Spanish chart.svg is titled in Spanish and links the Spanish story", (_id, chart) => {
    const svg = chartSvg(chart, dataset, site, "es");
    expect(svg).toContain(`<title>${chart.heading("es-SV").title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</title>`);
    expect(svg).toContain(`https://example.org/es/#chart-${chart.id}`);
    expect(svg).toMatch(/>Fuentes?:/);
  });

  it("chart.png is chart.svg at twice its size", () => {
    for (const chart of [charts["slv-homicide-long"], charts["gang-map"]] as AnyChart[]) {
      const svg = new DOMParser().parseFromString(chartSvg(chart, dataset, site, "es"), "image/svg+xml").documentElement;
      const png = chartPng(chart, dataset, site, "es", { loadSystemFonts: false });
      expect(pngSize(png)).toEqual({
        width: PNG_SCALE * Number(svg.getAttribute("width")),
        height: PNG_SCALE * Number(svg.getAttribute("height")),
      });
      // The oEmbed answer gives the thumbnail's size without rasterising it.
      expect(chartPngSize(chart, dataset, site, "es")).toEqual(pngSize(png));
    }
  });
});
