import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { charts, type ChartId } from "../../../src/charts/registry.ts";
import { CHART_SECTIONS, storyPathOf } from "../../../src/embed/placement.ts";
import { sequences } from "../../../src/scrolly/sequences.ts";
import { SECTION_IDS } from "../../../src/story/sections.ts";

const DIR = "src/story/sections";
// Which section each component renders, and which charts it places (as Figures or a Scrolly).
const components = readdirSync(DIR)
  .filter((f) => f.endsWith(".astro"))
  .map((f) => {
    const source = readFileSync(join(DIR, f), "utf8");
    const section = source.match(/<Section id="([^"]+)"/)?.[1];
    const figures = [...source.matchAll(/<Figure chart="([^"]+)"/g)].map((m) => m[1]!);
    const scrolly = [...source.matchAll(/<Scrolly sequence="([^"]+)"/g)].map((m) => sequences[m[1] as keyof typeof sequences].chart);
    return { section, charts: [...figures, ...scrolly] };
  });

describe("chart placements", () => {
  it.each(Object.keys(charts) as ChartId[])("%s maps to an existing section that shows it", (id) => {
    const section = CHART_SECTIONS[id];
    expect(SECTION_IDS).toContain(section);
    const holders = components.filter((c) => c.charts.includes(id)).map((c) => c.section);
    expect(holders).toContain(section);
    expect(storyPathOf(id, "en")).toBe(`/#${section}`);
    expect(storyPathOf(id, "es")).toBe(`/es/#${section}`);
  });

  it("maps no chart that the registry does not have", () => {
    expect(Object.keys(CHART_SECTIONS).sort()).toEqual(Object.keys(charts).sort());
  });
});
