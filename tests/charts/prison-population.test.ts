import { describe, expect, it } from "vitest";
import { prisonPopulationChart as chart } from "../../src/charts/prison-population.ts";
import { drawChart, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("prison-population", () => {
  it("select() draws the preferred WPB trend from 2000 to 2018", () => {
    const trend = data.points.filter((p) => p.kind === "trend");
    expect(trend.map((p) => p.date)).toEqual(["2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018"]);
    expect(new Set(trend.map((p) => p.source_id))).toEqual(new Set(["wpb_tbprisons_2020"]));
    expect(trend[0]!.prisoners).toBe(7754);
    expect(trend[trend.length - 1]!.prisoners).toBe(39642);
  });

  it("select() draws the three preferred government figures, the minister's as approximate", () => {
    const official = data.points.filter((p) => p.kind === "official");
    expect(official.map((p) => [p.date, p.prisoners, p.qualifier])).toEqual([
      ["2022-03", 39538, "exact"],
      ["2023-09", 100000, "approx"],
      ["2024", 107055, "exact"],
    ]);
  });

  it("select() draws only preferred rows and newspaper estimates, never a rejected or other row", () => {
    const rows = tables.prisonPopulation.rows;
    for (const point of data.points) {
      const row = rows.find((r) => r.iso3 === "SLV" && r.date === point.date && r.source_id === point.source_id && r.prisoners === point.prisoners);
      expect(row, `${point.date} ${point.source_id}`).toBeDefined();
      expect(row!.status).toBe("ok");
      if (point.kind === "press") {
        expect(row!.preferred).toBe(false);
        expect(row!.series).toBe("press-estimate");
      } else {
        expect(row!.preferred).toBe(true);
      }
    }
    // The 105,100 once wrongly attributed to the minister, and the unsourced 120,000, stay out.
    expect(data.points.some((p) => p.prisoners === 105100 || p.prisoners === 120000)).toBe(false);
    expect(data.points.filter((p) => p.kind === "press").map((p) => p.prisoners)).toContain(105138);
  });

  it("select() takes the state-of-exception date from the timeline", () => {
    expect(data.event.date).toBe(tables.timeline.rows.find((t) => t.id === "state-of-exception-declared")!.date);
    expect(data.event.time.toISOString()).toBe("2022-03-27T00:00:00.000Z");
  });

  it("describe() gives the trend's ends and the government figures", () => {
    const text = chart.describe(data, "en");
    for (const value of ["7,754", "39,642", "39,538", "about 100,000", "107,055"]) expect(text).toContain(value);
  });

  it("table() has a row per point and the same columns in each", () => {
    const table = chart.table(data, "en");
    expect(table.rows).toHaveLength(data.points.length);
    expect(table.columns[1]).toContain("people");
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it("writes its description and table in Spanish for es-SV", () => {
    const text = chart.describe(data, "es-SV");
    expect(text).toContain("régimen de excepción");
    expect(text).toContain("cerca de 100,000");
    expect(text).not.toMatch(/\b(prisoners|about|government|census|newspaper|minister)\b/i);
    const table = chart.table(data, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Personas presas", "Tipo de cifra", "Fuente"]);
    const cells = table.rows.flatMap((r) => r.slice(0, 3)).join(" ");
    expect(cells).toContain("Gobierno: ministro de Justicia y Seguridad Pública");
    expect(cells).not.toMatch(/\b(Government|Newspaper|estimate|about|census)\b/);
  });

  it("sources() names every drawn row's source", () => {
    const sources = chart.sources(data);
    for (const point of data.points) expect(sources).toContain(point.source_id);
  });

  it("keeps the same axes in every state", () => {
    const ticks = (state: string) => drawChart(chart, data, 340, "en", state).match(/<text[^>]*>[\d,]+<\/text>/g);
    const first = ticks(chart.summary);
    expect(first?.some((t) => t.endsWith(">100,000</text>"))).toBe(true);
    for (const state of Object.keys(chart.states)) expect(ticks(state)).toEqual(first);
  });

  itMatchesSnapshots(chart, data);
});
