import { describe, expect, it } from "vitest";
import { manoDuraRecordChart as chart, PRISON_SOURCE, RECORD_YEARS } from "../../src/charts/mano-dura-record.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("mano-dura-record", () => {
  it("select() draws El Salvador's valid UNODC rate for every year of 2000-2016", () => {
    const [from, to] = RECORD_YEARS;
    expect(data.rates.map((r) => r.year)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    for (const r of data.rates) {
      const row = tables.homicideRates.rows.find((h) => h.iso3 === "SLV" && h.year === r.year && h.series === "unodc");
      expect(row?.status).toBe("ok");
      expect(row?.rate_per_100k).toBe(r.rate);
    }
  });

  it("select() takes the prisoner counts from the one World Prison Brief trend table", () => {
    const expected = tables.prisonPopulation.rows
      .filter((r) => r.iso3 === "SLV" && r.series === "wpb" && r.source_id === PRISON_SOURCE && r.status === "ok")
      .filter((r) => Number(r.date) >= RECORD_YEARS[0] && Number(r.date) <= RECORD_YEARS[1]);
    expect(data.prisoners.map((p) => p.year)).toEqual(expected.map((r) => Number(r.date)).sort((a, b) => a - b));
    expect(data.prisoners.map((p) => p.year)).toEqual([2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016]);
    expect(new Set(data.prisoners.map((p) => p.source_id))).toEqual(new Set([PRISON_SOURCE]));
    // Other counts for the same years (the prisons directorate's, other WPB copies) stay out.
    for (const p of data.prisoners) {
      const row = expected.find((r) => Number(r.date) === p.year)!;
      expect(row.prisoners).toBe(p.prisoners);
    }
  });

  it("select() dates the crackdowns from data/timeline.csv", () => {
    expect(data.crackdowns.map((e) => e.id)).toEqual(["mano-dura-launch", "super-mano-dura-launch"]);
    for (const event of data.crackdowns) {
      expect(event.date).toBe(tables.timeline.rows.find((r) => r.id === event.id)!.date);
    }
  });

  it("describe() gives the rate at the launch, the prisoner counts and the later extremes", () => {
    const text = chart.describe(data, "en");
    expect(text).toContain(`${data.rates.find((r) => r.year === 2003)!.rate.toFixed(1)} per 100,000 people in 2003`);
    expect(text).toContain(data.prisoners.at(-1)!.prisoners.toLocaleString("en"));
    expect(text).toContain(`highest in 2015, at ${data.rates.find((r) => r.year === 2015)!.rate.toFixed(1)}`);
  });

  it("table() has a row per year and four columns", () => {
    const table = chart.table(data, "en");
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toHaveLength(RECORD_YEARS[1] - RECORD_YEARS[0] + 1);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows.find((r) => r[0] === "2001")![2]).toBe("–");
  });

  it("describe() and table() are wholly Spanish in es-SV, event titles included", () => {
    const text = chart.describe(data, "es-SV");
    const table = chart.table(data, "es-SV");
    const all = [text, table.caption, ...table.columns, ...table.rows.flat()].join(" ");
    expect(text).toContain("Según la UNODC");
    expect(text).toContain("personas presas");
    expect(text).toContain("tregua entre pandillas");
    expect(table.columns[0]).toBe("Año");
    expect(all).toContain("Arranca el plan Súper Mano Dura");
    for (const english of ["according", "people", "prison ", "truce", "launched", "After", "Events", "Homicides"]) {
      expect(all, english).not.toContain(english);
    }
  });

  itMatchesSnapshots(chart, data);
});
