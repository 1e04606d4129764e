import { describe, expect, it } from "vitest";
import { ruleOfLawChart as chart } from "../../src/charts/rule-of-law.ts";
import { drawChart, expectFitsStickyGraphic, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data: events } = loadChart(chart);

describe("rule-of-law", () => {
  it("select() keeps the democracy, courts and elections events from 2019 on, in date order", () => {
    const expected = tables.timeline.rows
      .filter((r) => ["democracy", "courts", "elections"].includes(r.category) && Number(r.date.slice(0, 4)) >= 2019)
      .map((r) => r.id);
    expect(events.map((e) => e.id)).toEqual(expected);
    for (const id of [
      "troops-in-assembly",
      "court-and-ag-removed",
      "reelection-ruling",
      "bukele-reelected-2024",
      "article-248-reform",
      "indefinite-reelection",
    ]) {
      expect(events.map((e) => e.id)).toContain(id);
    }
    expect(events.map((e) => e.id)).not.toContain("gangs-ruled-terrorist-groups");
  });

  it("describe() counts the events of each kind and names the re-election ruling's date", () => {
    const text = chart.describe(events, "en");
    expect(text).toContain(`marks ${events.length} events`);
    expect(text).toContain(`${events.filter((e) => e.category === "courts").length} about the courts`);
    expect(text).toContain("3 Sep 2021");
  });

  it("table() has a row per event", () => {
    const table = chart.table(events, "en");
    expect(table.columns).toEqual(["Date", "Event", "Kind"]);
    expect(table.rows).toHaveLength(events.length);
    expect(table.rows.every((r) => r.length === 3)).toBe(true);
  });

  it("writes its description and table in Spanish for es-SV", () => {
    const text = chart.describe(events, "es-SV");
    expect(text).toContain("La franja marca");
    expect(text).toContain("Sala de lo Constitucional");
    expect(text).toContain("3 sept 2021");
    expect(text).not.toMatch(/\b(events|strip|courts|Assembly replaced|latest)\b/i);
    const table = chart.table(events, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Hecho", "Tipo"]);
    const cells = table.rows.flat().join(" ");
    expect(cells).toContain("Tribunales");
    expect(cells).not.toMatch(/\b(Elections|Courts|Assembly)\b/);
  });

  it("labels every event with its title", () => {
    const svg = drawChart(chart, events, 720, "en");
    for (const e of events) expect(svg).toContain(`event-${e.id}`);
  });

  itMatchesSnapshots(chart, events, { check: expectFitsStickyGraphic });
});
