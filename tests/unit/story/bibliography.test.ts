import { describe, expect, it } from "vitest";
import type { AnyChart } from "../../../src/charts/chart.ts";
import { charts } from "../../../src/charts/registry.ts";
import { projectData } from "../../../src/data/read-data.ts";
import { LANGS, localeOf } from "../../../src/i18n/locales.ts";
import { publisherName } from "../../../src/i18n/sources.ts";
import { cited } from "../../../src/story/cited.ts";
import { chartSourcesPath, groupByChapter, sourceEntryPath, storySources } from "../../../src/story/bibliography.ts";

describe("bibliography by chapter", () => {
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
    const groups = groupByChapter(
      dataset,
      dataset.tables.sources.rows.map((s) => s.source_id),
    );
    const chapter = (id: string) => groups.find((g) => g.sources.includes(id))?.section;
    // The opening chart's sources are used again later (the government's series runs through
    // the story); they stay with the opening.
    const opening = charts["homicide-fall"];
    const sources = opening.sources(opening.select(dataset));
    expect(sources.length).toBeGreaterThan(0);
    for (const id of sources) expect(chapter(id)).toBe("opening");
    // The sequence of the pact draws on sources no earlier chapter uses.
    const pact: AnyChart = charts["pact-timeline"];
    const pactOnly = pact
      .sources(pact.select(dataset))
      .filter((id) => chapter(id) !== "opening" && chapter(id) !== "the-fall" && chapter(id) !== "the-missing");
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
