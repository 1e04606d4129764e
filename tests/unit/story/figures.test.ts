import { describe, expect, it } from "vitest";
import { projectData } from "../../../src/data/read-data.ts";
import { figures, storyFigure, type FigureKey } from "../../../src/story/figures.ts";

const data = projectData();
const sourceIds = new Set(data.tables.sources.rows.map((s) => s.source_id));

describe("story figures", () => {
  it.each(Object.keys(figures) as FigureKey[])("%s resolves to one value with a known source", (key) => {
    const figure = storyFigure(data, key);
    expect(Number.isFinite(figure.value)).toBe(true);
    expect(sourceIds.has(figure.source), figure.source).toBe(true);
  });

  it("the official homicide counts the story leads with are the audited ones", () => {
    expect(storyFigure(data, "slv-2023-count").value).toBe(154);
    expect(storyFigure(data, "slv-2024-count").value).toBe(114);
    expect(storyFigure(data, "slv-2022-count").value).toBe(495);
  });

  it("the OUDH steps add up to its total", () => {
    const sum = (["slv-2022-count", "oudh-2022-confrontations", "oudh-2022-graves", "oudh-2022-prison"] as const)
      .map((k) => storyFigure(data, k).value)
      .reduce((a, b) => a + b, 0);
    expect(sum).toBe(storyFigure(data, "oudh-2022-total").value);
  });

  it("a figure whose row has gone stops with a message naming it", () => {
    const empty = { ...data, tables: { ...data.tables, homicideRates: { ...data.tables.homicideRates, rows: [] } } };
    expect(() => figures["slv-2024-count"](empty)).toThrow("Story figure not found in data/: homicide SLV 2024 preferred");
  });
});
