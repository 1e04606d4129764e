import { describe, expect, it } from "vitest";
import { countGapsChart as chart } from "../../src/charts/count-gaps.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("count-gaps", () => {
  it("select() draws one bar per year from the preferred official counts since 2019", () => {
    const expected = tables.homicideRates.rows.filter(
      (r) => r.iso3 === "SLV" && r.series === "official" && r.preferred && r.status === "ok" && r.count !== null && r.year >= 2019,
    );
    expect(data.official.map((o) => o.year)).toEqual(expected.map((r) => r.year).sort((a, b) => a - b));
    for (const o of data.official) {
      expect(expected.some((r) => r.year === o.year && r.count === o.count && r.source_id === o.source_id)).toBe(true);
    }
    expect(data.official[0]).toMatchObject({ year: 2019, count: 2398 });
  });

  it("select() gives the years without a preferred count the range of official counts, not a bar", () => {
    for (const c of data.countless) {
      expect(data.official.some((o) => o.year === c.year)).toBe(false);
      expect(c.low).toBeLessThanOrEqual(c.high);
    }
    expect(data.countless.map((c) => c.year)).toEqual([2020, 2021]);
  });

  it("select() chains OUDH's 2022 steps from the official 495 and starts each 2023 alternative at 154", () => {
    const oudh = data.additions.filter((a) => a.year === 2022);
    expect(oudh.map((a) => [a.from, a.to, a.variant])).toEqual([
      [495, 578, "plus-confrontations"],
      [578, 608, "plus-graves"],
      [608, 659, "plus-prison-deaths"],
    ]);
    expect(oudh.map((a) => a.to - a.from)).toEqual([83, 30, 51]);
    const alternatives = data.additions.filter((a) => a.year === 2023);
    expect(alternatives.map((a) => [a.source_id, a.from, a.to, a.step])).toEqual([
      ["slv_fgr_2025", 154, 194, false],
      ["fp_giles_2024", 154, 288, false],
    ]);
  });

  it("select() draws no rejected figure and no press tally", () => {
    const rejected = tables.homicideRates.rows.filter((r) => r.iso3 === "SLV" && r.status === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    const drawn = [...data.official.map((o) => [o.year, o.count, o.source_id]), ...data.additions.map((a) => [a.year, a.to, a.source_id])];
    for (const r of rejected) expect(drawn).not.toContainEqual([r.year, r.count, r.source_id]);
    const tallies = new Set(tables.homicideRates.rows.filter((r) => r.series === "press-tally").map((r) => r.source_id));
    expect(drawn.some(([, , source]) => tallies.has(source as string))).toBe(false);
  });

  it("describe() gives the official range and every estimate with who made it", () => {
    const text = chart.describe(data, "en");
    for (const value of ["2,398", "82", "495", "83", "30", "51", "659", "154", "194", "288"]) expect(text).toContain(value);
    for (const who of ["OUDH", "El Mundo", "Foreign Policy"]) expect(text).toContain(who);
  });

  it("table() has four columns and a row per figure", () => {
    const table = chart.table(data, "en");
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toHaveLength(data.official.length + data.countless.length + data.additions.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows[0]).toEqual(["2019", "Official count (government)", "2,398", "–"]);
  });

  it("describe() and table() speak Spanish in es-SV", () => {
    const text = chart.describe(data, "es-SV");
    for (const words of ["bajó de 2,398 en 2019", "los escenarios de OUDH (UCA) añaden 83 pandilleros", "El Mundo llega a 194 con su suma"]) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/\b(official|scenarios|against|gives|model|sum|graves|prison)\b/);
    const table = chart.table(data, "es-SV");
    expect(table.columns[0]).toBe("Año");
    expect(table.rows[0]).toEqual(["2019", "Conteo oficial (Gobierno)", "2,398", "–"]);
    expect(table.rows.map((r) => r[1])).toEqual(expect.arrayContaining(["Suma de El Mundo", "Modelo de Foreign Policy"]));
    const words = [table.caption, ...table.columns, ...table.rows.flat()].join(" ");
    expect(words).not.toMatch(/\b(Official|count|Homicides|scenarios|sum|model|gang members|graves|prison)\b/);
  });

  it("sources() lists every source drawn", () => {
    expect(chart.sources(data)).toEqual(expect.arrayContaining(["slv_afp_2021", "slv_mjsp_2024", "oudh_uca_2023", "fp_giles_2024", "slv_fgr_2025"]));
  });

  itMatchesSnapshots(chart, data);
});
