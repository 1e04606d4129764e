import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnyChart } from "../../../src/charts/chart.ts";
import { charts } from "../../../src/charts/registry.ts";
import { projectData } from "../../../src/data/read-data.ts";
import { LANGS, localeOf } from "../../../src/i18n/locales.ts";
import { publisherName } from "../../../src/i18n/sources.ts";
import { sequences } from "../../../src/scrolly/sequences.ts";
import { cited } from "../../../src/story/cited.ts";
import {
  chartSourcesPath,
  groupByChapter,
  SECTION_CHARTS,
  sourceEntryPath,
  storySources,
} from "../../../src/story/bibliography.ts";
import { SECTION_IDS } from "../../../src/story/sections.ts";

// Which component holds each section, as the story page says.
const storyPage = readFileSync("src/views/StoryPage.astro", "utf8");
const fileOf = new Map([...storyPage.matchAll(/import (\w+) from "\.\.\/story\/sections\/(\w+\.astro)"/g)].map((m) => [m[1]!, m[2]!]));
const componentOf = new Map(
  [...storyPage.matchAll(/^\s+"?([\w-]+)"?: (\w+),$/gm)].filter((m) => fileOf.has(m[2]!)).map((m) => [m[1]!, fileOf.get(m[2]!)!]),
);

describe("bibliography by chapter", () => {
  it.each(SECTION_IDS)("knows the charts section %s places", (id) => {
    const file = componentOf.get(id);
    expect(file, `no component for ${id} in StoryPage.astro`).toBeDefined();
    const markup = readFileSync(`src/story/sections/${file}`, "utf8");
    const attrs = (name: string) => [...markup.matchAll(new RegExp(`<(?:Figure|Scrolly) ${name}="([\\w-]+)"`, "g"))].map((m) => m[1]!).sort();
    expect({ figures: [...SECTION_CHARTS[id].figures].sort(), sequences: [...SECTION_CHARTS[id].sequences].sort() }).toEqual({
      figures: attrs("chart"),
      sequences: attrs("sequence"),
    });
  });

  it("puts every source in exactly one group, keeping the order given", () => {
    const dataset = projectData();
    const ids = dataset.tables.sources.rows.map((s) => s.source_id);
    const groups = groupByChapter(dataset, ids);
    const listed = groups.flatMap((g) => g.sources);
    expect([...listed].sort()).toEqual([...ids].sort());
    for (const g of groups) expect(g.sources).toEqual(ids.filter((id) => g.sources.includes(id)));
  });

  it("files a source under the first chapter that uses it", () => {
    const dataset = projectData();
    const groups = groupByChapter(dataset, dataset.tables.sources.rows.map((s) => s.source_id));
    const chapter = (id: string) => groups.find((g) => g.sources.includes(id))?.section;
    // The opening chart's sources are used again later (the government's series runs through
    // the story); they stay with the opening.
    const opening = charts["homicide-fall"];
    const sources = opening.sources(opening.select(dataset));
    expect(sources.length).toBeGreaterThan(0);
    for (const id of sources) expect(chapter(id)).toBe("opening");
    // The sequence of the pact draws on sources no earlier chapter uses.
    const pact: AnyChart = charts[sequences["the-pact"].chart as keyof typeof charts];
    const pactOnly = pact.sources(pact.select(dataset)).filter((id) => chapter(id) !== "opening" && chapter(id) !== "the-fall" && chapter(id) !== "the-missing");
    expect(pactOnly.length).toBeGreaterThan(0);
    for (const id of pactOnly) expect(chapter(id)).toBe("the-pact");
  });
});

describe("the sources page's lists", () => {
  it("lists every source a chart or the prose cites, once, and no other", () => {
    const dataset = projectData();
    const ids = storySources(dataset, "en").map((s) => s.source_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const chart of Object.values(charts) as AnyChart[]) for (const id of chart.sources(chart.select(dataset))) expect(ids).toContain(id);
    for (const id of cited) expect(ids).toContain(id);
    expect(ids.length).toBeLessThan(dataset.tables.sources.rows.length);
  });

  it("sorts by publisher as each language names it", () => {
    const dataset = projectData();
    for (const locale of LANGS.map(localeOf)) {
      const names = storySources(dataset, locale).map((s) => publisherName(s.publisher, locale));
      expect(names.length).toBeGreaterThan(150);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
    }
  });

  it("links entries on the sources page, and a chart's list in the gallery, of each language", () => {
    expect(sourceEntryPath("en", "elfaro-2022-05")).toBe("/sources/#source-elfaro-2022-05");
    expect(sourceEntryPath("es", "elfaro-2022-05")).toBe("/es/sources/#source-elfaro-2022-05");
    expect(chartSourcesPath("es", "gang-map")).toBe("/es/charts/#sources-gang-map");
  });
});

