import { describe, expect, it } from "vitest";
import { FROM_YEAR, homicideFallChart as chart, labelledYears } from "../../src/charts/homicide-fall.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data } = loadChart(chart);

describe("homicide-fall", () => {
  it("select() draws one preferred government rate a year since 2015, and no rejected figure", () => {
    const years = data.bars.map((b) => b.year);
    expect(years[0]).toBe(FROM_YEAR);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    for (const bar of data.bars) {
      const row = tables.homicideRates.rows.find((r) => r.iso3 === "SLV" && r.year === bar.year && r.source_id === bar.source_id && r.series === "official");
      expect(row?.preferred && row.status === "ok" && row.rate_per_100k === bar.rate, `${bar.year}`).toBe(true);
    }
    // The government's 2017 rate was rejected; the preferred figure is a count, so no bar.
    expect(data.withoutRate).toEqual([2017]);
  });

  it("labels every bar where the widest value fits its band, else the peak and the last two", () => {
    expect(labelledYears(data.bars, 60, 12, "en")).toEqual(data.bars.map((b) => b.year));
    expect(labelledYears(data.bars, 28, 11, "en")).toEqual([FROM_YEAR, ...data.bars.slice(-2).map((b) => b.year)]);
  });

  it("describe() names the first and the latest rate", () => {
    const last = data.bars.at(-1)!;
    expect(chart.describe(data, "en")).toContain(`from 106.3 per 100,000 people in 2015 to ${last.rate} in ${last.year}`);
  });

  itMatchesSnapshots(chart, data);
});
