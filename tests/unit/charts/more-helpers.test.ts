/**
 * The shared chart helpers the other unit tests leave out: the homicide charts' event labels
 * (grouping, placing, drawing), the timelines' event column and markers, the state-of-exception
 * charts' words and marks, number formats, the frames and axes, and the states files' paths.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { datedEvent, drawEventColumn, markerPath, type ColumnEvent } from "../../../src/charts/shared/event-timeline.ts";
import {
  eventLabelMarks,
  fractionalYear,
  groupEvents,
  placeEventLabels,
  storyEvents,
  type StoryEvent,
} from "../../../src/charts/shared/homicide-annotations.ts";
import { formatNumber } from "../../../src/charts/shared/options.ts";
import { svgFrame, utcYearAxis, zeroRule } from "../../../src/charts/shared/plot-frame.ts";
import { exceptionStartMarks, hollowNote, qualifierWords, quotedQualifiers, soeFigure, startMarks } from "../../../src/charts/shared/soe-dates.ts";
import { fillLines, textWidth } from "../../../src/charts/shared/text-metrics.ts";
import { statesPath } from "../../../src/charts/shared/widths.ts";
import type { Row } from "../../../src/data/load-tables.ts";
import { translator } from "../../../src/i18n/translate.ts";

const { document } = new JSDOM("").window;
const en = { locale: "en", t: translator("en") };
const es = { locale: "es-SV", t: translator("es-SV") };
const event = (id: string, date: string, title: string): StoryEvent => ({ id, date, x: fractionalYear(date), title, source_ids: ["s"] });

describe("event labels of the homicide charts", () => {
  const px = (x: number) => (x - 2000) * 20;
  const events = [
    event("a", "2003-07-10", "Mano Dura begins"),
    event("b", "2003-07-20", "Second event"),
    event("c", "2012-03", "Truce"),
    event("d", "2019-06", "Bukele in office"),
  ];

  it("groups events whose rules fall within 2 px into one label, in date order", () => {
    const groups = groupEvents(events, px, (e) => [e.title]);
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(groups[0]!.forms[0]!.lines).toEqual(["Mano Dura begins; second event"]);
  });

  it("places labels inside the bounds, never overlapping on a row, and gives up when nothing fits", () => {
    const groups = groupEvents(events, px, (e) => [e.title]);
    const placed = placeEventLabels(groups, { rows: 2, fontSize: 12, bounds: [0, 420] })!;
    expect(placed).toHaveLength(groups.length);
    for (const label of placed) expect(label.from >= 0 && label.to <= 420).toBe(true);
    for (const a of placed)
      for (const b of placed) {
        if (a === b || a.hi < b.lo || b.hi < a.lo) continue;
        expect(a.to <= b.from || b.to <= a.from, `${a.lines} / ${b.lines}`).toBe(true);
      }
    expect(placeEventLabels(groups, { rows: 1, fontSize: 12, bounds: [0, 60] })).toBeUndefined();
  });

  it("draws each placed label as text at its rule", () => {
    const placed = placeEventLabels(
      groupEvents(events.slice(2), px, (e) => [e.title]),
      { rows: 2, fontSize: 12, bounds: [0, 420] },
    )!;
    const marks = eventLabelMarks(placed, { valueAt: (p) => p, rowCentre: (r) => r * 14, lineHeight: 14, fontSize: 12 });
    expect(marks.length).toBeGreaterThan(0);
  });

  it("reads the story's events from the timeline, and stops on an id it lacks", () => {
    const rows = [{ id: "x", date: "2022-03-27", title: "T", source_ids: ["s"] }] as unknown as Row<"timeline">[];
    expect(storyEvents(rows, ["x"]).x!.x).toBeCloseTo(fractionalYear("2022-03-27"), 9);
    expect(() => storyEvents(rows, ["y"])).toThrow(/no event "y"/);
  });
});

describe("the timelines' event column", () => {
  it("spreads labels without overlap, each with a leader to its marker, and hollows undated days", () => {
    const row = (id: string, date: string) => ({ id, date, category: "pact", title: id, source_ids: ["s"] }) as unknown as Row<"timeline">;
    const items: ColumnEvent[] = ["2019-06-01", "2019-06-02", "2019-07"].map((date, i) => ({
      event: datedEvent(row(`e${i}`, date))!,
      y: 100,
      yEnd: 104,
      lines: [`Label ${i}`],
      colour: "#000",
      shape: "circle",
      faint: false,
      strong: false,
    }));
    const svg = svgFrame({ document, width: 300 }, "t", { height: 300, fontSize: 12 });
    const g = svg.append("g");
    drawEventColumn(g, items, { axisX: 50, textX: 70, side: "right", fontSize: 12, lineHeight: 14, bounds: [0, 300], gap: 4, markerRadius: 4 });
    const ys = [...svg.node()!.querySelectorAll("text")].map((t) => Number(t.getAttribute("y")));
    expect(ys).toHaveLength(3);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
    expect(svg.node()!.querySelectorAll("g.event")).toHaveLength(3);
    expect(svg.node()!.querySelector(".event-e2 path:last-of-type")!.getAttribute("fill")).not.toBe("#000");
    expect(markerPath("square", 4)).toMatch(/^M/);
  });
});

describe("the state-of-exception charts' words and marks", () => {
  it("words qualifiers in each language and joins them as the language does", () => {
    expect(qualifierWords("floor", en.t)).toBe(en.t("soe-measures.qualifier.floor"));
    expect(quotedQualifiers(["floor", "approx"], en)).toBe(`“${en.t("soe-measures.qualifier.floor")}” or “${en.t("soe-measures.qualifier.approx")}”`);
    expect(quotedQualifiers(["floor", "approx"], es)).toContain(" o ");
    expect(hollowNote(["floor"], en)).toContain(en.t("soe-measures.qualifier.floor"));
    expect(hollowNote(["floor"], en, true).length).toBeLessThanOrEqual(hollowNote(["floor"], en).length);
  });

  it("reads a figure's date onto the axis and marks the start of the exception with a rule and its name", () => {
    const row = { counted_by: "gov", date: "2024-04", value: 5, qualifier: "exact", source_id: "s" } as unknown as Row<"stateOfException">;
    expect(soeFigure(row).at.toISOString()).toBe("2024-04-15T00:00:00.000Z");
    expect(startMarks(new Date(0), "Start", { dx: 2 })).toHaveLength(2);
    expect(exceptionStartMarks(new Date(0), true, en.t)).toHaveLength(2);
  });
});

describe("numbers, frames, axes and paths", () => {
  it("formats numbers as each edition's readers write them, with at most the decimals asked", () => {
    expect(formatNumber(12345.67, "en")).toBe("12,345.7");
    expect(formatNumber(12345.67, "es-SV", 0)).toBe("12,346");
  });

  it("sizes a D3 frame and gives Plot a UTC year axis and a rule at zero", () => {
    const svg = svgFrame({ document, width: 340 }, "chart-x", { height: 200, fontSize: 11 }).node()!;
    expect([svg.getAttribute("width"), svg.getAttribute("height"), svg.getAttribute("class")]).toEqual(["340", "200", "chart-x"]);
    const axis = utcYearAxis([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2024, 0, 1))]);
    expect((axis.tickFormat as (d: Date) => string)(new Date(Date.UTC(2022, 5, 1)))).toBe("2022");
    expect(zeroRule("x")).toBeDefined();
  });

  it("fills lines greedily where a text must be cut, and names each chart's states file", () => {
    const lines = fillLines("one two three four five six", textWidth("one two three", 12), 12);
    expect(lines[0]).toBe("one two three");
    expect(statesPath("cecot", "wide")).toBe("/charts/cecot/states-wide.svg");
  });
});
