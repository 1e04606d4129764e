import { describe, expect, it } from "vitest";
import { activeStepIndex } from "../../../src/scrolly/active-step.ts";

describe("activeStepIndex", () => {
  const tops = [100, 900, 1700];

  it("activeStepIndex(before the first step) is the first step", () => {
    expect(activeStepIndex(tops, 50)).toBe(0);
  });

  it("activeStepIndex(between steps) is the last step whose top has passed the trigger", () => {
    expect(activeStepIndex(tops, 900)).toBe(1);
    expect(activeStepIndex(tops, 1699)).toBe(1);
  });

  it("activeStepIndex(after the last step) stays on the last step, as when scrolling back up into it", () => {
    expect(activeStepIndex(tops, 10_000)).toBe(2);
  });

  it("activeStepIndex(steps above the screen) works with negative tops, as after a reload mid-story", () => {
    expect(activeStepIndex([-2000, -1200, 300], 480)).toBe(2);
    expect(activeStepIndex([-2000, -1200, 700], 480)).toBe(1);
  });
});
