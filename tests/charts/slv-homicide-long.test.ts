import { describe, expect, it } from "vitest";
import { FOCUS_COUNTRY } from "../../src/charts/shared/focus.ts";
import { FIRST_YEAR, slvHomicideLongChart as chart } from "../../src/charts/slv-homicide-long.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

const slvRows = () => tables.homicideRates.rows.filter((r) => r.iso3 === FOCUS_COUNTRY);

describe("slv-homicide-long", () => {
  it("select() draws every valid UNODC rate for El Salvador since 1994, in order", () => {
    const expected = slvRows()
      .filter((r) => r.series === "unodc" && r.status === "ok" && r.year >= FIRST_YEAR && r.rate_per_100k !== null)
      .map((r) => r.year)
      .sort((a, b) => a - b);
    expect(data.unodc.map((p) => p.year)).toEqual(expected);
    expect(data.unodc[0]!.year).toBe(FIRST_YEAR);
    expect(new Set(data.unodc.map((p) => p.series))).toEqual(new Set(["unodc"]));
  });

  it("select() draws only the government figures marked preferred, one per year", () => {
    for (const point of data.official) {
      const row = slvRows().find((r) => r.year === point.year && r.source_id === point.source_id && r.series === "official");
      expect(row?.preferred, `${point.year} ${point.source_id}`).toBe(true);
      expect(row?.status).toBe("ok");
      expect(row?.rate_per_100k).toBe(point.rate);
    }
    const years = data.official.map((p) => p.year);
    expect(new Set(years).size).toBe(years.length);
    // The preferred 2015 figure is the current official series, not InSight's 103 or UNODC's.
    expect(data.official.find((p) => p.year === 2015)?.source_id).toBe("slv_gov_series");
  });

  it("select() never draws a rejected figure, and leaves 2017 out of the government line", () => {
    const rejected = slvRows().filter((r) => r.status === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    const drawn = [...data.unodc, ...data.official];
    for (const r of rejected) {
      expect(
        drawn.some((p) => p.year === r.year && p.source_id === r.source_id),
        `${r.year} ${r.source_id}`,
      ).toBe(false);
    }
    expect(data.official.some((p) => p.year === 2017)).toBe(false);
    expect(data.officialWithoutRate).toContain(2017);
  });

  it("select() takes every annotated event and its date from data/timeline.csv", () => {
    for (const state of Object.values(chart.states)) {
      for (const id of [...state.annotations, ...state.bands.flat()]) {
        const row = tables.timeline.rows.find((r) => r.id === id);
        expect(row, id).toBeDefined();
        expect(data.events[id]?.date).toBe(row!.date);
        expect(data.events[id]?.title).toBe(row!.title);
      }
    }
    expect(data.events["mano-dura-launch"]!.x).toBeCloseTo(2003.56, 2);
  });

  it("describe() gives the 1995 high, the 2015 values of both series and the latest figures", () => {
    const text = chart.describe(data, "en");
    const rate = (series: typeof data.unodc, year: number) => series.find((p) => p.year === year)!.rate.toFixed(1);
    expect(text).toContain(`${rate(data.unodc, 1995)} per 100,000 people in 1995`);
    expect(text).toContain(rate(data.unodc, 2015));
    expect(text).toContain(rate(data.official, 2015));
    const last = data.official[data.official.length - 1]!;
    expect(text).toContain(`${last.rate.toFixed(1)} for ${last.year}`);
  });

  it("table() has a row per year from 1994 and four columns", () => {
    const table = chart.table(data, "en");
    expect(table.columns).toHaveLength(4);
    expect(table.rows[0]![0]).toBe(String(FIRST_YEAR));
    expect(table.rows.at(-1)![0]).toBe(String(data.official.at(-1)!.year));
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows.find((r) => r[0] === "2017")![2]).toBe("–");
  });

  it("sources() lists UNODC, the government series and the events' sources", () => {
    const sources = chart.sources(data);
    expect(sources).toContain("unodc_wdi");
    expect(sources).toContain("slv_gov_series");
    const known = new Set(tables.sources.rows.map((r) => r.source_id));
    for (const id of sources) expect(known.has(id), id).toBe(true);
  });

  it("describe() and table() are wholly Spanish in es-SV, dates and event titles included", () => {
    const text = chart.describe(data, "es-SV");
    const table = chart.table(data, "es-SV");
    const all = [text, table.caption, ...table.columns, ...table.rows.flat()].join(" ");
    expect(text).toContain("Según la UNODC");
    expect(text).toContain("régimen de excepción");
    expect(text).toContain("marzo de 2022");
    expect(table.columns).toEqual(["Año", "UNODC (por 100,000)", "Gobierno (por 100,000)", "Acontecimientos"]);
    expect(all).toContain("Arranca el plan Mano Dura");
    for (const english of ["According", "people", "government", "Government", "truce", "Events", "launched", "March", "State of exception"]) {
      expect(all, english).not.toContain(english);
    }
  });

  itMatchesSnapshots(chart, data);
});
