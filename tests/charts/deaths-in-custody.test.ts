import { describe, expect, it } from "vitest";
import { deathsInCustodyChart as chart } from "../../src/charts/deaths-in-custody.ts";
import { drawChart, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("deaths-in-custody", () => {
  it("select() keeps one series per counting organisation, Cristosal and SJH as lines", () => {
    const lines = data.series.filter((s) => s.points.length >= 2).map((s) => s.counted_by);
    expect(lines.sort()).toEqual(["cristosal", "sjh"]);
    const singles = data.series.filter((s) => s.points.length === 1).map((s) => s.counted_by);
    expect(singles.sort()).toEqual(["amnesty", "joint-ngos", "movir", "unspecified"]);
    for (const s of data.series) {
      const times = s.points.map((p) => p.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(s.points.every((p) => p.counted_by === s.counted_by)).toBe(true);
    }
  });

  it("select() draws only preferred, usable rows of the measure", () => {
    const drawn = data.series.flatMap((s) => s.points);
    const rows = tables.stateOfException.rows.filter((r) => r.iso3 === "SLV" && r.measure === "deaths-in-custody-cumulative");
    expect(drawn).toHaveLength(rows.filter((r) => r.preferred && r.status === "ok").length);
    // SJH's "around 300" and "close to 480" are not preferred and must not be drawn.
    const sjh = data.series.find((s) => s.counted_by === "sjh")!.points.map((p) => p.value);
    expect(sjh).not.toContain(300);
    expect(sjh).not.toContain(480);
    expect(sjh[sjh.length - 1]).toBe(450);
    expect(data.series.find((s) => s.counted_by === "cristosal")!.points.at(-1)!.value).toBe(265);
  });

  it("select() starts the chart at the declaration from the timeline", () => {
    expect(data.start.toISOString().slice(0, 10)).toBe("2022-03-27");
  });

  it("describe() names each organisation with its figures and never a sum", () => {
    const text = chart.describe(data, "en");
    for (const value of ["265", "450", "Socorro Jurídico Humanitario", "Cristosal", "Movir 214", "Amnesty International ≥190", "≥90"]) {
      expect(text).toContain(value);
    }
    expect(text).toContain("not added together");
  });

  it("table() has a row per figure with its wording", () => {
    const table = chart.table(data, "en");
    expect(table.columns).toEqual(["Date", "Counted by", "Deaths in custody (people)", "Wording"]);
    expect(table.rows).toHaveLength(data.series.flatMap((s) => s.points).length);
    expect(table.rows).toContainEqual(["June 10, 2024", "Socorro Jurídico Humanitario", "301", "at least"]);
  });

  it("describe() and table() speak Spanish in es-SV", () => {
    const text = chart.describe(data, "es-SV");
    for (const words of ["Cristosal contabilizó", "hasta abril de 2024", "Amnistía Internacional, ≥190", "no se suman"]) expect(text).toContain(words);
    expect(text).not.toMatch(/\b(counted|deaths|custody|by|Amnesty|NGOs|Counter|organisation)\b/);
    const table = chart.table(data, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Contabilizado por", "Muertes bajo custodia (personas)", "Formulación"]);
    expect(table.rows).toContainEqual(["10 de junio de 2024", "Socorro Jurídico Humanitario", "301", "al menos"]);
    const words = [table.caption, ...table.rows.flat()].join(" ");
    expect(words).not.toMatch(/\b(Cumulative|Amnesty|Several|Counter|exact|at least|June)\b/);
  });

  itMatchesSnapshots(chart, data);

  it("draws only Cristosal in the cristosal state and every organisation in the summary", () => {
    const cristosal = drawChart(chart, data, 720, "en", "cristosal");
    expect(cristosal).toContain("Cristosal: 265");
    expect(cristosal).not.toContain("Socorro");
    const all = drawChart(chart, data, 720, "en", "all");
    for (const name of ["Cristosal: 265", "Socorro Jurídico Humanitario: 450", "Movir: 214", "Amnesty International: ≥190"]) {
      expect(all).toContain(name);
    }
    const spanish = drawChart(chart, data, 720, "es-SV", "all");
    for (const name of ["MOVIR: 214", "Amnistía Internacional: ≥190", "Punto hueco: “al menos”"]) expect(spanish).toContain(name);
  });
});
