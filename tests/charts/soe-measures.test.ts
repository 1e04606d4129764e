import { describe, expect, it } from "vitest";
import { soeMeasuresChart as chart } from "../../src/charts/soe-measures.ts";
import { drawChart, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

const on = (measure: string) => data.figures.filter((d) => d.measure === measure);

describe("soe-measures", () => {
  it("select() keeps the preferred arrest figure where one date has several", () => {
    const arrests = on("arrests-cumulative");
    const october = arrests.filter((d) => d.date === "2022-10");
    expect(october.map((d) => d.value)).toEqual([56847]);
    const january = arrests.filter((d) => d.date === "2023-01");
    expect(january.map((d) => d.value)).toEqual([62975]);
    expect(arrests.map((d) => d.value)).not.toContain(55000);
    expect(arrests.map((d) => d.value)).not.toContain(61300);
    // One figure per date, so every arrest figure is on the line.
    expect(new Set(arrests.map((d) => d.date)).size).toBe(arrests.length);
    expect(arrests.every((d) => d.onLine)).toBe(true);
    expect(arrests.at(-1)).toMatchObject({ date: "2025-10-28", value: 89875 });
  });

  it("select() takes every usable row of the three measures and nothing else", () => {
    const rows = tables.stateOfException.rows.filter(
      (r) => r.iso3 === "SLV" && r.status === "ok" && ["arrests-cumulative", "releases-cumulative", "minors-arrested-cumulative"].includes(r.measure),
    );
    const dropped = rows.filter((r) => !r.preferred);
    expect(data.figures).toHaveLength(rows.length - dropped.length);
    expect(on("releases-cumulative").at(-1)).toMatchObject({ value: 8000, qualifier: "approx" });
    expect(on("minors-arrested-cumulative").map((d) => d.value)).toEqual(expect.arrayContaining([3319, 1194]));
    const times = data.figures.map((d) => d.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("describe() gives the latest arrests as capture records, the releases and the minors", () => {
    const text = chart.describe(data, "en");
    for (const value of ["89,875", "capture records", "~8,000", "3,319", "1,194"]) expect(text).toContain(value);
  });

  it("table() has a row per figure", () => {
    const table = chart.table(data, "en");
    expect(table.columns).toEqual(["Date", "Measure", "Counted by", "People", "Wording"]);
    expect(table.rows).toHaveLength(data.figures.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it("describe() and table() speak Spanish in es-SV", () => {
    const text = chart.describe(data, "es-SV");
    for (const words of ["registros de capturas", "hasta el 28 de octubre de 2025", "89,875", "menores detenidos"]) expect(text).toContain(words);
    expect(text).not.toMatch(/\b(arrests|capture records|released|minors|by|Government)\b/);
    const table = chart.table(data, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Indicador", "Contabilizado por", "Personas", "Formulación"]);
    expect(table.rows).toContainEqual(["julio de 2025", "Liberados", "Gobierno", "8,000", "cerca de"]);
    const words = [table.caption, ...table.rows.flat()].join(" ");
    expect(words).not.toMatch(/\b(Arrests|Released|Minors|Government|about|at least|exact|March)\b/);
  });

  itMatchesSnapshots(chart, data);

  it("labels the latest arrests in every state and adds releases and minors by state", () => {
    const arrests = drawChart(chart, data, 720, "en", "arrests");
    expect(arrests).toContain("Arrests: 89,875");
    expect(arrests).toContain("capture records");
    expect(arrests).not.toContain("Released");
    expect(drawChart(chart, data, 720, "en", "releases")).toContain("Released: ~8,000");
    expect(drawChart(chart, data, 720, "en", "all")).toContain("minors arrested");
    const spanish = drawChart(chart, data, 720, "es-SV", "all");
    for (const words of ["Capturas: 89,875", "Liberados: ~8,000", "menores detenidos", "Inicio del régimen de excepción"]) {
      expect(spanish).toContain(words);
    }
  });
});
