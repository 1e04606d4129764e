/**
 * Every chart on every page names its states files (data-states-narrow, data-states-wide; see
 * src/views/chart-states.ts), each file is in dist/, parses as SVG and holds a drawing for every
 * state layer the chart has, and the page itself holds only the drawings of the summary: at both
 * widths, but for the story's charts below its first screen, which carry the narrow one only
 * (ChartLayers.astro's wideOnDemand).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { WIDTHS, type WidthName } from "../../src/charts/shared/widths.ts";
import { builtPages, DIST, fileFor } from "./built-site.ts";

const WIDTH_NAMES = Object.keys(WIDTHS) as WidthName[];

const statesIn = new Map<string, string[]>();
function statesOf(file: string): string[] {
  let states = statesIn.get(file);
  if (!states) {
    const { document } = new JSDOM(readFileSync(join(DIST, file), "utf8"), { contentType: "image/svg+xml" }).window;
    states = [...document.documentElement.children].map((svg) => svg.getAttribute("data-state") ?? "");
    statesIn.set(file, states);
  }
  return states;
}

describe("the charts' states files", () => {
  it("serve every state of every chart, and pages carry only the summary", () => {
    const problems: string[] = [];
    let charts = 0;
    let narrowOnly = 0;
    for (const page of builtPages()) {
      const story = page.file === "index.html" || page.file === "es/index.html";
      const holders = [...page.document.querySelectorAll<HTMLElement>(".chart-layers")];
      for (const [index, holder] of holders.entries()) {
        charts++;
        const layers = [...holder.querySelectorAll<HTMLElement>(".state-layer")];
        for (const layer of layers) {
          const drawn = WIDTH_NAMES.filter((width) => layer.querySelector(`:scope > .chart-${width} > svg`)).join(" ");
          const expected = !layer.hasAttribute("data-summary") ? "" : story && index > 0 ? "narrow" : WIDTH_NAMES.join(" ");
          if (expected === "narrow") narrowOnly++;
          const total = layer.querySelectorAll(":scope > div > svg").length;
          if (drawn !== expected || total !== expected.split(" ").filter(Boolean).length) {
            problems.push(`${page.file}: layer ${layer.dataset.state} of ${holder.parentElement?.id} has drawings "${drawn}", not "${expected}"`);
          }
        }
        for (const url of [holder.dataset.statesNarrow, holder.dataset.statesWide]) {
          const file = url && fileFor(url);
          if (!file) {
            problems.push(`${page.file}: states file ${url} is not in dist/`);
            continue;
          }
          const missing = layers.map((l) => l.dataset.state!).filter((s) => !statesOf(file).includes(s));
          if (missing.length > 0) problems.push(`${page.file}: ${file} lacks ${missing.join(", ")}`);
        }
      }
    }
    expect(charts).toBeGreaterThan(30);
    expect(narrowOnly).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});
