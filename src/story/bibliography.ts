/**
 * The story's bibliography: every source its prose, figures and charts use, grouped by chapter
 * (each source under the first section, in reading order, whose prose quotes it, as a bound
 * figure or a cited source, or whose charts draw on it). The sources page
 * (src/views/SourcesPage.astro, /sources/) shows it, so that the story itself need not carry
 * 200-odd entries; each chart's own list is the gallery's (chartSourcesPath).
 *
 * Which charts each section shows, each chart says itself (src/story/placement.ts).
 */
import type { AnyChart } from "../charts/chart.ts";
import { charts } from "../charts/registry.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Row } from "../data/load-tables.ts";
import en from "../i18n/en/index.ts";
import { type Lang, localePath } from "../i18n/locales.ts";
import { publisherName } from "../i18n/sources.ts";
import { rawWords, slotsOf, type WordKey } from "../i18n/translate.ts";
import { cited } from "./cited.ts";
import { figures, storyFigure, type FigureKey } from "./figures.ts";
import { chartsIn } from "./placement.ts";
import { proseTokens } from "./prose.ts";
import { SECTIONS, type SectionId } from "./sections.ts";

export interface SourceGroup {
  section: SectionId;
  /** Source ids, in the order the caller gave them. */
  sources: string[];
}

/** The sources a section's prose and charts rest on. */
function sourcesOfSection(dataset: Dataset, id: SectionId): Set<string> {
  const found = new Set<string>();
  const prefix = `story.${id}.`;
  for (const key of Object.keys(en).filter((k) => k.startsWith(prefix)) as WordKey[]) {
    const text = rawWords("en", key);
    // Strings with {slots} are filled by their components, not prose with its own mark-up.
    if (slotsOf(text).length > 0) continue;
    for (const token of proseTokens(text, key)) {
      if (token.kind === "figure") found.add(storyFigure(dataset, token.key).source);
      if (token.kind === "source") found.add(token.id);
    }
  }
  for (const chartId of chartsIn(id)) {
    const chart: AnyChart = charts[chartId];
    for (const source of chart.sources(chart.select(dataset))) found.add(source);
  }
  return found;
}

/**
 * `sources` (ids, already in the order the list shows them) split by the first section that
 * uses each; a source no section reaches goes with "Sources and method", which lists them all.
 * Sections with no source of their own are left out.
 */
export function groupByChapter(dataset: Dataset, sources: readonly string[]): SourceGroup[] {
  const chapterOf = new Map<string, SectionId>();
  for (const { id } of SECTIONS) {
    for (const source of sourcesOfSection(dataset, id)) if (!chapterOf.has(source)) chapterOf.set(source, id);
  }
  return SECTIONS.map(({ id }) => ({
    section: id,
    sources: sources.filter((s) => (chapterOf.get(s) ?? "sources-and-method") === id),
  })).filter((g) => g.sources.length > 0);
}

/** Every source the story uses, sorted by publisher as `locale` names it. */
export function storySources(dataset: Dataset, locale: string): Row<"sources">[] {
  const used = new Set<string>([
    ...(Object.values(charts) as AnyChart[]).flatMap((chart) => chart.sources(chart.select(dataset))),
    ...(Object.keys(figures) as FigureKey[]).map((k) => storyFigure(dataset, k).source),
    ...cited,
  ]);
  return dataset.tables.sources.rows
    .filter((s) => used.has(s.source_id))
    .map((s) => ({ s, publisher: publisherName(s.publisher, locale) }))
    .sort((a, b) => a.publisher.localeCompare(b.publisher, locale))
    .map(({ s }) => s);
}

/** The id of a source's entry on the sources page, and of a chart's full list in the gallery. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
export const chartSourcesAnchor = (chartId: string) => `sources-${chartId}`;

/** Where a source's entry is, from any page of the site in `lang`. */
export const sourceEntryPath = (lang: Lang, sourceId: string) => `${localePath(lang, "/sources/")}#${sourceAnchor(sourceId)}`;

/** Where a chart's full list of sources is (the gallery's, src/views/GalleryPage.astro), from any page in `lang`. */
export const chartSourcesPath = (lang: Lang, chartId: string) => `${localePath(lang, "/charts/")}#${chartSourcesAnchor(chartId)}`;
