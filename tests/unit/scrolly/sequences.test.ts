import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartById } from "../../../src/charts/registry.ts";
import { findStep, sequences, statesOf, type SequenceId } from "../../../src/scrolly/sequences.ts";

const SECTIONS = "src/story/sections";
const sectionSources = readdirSync(SECTIONS).map((f) => readFileSync(join(SECTIONS, f), "utf8"));
const ids = Object.keys(sequences) as SequenceId[];
const allSteps = ids.flatMap((id) => sequences[id].steps);

describe("scrolly sequences", () => {
  it("there are at least 5 sequences of at least 3 steps", () => {
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) expect(sequences[id].steps.length, id).toBeGreaterThanOrEqual(3);
  });

  it.each(ids)("every step of %s points at an existing chart and one of its states", (id) => {
    const chart = chartById(sequences[id].chart);
    expect(chart, sequences[id].chart).toBeDefined();
    for (const step of sequences[id].steps) {
      expect(Object.keys(chart!.states), `${step.id} → ${step.state}`).toContain(step.state);
    }
  });

  it("step ids are unique, readable anchors", () => {
    const stepIds = allSteps.map((s) => s.id);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    for (const id of stepIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("every step is written in a section exactly once, and every written step is listed", () => {
    const written = sectionSources.flatMap((text) => [...text.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!));
    expect(written.sort()).toEqual(allSteps.map((s) => s.id).sort());
  });

  it("findStep(id) gives the step's sequence and state; statesOf() lists each state once", () => {
    expect(findStep("fall-peak")).toEqual({ sequence: "the-fall", step: { id: "fall-peak", state: "peak" } });
    expect(findStep("no-such-step")).toBeUndefined();
    for (const id of ids) {
      const states = statesOf(id);
      expect(new Set(states).size).toBe(states.length);
    }
  });
});
