import { describe, expect, it } from "vitest";
import { civicSpaceChart as chart } from "../../src/charts/civic-space.ts";
import { drawChart, expectFitsStickyGraphic, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data: events } = loadChart(chart);

describe("civic-space", () => {
  it("select() keeps every civic-space event of the timeline, in date order", () => {
    const expected = tables.timeline.rows.filter((r) => r.category === "civic-space").map((r) => r.id);
    expect(events.map((e) => e.id)).toEqual(expected);
    for (const id of ["pegasus-spyware-report", "ruth-lopez-arrested", "foreign-agents-law", "cristosal-leaves"]) {
      expect(events.map((e) => e.id)).toContain(id);
    }
    const starts = events.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("describe() counts the events, names the first and last, and keeps the caveats", () => {
    const text = chart.describe(events, "en");
    expect(text).toContain(`marks ${events.length} events`);
    expect(text).toContain("Report finds Pegasus spyware on reporters' phones");
    expect(text).toContain("circumstantial evidence");
    expect(text).toContain("not issued");
  });

  it("writes its description and table in Spanish for es-SV", () => {
    const text = chart.describe(events, "es-SV");
    expect(text).toContain("La línea de tiempo marca");
    expect(text).toContain("indicios circunstanciales");
    expect(text).not.toMatch(/\b(events|timeline|spyware|warrants)\b/i);
    const table = chart.table(events, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Hecho"]);
    expect(table.rows.flat().join(" ")).toContain("Capturan a Ruth López");
  });

  it("table() has a row per event", () => {
    const table = chart.table(events, "en");
    expect(table.columns).toEqual(["Date", "Event"]);
    expect(table.rows).toHaveLength(events.length);
  });

  it("labels every event and marks the month-only date as hollow", () => {
    const svg = drawChart(chart, events, 720, "en");
    for (const e of events) expect(svg).toContain(`event-${e.id}`);
    expect(events.some((e) => e.precision === "month")).toBe(true);
  });

  itMatchesSnapshots(chart, events, { check: expectFitsStickyGraphic });
});
