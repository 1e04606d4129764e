import { describe, expect, it } from "vitest";
import { gangMapChart as chart } from "../../src/charts/gang-map/index.ts";
import { drawChart, expectFitsStickyGraphic, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { dataset, data } = loadChart(chart);

const country = (iso3: string) => data.countries.find((c) => c.iso3 === iso3)!;

describe("gang-map", () => {
  it("select() joins countries to the map by zero-padded ISO numeric strings", () => {
    const ids = new Set(dataset.americas.objects.countries.geometries.map((g) => g.id));
    for (const c of data.countries) expect(ids.has(c.isoN3), c.iso3).toBe(true);
    expect(country("BLZ").isoN3).toBe("084");
    expect(data.offMap.map((c) => c.iso3).sort()).toEqual(["ESP", "ITA"]);
  });

  it("select() counts El Salvador's two Barrio 18 factions as Barrio 18 and keeps Chile's claim disputed", () => {
    expect(country("SLV").barrio18).toMatchObject({ level: "strong", rows: 2 });
    expect(country("CHL").ms13).toMatchObject({ level: "reported", disputed: true });
    expect(country("CHL").barrio18).toBeUndefined();
    expect(country("USA").ms13?.level).toBe("origin");
    expect(country("GTM")).toMatchObject({ ms13: { level: "established" }, barrio18: { level: "strong" } });
  });

  it("select() takes each country's latest preferred, non-rejected homicide rate", () => {
    const rows = dataset.tables.homicideRates.rows;
    for (const c of data.countries.filter((c) => c.rate)) {
      const usable = rows.filter((r) => r.iso3 === c.iso3 && r.preferred && r.status === "ok" && r.rate_per_100k !== null);
      const latest = usable.reduce((a, b) => (b.year > a.year ? b : a));
      expect(c.rate, c.iso3).toMatchObject({ year: latest.year, rate: latest.rate_per_100k, source_id: latest.source_id });
    }
    const rejected = rows.filter((r) => r.status === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) {
      const drawn = data.countries.some((c) => c.rate?.source_id === r.source_id && c.rate.year === r.year && c.iso3 === r.iso3);
      expect(drawn).toBe(false);
    }
    expect(country("SLV").rate).toMatchObject({ year: 2025, series: "official" });
    expect(country("BLZ").rate).toBeUndefined();
  });

  it("marks the disputed claim with a dashed outline and in the label", () => {
    for (const state of ["ms13", "all"]) {
      const svg = drawChart(chart, data, 720, "en", state);
      expect(svg).toMatch(/class="country-CHL"[^>]*stroke-dasharray/);
      expect(svg).toContain("Chile (disputed)");
    }
    expect(drawChart(chart, data, 720, "en", "barrio18")).not.toContain("(disputed)");
  });

  it("describe() names where the gangs began, the strongest countries and the disputed claim", () => {
    const text = chart.describe(data, "en");
    expect(text).toContain("founded in the United States");
    expect(text).toContain("strong in El Salvador, Guatemala and Honduras");
    expect(text).toContain("Chile is disputed");
    expect(text).toContain("Italy and Spain");
  });

  it("table() has a row per country on the map with the year of each rate", () => {
    const table = chart.table(data, "en");
    expect(table.columns).toHaveLength(5);
    expect(table.rows).toHaveLength(data.countries.length);
    expect(table.rows.every((r) => r.length === 5)).toBe(true);
    expect(table.rows.find((r) => r[0] === "El Salvador")).toEqual(["El Salvador", "Strong", "Strong (2 factions)", "1.3", "2025"]);
  });

  it("describe() and table() speak Spanish in es-SV, names and connectives included", () => {
    const text = chart.describe(data, "es-SV");
    expect(text).toContain("se fundaron en Estados Unidos");
    expect(text).toContain("fuerte en El Salvador, Guatemala y Honduras");
    expect(text).toContain("España e Italia");
    for (const english of ["founded", "disputed", "Spain", "the United States", " and "]) expect(text).not.toContain(english);
    const table = chart.table(data, "es-SV");
    expect(table.columns[0]).toBe("País");
    expect(table.rows.find((r) => r[0] === "El Salvador")).toEqual(["El Salvador", "Fuerte", "Fuerte (2 facciones)", "1.3", "2025"]);
    expect(table.rows.find((r) => r[0] === "Chile")?.[1]).toBe("Reportada (cuestionada)");
    const words = [table.caption, ...table.columns, ...table.rows.flat()].join(" ");
    for (const english of ["Country", "Strong", "Reported", "factions", "disputed", "United States"]) expect(words).not.toContain(english);
  });

  itMatchesSnapshots(chart, data, {
    check: (svg, width) => {
      expectFitsStickyGraphic(svg, width);
      expect(svg.length).toBeLessThan(60_000);
    },
  });
});
