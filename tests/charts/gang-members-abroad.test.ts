import { describe, expect, it } from "vitest";
import { gangMembersAbroadChart as chart } from "../../src/charts/gang-members-abroad.ts";
import { drawChart, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("gang-members-abroad", () => {
  it("select() draws one bar per reported figure except the at-large count", () => {
    const rows = tables.gangMembersAbroad.rows;
    const drawnIds = data.bars.map((b) => b.id).sort();
    expect(drawnIds).toEqual(
      rows
        .filter((r) => r.action !== "at-large")
        .map((r) => r.id)
        .sort(),
    );
    expect(data.bars.some((b) => (b.action as string) === "at-large")).toBe(false);
    expect(data.atLarge).toMatchObject({ value: 43000, qualifier: "approx" });
  });

  it("select() puts the largest count first and keeps every bar in the hundreds at most", () => {
    const values = data.bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(Math.max(...values)).toBeLessThan(1000);
  });

  it("select() keeps each figure's own qualifier and country names", () => {
    const flight = data.bars.find((b) => b.id === "gtm-mex-deportations-2022-2023")!;
    expect(flight).toMatchObject({ value: 215, qualifier: "floor" });
    expect(flight.countries.map((c) => c.name)).toEqual(["Guatemala", "Mexico"]);
  });

  it('draws a floor as "more than" and names the action', () => {
    const svg = drawChart(chart, data, 720, "en");
    expect(svg).toContain("more than 215 deported");
    expect(svg).toContain("23 flown to El Salvador");
    expect(svg).toContain("148 arrested, all nationalities");
  });

  it("describe() gives the largest count and the at-large context", () => {
    const text = chart.describe(data, "en");
    expect(text).toContain("more than 215 deported");
    expect(text).toContain("about 43,000");
    expect(text).toContain("cannot be added up");
  });

  it("writes its labels, description and table in Spanish for es-SV", () => {
    const svg = drawChart(chart, data, 720, "es-SV");
    expect(svg).toContain("más de 215 deportados");
    expect(svg).toContain("Guatemala, México");
    expect(svg).toContain("148 detenidos, todas las nacionalidades");
    expect(svg).toContain("sin fecha");
    const text = chart.describe(data, "es-SV");
    expect(text).toContain("cerca de 43,000");
    expect(text).toContain("no pueden sumarse");
    expect(text).not.toMatch(/\b(gang members|arrested|deported|abroad|about|counts|police)\b/i);
    const table = chart.table(data, "es-SV");
    expect(table.columns).toEqual(["País", "Periodo", "Qué ocurrió", "Pandilleros (personas)", "Fuentes"]);
    const words = table.rows.flatMap((r) => r.slice(0, 4)).join(" ");
    expect(words).toContain("Estados Unidos");
    expect(words).not.toMatch(/\b(Mexico|United States|arrested|deported|flown|undated|from|until|more than|nationalities|crackdown)\b/);
  });

  it("table() has a row per bar, with units in the headers", () => {
    const table = chart.table(data, "en");
    expect(table.rows).toHaveLength(data.bars.length);
    expect(table.columns[3]).toContain("people");
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it("sources() names every drawn row's sources and not the at-large row's alone", () => {
    const sources = chart.sources(data);
    for (const bar of data.bars) for (const id of bar.source_ids) expect(sources).toContain(id);
    expect(sources).not.toContain("insight-2023-09-police");
  });

  itMatchesSnapshots(chart, data);
});
