import { describe, expect, it } from "vitest";
import { homicideRatesChart as chart, PEERS } from "../../src/charts/homicide-rates.ts";
import { FOCUS_COUNTRY } from "../../src/charts/shared/focus.ts";
import { itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data: lines } = loadChart(chart);

describe("homicide-rates", () => {
  it("select() draws UNODC lines for El Salvador and each peer, and one government line", () => {
    expect(lines.map((l) => l.key)).toEqual([...[FOCUS_COUNTRY, ...PEERS].map((c) => `${c}-unodc`), `${FOCUS_COUNTRY}-official`]);
    for (const line of lines) {
      const years = line.points.map((p) => p.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(new Set(years).size).toBe(years.length);
    }
  });

  it("select() never draws a rejected figure", () => {
    const rejected = tables.homicideRates.rows.filter((r) => r.status === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) {
      const drawn = lines.some((l) =>
        l.points.some((p) => p.source_id === r.source_id && p.year === r.year && p.iso3 === r.iso3 && p.rate === r.rate_per_100k),
      );
      expect(drawn, `${r.iso3} ${r.year} ${r.source_id}`).toBe(false);
    }
  });

  it("describe() gives the first, peak and last UNODC values for El Salvador", () => {
    const slv = lines.find((l) => l.key === `${FOCUS_COUNTRY}-unodc`)!;
    const peak = slv.points.reduce((a, b) => (b.rate > a.rate ? b : a));
    const text = chart.describe(lines, "en");
    expect(text).toContain(`peaked at ${peak.rate.toFixed(1)} in ${peak.year}`);
    expect(text).toContain("Honduras");
  });

  it("table() has a row per year and a column per line", () => {
    const table = chart.table(lines, "en");
    expect(table.columns).toHaveLength(lines.length + 1);
    expect(table.rows[0]![0]).toBe("2000");
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  itMatchesSnapshots(chart, lines, { name: (_state, width, locale) => `homicide-rates.w${width}.${locale}` });
});
