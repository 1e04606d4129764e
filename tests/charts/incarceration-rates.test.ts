import { describe, expect, it } from "vitest";
import { incarcerationRatesChart as chart, RANKING_SOURCE, REGION, WORLD_LEADERS } from "../../src/charts/incarceration-rates.ts";
import { drawChart, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("incarceration-rates", () => {
  it("select() ranks El Salvador and the four highest others from the 14th-edition list only", () => {
    const world = data.bars.filter((b) => b.group === "world");
    expect(world.map((b) => [b.iso3, b.rate])).toEqual([
      ["SLV", 1086],
      ["CUB", 794],
      ["RWA", 637],
      ["TKM", 576],
      ["USA", 531],
    ]);
    expect(world.every((b) => b.source_id === RANKING_SOURCE)).toBe(true);
    expect(new Set(world.map((b) => b.iso3))).toEqual(new Set(["SLV", ...WORLD_LEADERS]));
  });

  it("select() adds WPB's later rate for El Salvador as its own bar, not from the list", () => {
    const later = data.bars.filter((b) => b.group === "latest");
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ iso3: "SLV", rate: 1659, series: "wpb" });
    expect(later[0]!.source_id).not.toBe(RANKING_SOURCE);
  });

  it("select() gives each regional country its latest preferred total rate", () => {
    const region = data.bars.filter((b) => b.group === "region");
    expect(region.map((b) => b.iso3).sort()).toEqual([...REGION].sort());
    for (const bar of region) {
      const row = tables.prisonPopulation.rows.find((r) => r.iso3 === bar.iso3 && r.date === bar.date && r.source_id === bar.source_id);
      expect(row?.preferred, bar.iso3).toBe(true);
      expect(row?.status).toBe("ok");
      // The UN-CTS "adults held" rows are a different indicator.
      expect(bar.source_id).not.toBe("oas_uncts_adults");
    }
  });

  it("select() sorts bars by rate and takes the world rate from the same list", () => {
    const rates = data.bars.map((b) => b.rate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(data.world).toMatchObject({ iso3: "WLD", rate: 140, source_id: RANKING_SOURCE });
  });

  it("describe() gives both El Salvador figures and the list's next countries", () => {
    const text = chart.describe(data, "en");
    for (const value of ["1,086", "1,659", "Cuba (794)", "United States (531)", "140"]) expect(text).toContain(value);
  });

  it("table() has a row per bar plus the world, with units in the headers", () => {
    const table = chart.table(data, "en");
    expect(table.rows).toHaveLength(data.bars.length + 1);
    expect(table.columns[1]).toContain("per 100,000");
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it("keeps El Salvador's list bar the same length in every state", () => {
    const widthOfFirstBar = (state: string) => /<rect x="[\d.]+" width="([\d.]+)"/.exec(drawChart(chart, data, 720, "en", state))?.[1];
    const world = widthOfFirstBar("world");
    expect(world).toBeDefined();
    // In "world" the first bar is the list's 1,086; later states put the 1,659 first.
    expect(Number(widthOfFirstBar("latest"))).toBeGreaterThan(Number(world));
    expect(drawChart(chart, data, 720, "en", "region")).toContain(`width="${world}"`);
  });

  it("describe() and table() speak Spanish in es-SV, country names included", () => {
    const text = chart.describe(data, "es-SV");
    for (const value of ["1,086", "1,659", "Cuba (794)", "Estados Unidos (531)", "personas presas", "tasa mundial"]) expect(text).toContain(value);
    for (const english of ["prisoners", "United States", "later figure", "world rate"]) expect(text).not.toContain(english);
    const table = chart.table(data, "es-SV");
    expect(table.columns[1]).toContain("por cada 100,000");
    expect(table.rows.map((r) => r[0])).toContain("El Salvador (cifra posterior del WPB)");
    expect(table.rows.map((r) => r[0])).toContain("Mundo");
    const words = [table.caption, ...table.columns, ...table.rows.flat()].join(" ");
    for (const english of ["Country", "prisoners", "later WPB figure", "14th edition", "United States"]) expect(words).not.toContain(english);
  });

  itMatchesSnapshots(chart, data);
});
