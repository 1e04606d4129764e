import { describe, expect, it } from "vitest";
import { drugSeizuresChart as chart } from "../../src/charts/drug-seizures.ts";
import { drawChart, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data: marks } = loadChart(chart);

describe("drug-seizures", () => {
  it("select() draws every valid seizure row and nothing else", () => {
    const rows = tables.drugSeizures.rows;
    const expected = rows.filter((r) => r.kind === "seizure" && r.status === "ok").map((r) => r.id);
    expect(marks.map((m) => m.id).sort()).toEqual([...expected].sort());
    expect(marks.some((m) => m.id === "seizure-drugs-2024-tons-as-printed")).toBe(false);
    const regional = rows.filter((r) => r.kind !== "seizure").map((r) => r.id);
    expect(regional.length).toBeGreaterThan(0);
    for (const id of regional) expect(marks.some((m) => m.id === id)).toBe(false);
  });

  it("select() converts kilograms to metric tons and keeps tons as printed", () => {
    const byId = new Map(marks.map((m) => [m.id, m]));
    expect(byId.get("seizure-cocaine-2007")!.tonnes).toBeCloseTo(4.065, 6);
    expect(byId.get("seizure-cocaine-2007")!.printed).toEqual({ value: 4065, unit: "kg" });
    expect(byId.get("seizure-all-drugs-2022")!.tonnes).toBeCloseTo(13.02, 6);
    expect(byId.get("seizure-cocaine-sea-2024")!.tonnes).toBe(16.7);
  });

  it("select() spans each figure's whole period, in period order", () => {
    const total = marks.find((m) => m.id === "seizure-drugs-cumulative-bukele-2019-2025")!;
    expect(total.start.toISOString()).toBe("2019-06-01T00:00:00.000Z");
    expect(total.end.toISOString()).toBe("2025-11-01T00:00:00.000Z");
    const starts = marks.map((m) => m.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(marks.find((m) => m.id === "seizure-cocaine-bukele-2025-03")!.periodUncertain).toBe(true);
  });

  it("says these are seizures, not flows", () => {
    const { subtitle } = chart.heading("en");
    expect(subtitle).toMatch(/seizures reported by the government/i);
    expect(subtitle).toMatch(/not drug flows/i);
    expect(chart.describe(marks, "en")).toContain("not estimates of the drugs that pass through");
  });

  it("labels multi-year totals as totals", () => {
    const svg = drawChart(chart, marks, 720, "en");
    expect(svg).toContain("73.8 t drugs, total · security cabinet");
    expect(svg).toContain("16.7 t cocaine · defence minister, at sea");
  });

  it("describe() gives the largest total and the range of whole-year cocaine figures", () => {
    const text = chart.describe(marks, "en");
    expect(text).toContain("73.8 t");
    expect(text).toContain("1.4 t in 2019");
    expect(text).toContain("16.7 t in 2024");
  });

  it("writes its description, labels and table in Spanish for es-SV, periods from their dates", () => {
    const text = chart.describe(marks, "es-SV");
    expect(text).toContain("no estimaciones de la droga que pasa por el país");
    expect(text).toContain("73.8 t de drogas para jun 2019 a mediados de oct 2025 (gabinete de seguridad)");
    expect(text).not.toMatch(/\b(seizures?|figures?|cocaine|drugs|total over|mid-|cabinet)\b/i);
    const table = chart.table(marks, "es-SV");
    expect(table.columns[2]).toBe("Cantidad (toneladas métricas)");
    const periods = new Map(marks.map((m, i) => [m.id, table.rows[i]![0]]));
    expect(periods.get("seizure-cocaine-2010-2014")).toBe("aprox. 2010–2014");
    expect(periods.get("seizure-cocaine-2020-10-12")).toBe("12 oct 2020 (una sola incautación)");
    expect(periods.get("seizure-cocaine-bukele-2025-03")).toBe("periodo incierto");
    expect(periods.get("seizure-drugs-2025-to-sep")).toBe("ene 2025 a mediados de sept 2025");
    const words = table.rows.flatMap((r) => [r[0], r[1], r[2], r[4]]).join(" ");
    expect(words).not.toMatch(/\b(cocaine|drugs|government|navy|police|minister|about|more than|single|unclear|cumulative)\b/i);
    expect(drawChart(chart, marks, 720, "es-SV")).toContain("16.7 t de cocaína · ministro de la Defensa, en el mar");
  });

  it("table() has a row per figure and states the conversion", () => {
    const table = chart.table(marks, "en");
    expect(table.caption).toContain("1,000 kg");
    expect(table.columns[2]).toContain("metric tons");
    expect(table.rows).toHaveLength(marks.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows[0]!.slice(2, 4)).toEqual(["4.065 t", "4,065 kg"]);
  });

  itMatchesSnapshots(chart, marks);
});
