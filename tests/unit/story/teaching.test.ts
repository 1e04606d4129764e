import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartById } from "../../../src/charts/registry.ts";
import { DATA_FILES } from "../../../src/data/dataset.ts";
import {
  ageRange,
  citation,
  learningGoals,
  licenceNote,
  storyUrl,
  teaching,
  type DataFilePath,
} from "../../../src/story/teaching.ts";
import { SECTIONS } from "../../../src/story/sections.ts";

/** Every section of the story, in the story's order (src/story/sections.ts). */
const storySections = SECTIONS;
const storyOrder = SECTIONS.map((s) => s.id);

const published = new Set(DATA_FILES.map((path) => `/${path}`));
const headerOf = (file: DataFilePath) => readFileSync(`.${file}`, "utf8").split("\n", 1)[0]!.split(",");

describe("the teachers' page content", () => {
  it("finds the story's sections", () => {
    expect(storySections.length).toBeGreaterThanOrEqual(10);
    expect(storyOrder).toEqual(expect.arrayContaining(storySections.map((s) => s.id)));
  });

  it("has exactly one block for every section of the story, and none for anything else", () => {
    const ids = teaching.map((block) => block.id);
    for (const { id } of storySections) expect(ids.filter((x) => x === id), id).toHaveLength(1);
    expect(new Set(ids)).toEqual(new Set(storySections.map((s) => s.id)));
  });

  it("puts the blocks in the story's order, under the story's headings", () => {
    expect(teaching.map((block) => block.id)).toEqual(storyOrder);
    const titleOf = new Map(storySections.map((s) => [s.id, s.title]));
    for (const block of teaching) expect(block.title, block.id).toBe(titleOf.get(block.id));
  });

  it("names only charts that exist, each at most once (a chart's ids must be unique on the page)", () => {
    const keyCharts = teaching.flatMap((block) => (block.chart ? [block.chart] : []));
    for (const id of keyCharts) expect(chartById(id), id).toBeDefined();
    expect(new Set(keyCharts).size).toBe(keyCharts.length);
    // Only the opening and the method may go without a chart.
    const without = teaching.filter((block) => block.chart === null).map((block) => block.id);
    expect(without.every((id) => id === "opening" || id === "sources-and-method")).toBe(true);
  });

  it.each(teaching.map((block) => [block.id, block] as const))("%s: its activity uses published files and real columns", (_, block) => {
    const { file, alsoFiles, columns, steps } = block.activity;
    for (const path of [file, ...alsoFiles]) expect(published.has(path), path).toBe(true);
    // Files the steps mention by path are published too, and listed with the activity.
    for (const [path] of steps.join(" ").matchAll(/\/data\/[\w.-]+\w/g)) {
      expect(published.has(path), path).toBe(true);
      expect([file, ...alsoFiles, "/data/README.md"], path).toContain(path);
    }
    const header = headerOf(file);
    expect(columns.length).toBeGreaterThan(0);
    for (const column of columns) expect(header, `${file} has no column "${column}"`).toContain(column);
    expect(steps.length).toBeGreaterThanOrEqual(2);
  });

  it.each(teaching.map((block) => [block.id, block] as const))("%s: two or three questions, each a question", (_, block) => {
    expect(block.questions.length).toBeGreaterThanOrEqual(2);
    expect(block.questions.length).toBeLessThanOrEqual(3);
    for (const q of block.questions) expect(q.trim()).toMatch(/\?$/);
  });

  it.each(teaching.map((block) => [block.id, block] as const))("%s: a summary of two or three sentences, with no number but years", (_, block) => {
    expect(block.summary.replace(/\b(?:19|20)\d{2}s?\b/g, "")).not.toMatch(/\d/);
    const sentences = block.summary.split(/(?<=[.!?])\s+(?=[A-Z“"])/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it("has four to six learning goals and an age range with its reason", () => {
    expect(learningGoals.length).toBeGreaterThanOrEqual(4);
    expect(learningGoals.length).toBeLessThanOrEqual(6);
    expect(ageRange.range).toContain("15–18");
    expect(ageRange.reason.length).toBeGreaterThan(20);
  });

  it("builds the citation on the site's address", () => {
    const site = new URL("https://example.org/");
    expect(citation(site).title).toBe("El Salvador: behind the numbers");
    expect(citation(site).text).toContain("accessed [date]");
    expect(citation(site).url).toBe("https://example.org/");
    expect(storyUrl(site, "the-fall")).toBe("https://example.org/#the-fall");
    expect(citation(site, teaching[1]).text).toContain(`“${teaching[1]!.title}”`);
    expect(licenceNote).toContain("CC BY 4.0");
  });
});
