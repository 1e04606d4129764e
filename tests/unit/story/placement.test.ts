import { describe, expect, it } from "vitest";
import type { StepDefinition } from "../../../src/charts/chart.ts";
import { charts } from "../../../src/charts/registry.ts";
import { CARD_KEYS } from "../../../src/share/cards.ts";
import { cardChart, chartsIn, findStep, indexPlacements, sectionOf, sequenceOf, sequences, statesOf, storyPathOf } from "../../../src/story/placement.ts";
import { SECTION_IDS } from "../../../src/story/sections.ts";

const steps = (...ids: string[]): StepDefinition[] => ids.map((id) => ({ id, state: "all" }));

describe("where the charts place themselves", () => {
  it("make at least 5 sequences of at least 3 steps, each step id used once", () => {
    expect(sequences.length).toBeGreaterThanOrEqual(5);
    for (const s of sequences) expect(s.steps.length, s.chart).toBeGreaterThanOrEqual(3);
    const ids = sequences.flatMap((s) => s.steps.map((step) => step.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("put every chart in a section of the story, which links to it", () => {
    for (const id of Object.keys(charts) as (keyof typeof charts)[]) {
      expect(SECTION_IDS).toContain(sectionOf(id));
      expect(chartsIn(sectionOf(id))).toContain(id);
      expect(storyPathOf(id, "en")).toBe(`/#${sectionOf(id)}`);
      expect(storyPathOf(id, "es")).toBe(`/es/#${sectionOf(id)}`);
    }
    expect(SECTION_IDS.flatMap(chartsIn).sort()).toEqual(Object.keys(charts).sort());
  });

  it("find a step's sequence and state, and list a sequence's states once each, in step order", () => {
    const found = findStep("fall-peak");
    expect(found?.sequence.chart).toBe("slv-homicide-long");
    expect(found?.step).toEqual({ id: "fall-peak", state: "peak" });
    expect(findStep("no-such-step")).toBeUndefined();
    expect(sequenceOf("slv-homicide-long")?.section).toBe("the-fall");
    expect(sequenceOf("homicide-rates")).toBeUndefined();
    for (const s of sequences) expect(statesOf(s)).toEqual([...new Set(s.steps.map((step) => step.state))]);
  });

  it("give every share card its chart, or a title card, as the charts claim them", () => {
    expect(cardChart("story")).toBe("slv-homicide-long");
    expect(cardChart("the-spread")).toBe("gang-map");
    expect(cardChart("sources-and-method")).toBeNull();
    for (const key of CARD_KEYS) {
      const chart = cardChart(key);
      if (chart) expect(charts[chart].cards).toContain(key);
    }
  });

  it("refuse two sequences in one section, one step id twice, and one card twice", () => {
    const a = { place: { section: "the-fall" as const, steps: steps("a-1", "a-2") } };
    expect(() =>
      indexPlacements([
        ["cecot", a],
        ["copycats", { place: { section: "the-fall", steps: steps("b-1") } }],
      ]),
    ).toThrow(/room for one sequence/);
    expect(() =>
      indexPlacements([
        ["cecot", a],
        ["copycats", { place: { section: "the-pact", steps: steps("a-2") } }],
      ]),
    ).toThrow(/step id "a-2"/);
    expect(() =>
      indexPlacements([
        ["cecot", { place: { section: "the-fall" }, cards: ["story"] }],
        ["copycats", { place: { section: "the-pact" }, cards: ["story"] }],
      ]),
    ).toThrow(/"story" is claimed/);
    expect(indexPlacements([["cecot", a]]).sequences.get("the-fall")?.chart).toBe("cecot");
  });
});
