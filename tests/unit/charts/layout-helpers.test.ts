/**
 * The shared helpers the chart builders lay labels out with: line wrapping and the column font
 * size (timelines), boxes spread along an axis, the one- and two-line forms of an event label
 * (homicide charts), the stacked labels of crowded points (state-of-exception charts), the
 * scales labels are placed with, and the one breakpoint between the narrow and the wide drawing.
 */
import sourceSans3 from "@capsizecss/metrics/sourceSans3";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { columnFontSize, spreadBoxes } from "../../../src/charts/shared/event-timeline.ts";
import { layouts } from "../../../src/charts/shared/homicide-annotations.ts";
import { plotFrame, valueAxis, xScaleOf, yearAxis, yScaleOf } from "../../../src/charts/shared/plot-frame.ts";
import { type LabelBox, type StackedLabel, stackLabels } from "../../../src/charts/shared/soe-stacked-labels.ts";
import { textWidth, wrapLines } from "../../../src/charts/shared/text-metrics.ts";
import widths from "../../../src/charts/shared/text-widths.json" with { type: "json" };
import { charts } from "../../../src/charts/registry.ts";
import en from "../../../src/i18n/en/index.ts";
import es from "../../../src/i18n/es/index.ts";
import { countries, events } from "../../../src/i18n/es/names.ts";
import { WIDE_FROM, WIDTH_SWITCH_CSS, WIDTHS, widthFor } from "../../../src/charts/shared/widths.ts";

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe("wrapLines and columnFontSize (timelines)", () => {
  const text = "Prosecutors say the government negotiated with the gangs in secret";

  it("breaks at spaces into lines no wider than asked, losing no word", () => {
    const lines = wrapLines(text, 120, 12);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(" ")).toBe(text);
  });

  it("balances the lines it needs, so that none is left with one word", () => {
    const title = "Funes and Munguía Payés convicted over the 2012 truce";
    const width = textWidth(title, 12) * 0.9;
    const lines = wrapLines(title, width, 12);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(" ").length).toBeGreaterThan(1);
    expect(Math.abs(textWidth(lines[0]!, 12) - textWidth(lines[1]!, 12))).toBeLessThan(width / 3);
    expect(lines.join(" ")).toBe(title);
  });

  it("lets one word longer than the line stand alone rather than cut it", () => {
    expect(wrapLines("Superextraordinarily long", 40, 12)).toEqual(["Superextraordinarily", "long"]);
  });

  it("keeps the size when the column fits, and gives up to 2 px when it does not", () => {
    expect(columnFontSize([text], 200, 200, 4, 12)).toBe(12);
    const tight = columnFontSize([text, text, text], 120, 130, 4, 12);
    expect(tight).toBeLessThan(12);
    expect(tight).toBeGreaterThanOrEqual(10);
    expect(columnFontSize([text, text, text, text, text], 60, 10, 4, 12)).toBe(10);
  });
});

describe("spreadBoxes (timelines)", () => {
  it("leaves boxes that do not touch where they were wanted", () => {
    expect(spreadBoxes([10, 50, 90], [10, 10, 10], [0, 100])).toEqual([5, 45, 85]);
  });

  it("pushes crowded boxes apart, in order, inside the bounds", () => {
    const wanted = [50, 52, 54, 56];
    const sizes = [12, 24, 12, 12];
    const tops = spreadBoxes(wanted, sizes, [0, 100]);
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThanOrEqual(tops[i - 1]! + sizes[i - 1]! - 1e-9);
    expect(tops[0]!).toBeGreaterThanOrEqual(0);
    expect(tops.at(-1)! + sizes.at(-1)!).toBeLessThanOrEqual(100);
    // The crowd stays centred on where it was wanted, as near as the bounds allow.
    const middle = (tops[0]! + tops.at(-1)! + sizes.at(-1)!) / 2;
    expect(Math.abs(middle - 53)).toBeLessThan(3);
  });

  it("keeps a crowd at an edge inside the bounds", () => {
    const tops = spreadBoxes([98, 99, 100], [10, 10, 10], [0, 100]);
    expect(tops).toEqual([70, 80, 90]);
  });
});

describe("layouts (event labels of the homicide charts)", () => {
  it("keeps a short title on one line", () => {
    expect(layouts("Truce", 0)).toEqual([{ lines: ["Truce"], cost: 0 }]);
  });

  it("offers a long title on two lines too, broken at the space nearest its middle, at a cost", () => {
    const [one, two] = layouts("State of exception declared", 1);
    expect(one).toEqual({ lines: ["State of exception declared"], cost: 1 });
    // The middle is after 13.5 characters: the space after "exception" (18) is nearer than the one after "of" (8).
    expect(two!.lines).toEqual(["State of exception", "declared"]);
    expect(two!.cost).toBeGreaterThan(one!.cost);
  });
});

describe("stackLabels (state-of-exception charts)", () => {
  const height = 12;
  const boxOf = (label: StackedLabel, centre: number): LabelBox => ({
    x1: label.start ?? label.x,
    x2: (label.start ?? label.x) + label.width,
    y1: centre - height / 2,
    y2: centre + height / 2,
  });

  it("puts labels that do not meet on their lowest level", () => {
    const labels: StackedLabel[] = [
      { x: 10, y: 5, width: 30, base: 20 },
      { x: 100, y: 5, width: 30, base: 20 },
    ];
    expect(stackLabels(labels, { step: 14, height })).toEqual([20, 20]);
  });

  it("stacks labels that would overlap, clear of each other, of the obstacles and of earlier leaders", () => {
    const labels: StackedLabel[] = [
      { x: 10, y: 5, width: 60, base: 20 },
      { x: 30, y: 5, width: 60, base: 20 },
      { x: 50, y: 5, width: 60, base: 20 },
    ];
    const obstacle: LabelBox = { x1: 0, x2: 200, y1: 14, y2: 26 };
    const centres = stackLabels(labels, { step: 14, height, obstacles: [obstacle] });
    const boxes = labels.map((label, i) => boxOf(label, centres[i]!));
    for (const [i, a] of boxes.entries()) {
      expect(overlaps(a, obstacle)).toBe(false);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    // Placed right to left, no label lies across the leader of a label placed before it.
    for (const [i, box] of boxes.entries()) {
      for (const [j, earlier] of labels.entries()) {
        if (earlier.x <= labels[i]!.x) continue;
        const [y1, y2] = [Math.min(earlier.y, centres[j]!), Math.max(earlier.y, centres[j]!)];
        const crossed = earlier.x >= box.x1 && earlier.x <= box.x2 && y1 < box.y2 && box.y1 < y2;
        expect(crossed, `label ${i} across the leader of label ${j}`).toBe(false);
      }
    }
  });
});

describe("widths", () => {
  it("gives each drawing width the layout it was drawn for, on one side of the breakpoint", () => {
    expect(widthFor(WIDTHS.narrow)).toBe("narrow");
    expect(widthFor(WIDTHS.wide)).toBe("wide");
    expect(widthFor(WIDE_FROM - 1)).toBe("narrow");
    expect(widthFor(WIDE_FROM)).toBe("wide");
  });

  it("switches drawings in CSS at the same breakpoint", () => {
    expect(WIDTH_SWITCH_CSS).toContain(`@container (min-width:${WIDE_FROM}px)`);
  });
});

describe("xScaleOf and yScaleOf (labels placed on Plot's own scales)", () => {
  it("map a value to the pixel Plot.plot draws it at, for the same frame", () => {
    const { document } = new JSDOM("").window;
    const frame = { width: 340, height: 200, margin: { top: 16, right: 24, bottom: 30, left: 40 } };
    const xOptions = yearAxis([2000, 2024]);
    const yOptions = valueAxis(120, 4, "en");
    const svg = Plot.plot({
      ...plotFrame({ document, width: frame.width }, "t", { height: frame.height, margin: frame.margin, fontSize: 12 }),
      x: xOptions,
      y: yOptions,
      marks: [Plot.dot([{ year: 2013, rate: 72.5 }], { x: "year", y: "rate" })],
    }) as SVGSVGElement;
    const dot = svg.querySelector("circle")!;
    expect(xScaleOf(xOptions, frame).apply(2013)).toBeCloseTo(Number(dot.getAttribute("cx")), 6);
    expect(yScaleOf(yOptions, frame).apply(72.5)).toBeCloseTo(Number(dot.getAttribute("cy")), 6);
  });
});

describe("textWidth (the one estimate of how wide text runs)", () => {
  it("errs wide of the site's typeface, in both languages, and grows with bold and wide letters", () => {
    const average = sourceSans3.xWidthAvg / sourceSans3.unitsPerEm;
    const samples = [
      "Prosecutors say the government negotiated with the gangs",
      "La Fiscalía dice que el Gobierno negoció con las pandillas",
      "1,086 per 100,000",
      "MS-13 and Barrio 18",
    ];
    for (const text of samples) expect(textWidth(text, 12), text).toBeGreaterThan(text.length * average * 12);
    expect(textWidth("Mano Dura", 12, true)).toBeGreaterThan(textWidth("Mano Dura", 12));
    expect(textWidth("mmmm", 12)).toBeGreaterThan(textWidth("iiii", 12) * 2);
    expect(textWidth("", 12)).toBe(0);
  });

  it("has a measured width for every character of the charts' words and names, in both languages", () => {
    const chartWords = (words: Record<string, string>) =>
      Object.entries(words)
        .filter(([key]) => key.split(".")[0]! in charts)
        .map(([, text]) => text);
    // A newline only splits a label into lines; it is never drawn.
    const text = [...chartWords(en), ...chartWords(es), ...Object.values(countries), ...Object.values(events)].join("").replaceAll("\n", "");
    expect([...new Set(text)].filter((c) => !(c in widths.regular) || !(c in widths.bold))).toEqual([]);
  });
});
