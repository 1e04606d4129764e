/**
 * Each chart is shown where its definition places it (`place` in src/charts/): in both languages,
 * inside the story's section of that id, as the sticky graphic of that section's sequence when it
 * declares steps (with those steps, in order, each asking for its state), as a Figure otherwise;
 * and no section shows a chart that places itself elsewhere.
 */
import { describe, expect, it } from "vitest";
import { charts, type ChartId } from "../../src/charts/registry.ts";
import { chartsIn, sectionOf, sequenceOf } from "../../src/story/placement.ts";
import { SECTION_IDS } from "../../src/story/sections.ts";
import { builtPages } from "./built-site.ts";

const stories = builtPages().filter((p) => p.file === "index.html" || p.file === "es/index.html");

describe.each(stories.map((p) => [p.file, p.document] as const))("the story's charts in %s", (_, document) => {
  it.each(Object.keys(charts) as ChartId[])("%s is in its section, as a sequence or a figure as it declares", (id) => {
    const figure = document.querySelector(`#chart-${id}`);
    expect(figure, `#chart-${id}`).not.toBeNull();
    expect(figure!.closest("section")?.id).toBe(sectionOf(id));
    const scrolly = figure!.closest<HTMLElement>(".scrolly");
    const sequence = sequenceOf(id);
    if (!sequence) {
      expect(scrolly).toBeNull();
      return;
    }
    expect(scrolly?.dataset.sequence).toBe(sequence.section);
    const steps = [...scrolly!.querySelectorAll<HTMLElement>(".step")].map((s) => ({ id: s.id, state: s.dataset.state }));
    expect(steps).toEqual(sequence.steps.map(({ id, state }) => ({ id, state })));
    for (const step of scrolly!.querySelectorAll(".step")) expect(step.textContent!.trim().length, step.id).toBeGreaterThan(40);
  });

  it.each(SECTION_IDS)("section %s shows only the charts that place themselves there", (section) => {
    const shown = [...document.querySelectorAll(`section#${section} [id^="chart-"]`)].map((f) => f.id.slice("chart-".length));
    expect(shown.sort()).toEqual(chartsIn(section).sort());
  });
});
