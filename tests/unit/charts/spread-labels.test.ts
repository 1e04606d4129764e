import { describe, expect, it } from "vitest";
import { spreadLabels } from "../../../src/charts/shared/spread-labels.ts";

describe("spreadLabels", () => {
  it("spreadLabels(far apart) leaves labels where they want to be", () => {
    expect(spreadLabels([10, 50, 100], 12, [0, 200])).toEqual([10, 50, 100]);
  });

  it("spreadLabels(two equal values) centres the pair on their value", () => {
    expect(spreadLabels([100, 100], 12, [0, 200])).toEqual([94, 106]);
  });

  it("spreadLabels(a crowd) keeps every gap and the input order of values", () => {
    const placed = spreadLabels([31, 25, 25.2, 45, 16, 24.9], 14, [0, 300]);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(14 - 1e-9);
    // Higher values keep higher labels.
    expect(placed[3]).toBe(Math.max(...placed));
    expect(placed[4]).toBe(Math.min(...placed));
  });

  it("spreadLabels(near an edge) keeps labels inside the bounds", () => {
    const placed = spreadLabels([1, 2, 3], 10, [0, 100]);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
    expect(placed).toEqual([0, 10, 20]);
  });
});
