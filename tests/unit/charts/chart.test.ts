import { describe, expect, it } from "vitest";
import { defineChart } from "../../../src/charts/chart.ts";
import { charts } from "../../../src/charts/registry.ts";
import en from "../../../src/i18n/en/index.ts";
import es from "../../../src/i18n/es/index.ts";

const parts = {
  select: () => null,
  build: () => {
    throw new Error("not drawn");
  },
  describe: () => "",
  table: () => ({ caption: "", columns: [], rows: [] }),
  sources: () => [],
};

describe("defineChart", () => {
  it("gives every chart its heading from its own words, in each language", () => {
    expect(charts.cecot.heading("en")).toEqual({ title: en["cecot.title"], subtitle: en["cecot.subtitle"], note: en["cecot.note"] });
    expect(charts["gang-map"].heading("es-SV").title).toBe(es["gang-map.title"]);
  });

  it("refuses a chart whose heading has no words, and a summary that is not a state", () => {
    const place = { section: "the-price" } as const;
    expect(() => defineChart({ ...parts, id: "no-such-chart", place, states: { all: {} }, summary: "all" })).toThrow(/no words "no-such-chart.title"/);
    expect(() => defineChart({ ...parts, id: "cecot", place, states: { all: {} }, summary: "other" })).toThrow(/summary state "other"/);
  });

  it("refuses a step whose state, anchor or words are missing", () => {
    const chart = (step: { id: string; state: string }) => () =>
      defineChart({ ...parts, id: "cecot", place: { section: "the-fall", steps: [step] }, states: { all: {}, peak: {} }, summary: "all" });
    expect(chart({ id: "fall-peak", state: "peak" })).not.toThrow();
    expect(chart({ id: "fall-peak", state: "gone" })).toThrow(/step "fall-peak" asks for state "gone"/);
    expect(chart({ id: "Fall Peak", state: "peak" })).toThrow(/step id "Fall Peak"/);
    expect(chart({ id: "fall-nowhere", state: "peak" })).toThrow(/no words "story.the-fall.fall-nowhere"/);
  });
});
