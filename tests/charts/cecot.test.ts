import { describe, expect, it } from "vitest";
import { cecotChart as chart } from "../../src/charts/cecot.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { data } = loadChart(chart);

describe("cecot", () => {
  it("select() takes the government's stated capacity", () => {
    expect(data.capacity).toHaveLength(1);
    expect(data.capacity[0]).toMatchObject({ value: 40000, counted_by: "government" });
  });

  it("select() takes every usable population figure and marks Statista's as conflicting", () => {
    expect(data.population.map((d) => d.value)).toEqual([2000, 4000, 12114, 12000, 12000, 25000, 14500, 14500]);
    const conflicting = data.population.filter((d) => d.conflicting);
    expect(conflicting.map((d) => [d.source_id, d.value])).toEqual([["statista_es_2024", 25000]]);
    expect(data.population.every((d) => d.measure === "cecot-population")).toBe(true);
  });

  it("describe() gives the capacity as unverified, the reported range and the conflict", () => {
    const text = chart.describe(data, "en");
    for (const value of ["40,000", "never independently verified", "2,000", "≥14,500", "Statista", "~25,000"]) {
      expect(text).toContain(value);
    }
  });

  it("table() has a row per figure, flagging the conflicting one", () => {
    const table = chart.table(data, "en");
    expect(table.rows).toHaveLength(data.capacity.length + data.population.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows.filter((r) => r[5] === "conflicts with the other reports")).toHaveLength(1);
  });

  it("sources() lists every source drawn", () => {
    expect(chart.sources(data)).toEqual(expect.arrayContaining(["infouy_2023", "statista_es_2024", "efe_2025_03_19"]));
  });

  it("describe() and table() speak Spanish in es-SV", () => {
    const text = chart.describe(data, "es-SV");
    for (const words of ["40,000", "nunca ha sido verificada", "el 24 de febrero de 2023", "~25,000", "Statista"]) expect(text).toContain(words);
    expect(text).not.toMatch(/\b(government|prisoners|verified|Reported|highest|press|conflicts)\b/);
    const table = chart.table(data, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Cifra", "Reportada por", "Personas o plazas", "Formulación", "Observación"]);
    expect(table.rows[0]).toEqual([
      "31 de enero de 2023",
      "Capacidad (plazas)",
      "Gobierno (InfoUY)",
      "40,000",
      "exacta",
      "cifra del Gobierno, nunca verificada",
    ]);
    // Publishers are the data's own names, some with English words, so only the chart's words are checked.
    const words = [table.caption, ...table.rows.flatMap((r) => [r[1], r[4], r[5]])].join(" ");
    expect(words).not.toMatch(/\b(Capacity|Population|people|places|about|at least|exact|government|conflicts)\b/);
  });

  itMatchesSnapshots(chart, data, { check: (svg) => expect(svg).toMatch(/Capacity stated by the government|Capacidad según el Gobierno/) });
});
