import { describe, expect, it } from "vitest";
import { COPYCAT_COUNTRIES, COPYCATS_FIRST_YEAR } from "../../src/charts/copycats/data.ts";
import { copycatsChart as chart } from "../../src/charts/copycats/index.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data: panels } = loadChart(chart);

const panel = (iso3: string) => panels.find((p) => p.iso3 === iso3)!;
const rowOf = (p: { iso3: string; year: number; source_id: string; series: string }) =>
  tables.homicideRates.rows.find((r) => r.iso3 === p.iso3 && r.year === p.year && r.source_id === p.source_id && r.series === p.series);

describe("copycats", () => {
  it("select() gives one panel per country, El Salvador last", () => {
    expect(panels.map((p) => p.iso3)).toEqual([...COPYCAT_COUNTRIES]);
    expect(panels.at(-1)!.iso3).toBe("SLV");
  });

  it("select() draws valid UNODC rows from 2015 to each country's last UNODC year", () => {
    for (const p of panels) {
      expect(p.unodc.length, p.iso3).toBeGreaterThan(0);
      for (const point of p.unodc) {
        expect(point.year).toBeGreaterThanOrEqual(COPYCATS_FIRST_YEAR);
        expect(point.series).toBe("unodc");
        expect(rowOf(point)?.status).toBe("ok");
      }
    }
    // UNODC has no Guatemalan figure for 2015-2016: the line starts later rather than bridging.
    expect(panel("GTM").unodc[0]!.year).toBe(2017);
  });

  it("select() adds only preferred, valid figures for the years after UNODC's last one", () => {
    for (const p of panels) {
      const lastUnodc = p.unodc.at(-1)!.year;
      for (const point of p.later) {
        expect(point.year).toBeGreaterThan(lastUnodc);
        const row = rowOf(point);
        expect(row?.preferred, `${p.iso3} ${point.year}`).toBe(true);
        expect(row?.status).toBe("ok");
      }
    }
    expect(panel("ECU").later.map((p) => [p.year, p.rate])).toEqual([[2024, 38.76]]);
    expect(panel("SLV").later.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    // Guatemala's preferred 2024 value is InSight Crime's, and is kept as such.
    expect(panel("GTM").later.map((p) => p.series)).toEqual(["insight"]);
  });

  it("select() draws the government's 26.8 for Honduras 2024, not ASJ's or InSight's version", () => {
    const versions = tables.homicideRates.rows.filter((r) => r.iso3 === "HND" && r.year === 2024 && r.rate_per_100k !== null);
    expect(versions.length).toBeGreaterThanOrEqual(3);
    const drawn = panel("HND").later;
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ year: 2024, rate: 26.8, series: "official", source_id: "hnd_seguridad_2025" });
    expect(chart.heading("en").note).toContain("25.4");
    expect(chart.heading("en").note).toContain("25.3");
  });

  it("select() never draws a rejected figure", () => {
    const rejected = tables.homicideRates.rows.filter((r) => r.status === "rejected");
    const drawn = panels.flatMap((p) => [...p.unodc, ...p.later]);
    for (const r of rejected) {
      expect(drawn.some((p) => p.iso3 === r.iso3 && p.year === r.year && p.source_id === r.source_id)).toBe(false);
    }
  });

  it("select() marks Honduras' state of exception and Ecuador's armed conflict with their timeline dates", () => {
    expect(panel("HND").event?.date).toBe(tables.timeline.rows.find((r) => r.id === "honduras-state-of-exception")!.date);
    expect(panel("ECU").event?.date).toBe(tables.timeline.rows.find((r) => r.id === "ecuador-internal-armed-conflict")!.date);
    expect(panels.filter((p) => p.event).map((p) => p.iso3)).toEqual(["HND", "ECU"]);
  });

  it("describe() gives Honduras' and Ecuador's first, last and later values", () => {
    const text = chart.describe(panels, "en");
    for (const iso3 of ["HND", "ECU"]) {
      const p = panel(iso3);
      expect(text).toContain(`${p.unodc[0]!.rate.toFixed(1)} per 100,000 in ${p.unodc[0]!.year}`);
      expect(text).toContain(`${p.unodc.at(-1)!.rate.toFixed(1)} in ${p.unodc.at(-1)!.year}`);
      expect(text).toContain(`${p.later.at(-1)!.rate.toFixed(1)} in ${p.later.at(-1)!.year}`);
    }
    expect(text).toContain("December 2022");
    expect(text).toContain("January 2024");
  });

  it("table() has a row per country and year, five columns each", () => {
    const table = chart.table(panels, "en");
    expect(table.columns).toHaveLength(5);
    const expected = panels.reduce((n, p) => n + new Set([...p.unodc, ...p.later].map((q) => q.year)).size, 0);
    expect(table.rows).toHaveLength(expected);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows.find((r) => r[0] === "Guatemala" && r[1] === "2024")![4]).toBe("InSight Crime");
  });

  it("describe() and table() are wholly Spanish in es-SV, country names and dates included", () => {
    const text = chart.describe(panels, "es-SV");
    const table = chart.table(panels, "es-SV");
    const all = [text, table.caption, ...table.columns, ...table.rows.flat()].join(" ");
    expect(text).toContain("estado de excepción en diciembre de 2022");
    expect(text).toContain("conflicto armado interno en enero de 2024");
    expect(text).toContain("según las cifras del Gobierno");
    expect(table.columns[0]).toBe("País");
    expect(table.rows.find((r) => r[0] === "México" && r[1] === "2024")![4]).toBe("Gobierno");
    for (const english of ["according", "people", "government", "Mexico", "declared", "Latest", "December", "January", "Later figure"]) {
      expect(all, english).not.toContain(english);
    }
  });

  itMatchesSnapshots(chart, panels);
});
