import { describe, expect, it } from "vitest";
import { pactTimelineChart as chart } from "../../src/charts/pact-timeline.ts";
import { eventTitle } from "../../src/i18n/names.ts";
import { drawChart, expectFitsStickyGraphic, itMatchesSnapshots, loadChart } from "./snapshot.ts";

const { tables, data: events } = loadChart(chart);

describe("pact-timeline", () => {
  it("select() keeps every pact and US event since 2012, plus the killings, the state of exception and the truce convictions", () => {
    const expected = tables.timeline.rows
      .filter((r) => ["pact", "us-justice", "us-policy"].includes(r.category) && Number(r.date.slice(0, 4)) >= 2012)
      .map((r) => r.id);
    const ids = events.map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set([...expected, "march-2022-killings", "state-of-exception-declared", "truce-convictions"]));
    expect(ids).not.toContain("truce-collapse");
    expect(ids).not.toContain("cecot-opened");
    const starts = events.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("select() places partial dates at the start of their period and keeps their precision", () => {
    const talks = events.find((e) => e.id === "prison-talks-ms13-begin")!;
    expect(talks.precision).toBe("year");
    expect(talks.start.toISOString().slice(0, 10)).toBe("2019-01-01");
    expect(talks.end.toISOString().slice(0, 10)).toBe("2020-01-01");
    const crook = events.find((e) => e.id === "crook-released")!;
    expect(crook.precision).toBe("month");
    expect(crook.start.toISOString().slice(0, 10)).toBe("2021-11-01");
    expect(events.find((e) => e.id === "march-2022-killings")!.precision).toBe("day");
  });

  it("select() puts US actions on the US side and the rest on El Salvador's", () => {
    for (const e of events) expect(e.side).toBe(e.category.startsWith("us-") ? "us" : "slv");
  });

  it("every event a state names exists in the data, and every state but the summary highlights some", () => {
    const ids = new Set(events.map((e) => e.id));
    for (const [name, state] of Object.entries(chart.states)) {
      if (state.highlight === "all") {
        expect(name).toBe(chart.summary);
        continue;
      }
      if ("ids" in state.highlight) for (const id of state.highlight.ids) expect(ids.has(id), `${name}: ${id}`).toBe(true);
    }
    const svg = drawChart(chart, events, 340, "en", "truce-2012");
    expect(svg).toContain('font-weight="700"');
  });

  it("describe() counts the events on each side", () => {
    const text = chart.describe(events, "en");
    const us = events.filter((e) => e.side === "us").length;
    expect(text).toContain(`marks ${events.length} events`);
    expect(text).toContain(`${events.length - us} in El Salvador`);
    expect(text).toContain(`${us} actions of the US government`);
  });

  it("table() has a row per event with its date as precise as the data", () => {
    const table = chart.table(events, "en");
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toHaveLength(events.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.rows.find((r) => r[1] === events.find((e) => e.id === "prison-talks-ms13-begin")!.title)![0]).toBe("2019");
  });

  it("writes its description and table in Spanish for es-SV", () => {
    const text = chart.describe(events, "es-SV");
    expect(text).toContain("La línea de tiempo marca");
    expect(text).toContain("régimen de excepción");
    expect(text).not.toMatch(/\b(events|timeline|talks|government|month)\b/i);
    const table = chart.table(events, "es-SV");
    expect(table.columns).toEqual(["Fecha", "Hecho", "Dónde", "Tipo"]);
    const cells = table.rows.flat().join(" ");
    expect(cells).toContain("Estados Unidos");
    expect(cells).not.toMatch(/\b(United States|Truce|US justice|US policy|Violence|Salvadoran policy)\b/);
    const talks = events.find((e) => e.id === "prison-talks-ms13-begin")!;
    expect(table.rows.find((r) => r[0] === "2019")![1]).toBe(eventTitle(talks, "es-SV"));
  });

  it("sources() lists every source of the events drawn", () => {
    expect(new Set(chart.sources(events))).toEqual(new Set(events.flatMap((e) => e.source_ids)));
  });

  itMatchesSnapshots(chart, events, { check: expectFitsStickyGraphic });
});
