/**
 * The teachers' page (/teach/ and /es/teach/) as data: learning goals, a suggested age range, and
 * for every section of the story a plain summary, its key chart, discussion questions and a data
 * activity built on one of the files published at /data/<file>. Written for teachers, in our own
 * words. The list below holds the structure and the keys of the words; the words are in
 * src/i18n/<lang>/teach.ts, and the functions return them in the language of a locale.
 *
 * Summaries type no numbers (years aside): the story's numbers are bound to the data, and a
 * number copied here by hand would drift from them. Describe the trend instead.
 * tests/unit/story/teaching.test.ts checks this file against the story, the charts and the data.
 */
import type { ChartId } from "../charts/registry.ts";
import { langOf, localePath } from "../i18n/locales.ts";
import { translator, type WordKey } from "../i18n/translate.ts";
import { section, type SectionId } from "./sections.ts";

export type { SectionId };

/** A data file as published by the site: /data/<file> (see DATA_FILES in src/data/dataset.ts). */
export type DataFilePath = `/data/${string}`;

/** Words are listed by key (W = WordKey) and handed out in a language (W = string). */
export interface DataActivity<W extends string = string> {
  /** What the class finds out, in one sentence. */
  aim: W;
  /** The file the activity works from. The files are the same in every language, in English. */
  file: DataFilePath;
  /** The columns of that file the activity uses, as named in its header. */
  columns: readonly string[];
  /** Other published files the steps mention (a look-up, a second table). */
  alsoFiles: readonly DataFilePath[];
  /** What to do, in order; doable in a spreadsheet in about twenty minutes. */
  steps: readonly W[];
}

export interface TeachingBlock<W extends string = string> {
  id: SectionId;
  /** Two or three plain sentences; no numbers other than years. */
  summary: W;
  /** The chart that carries the section, or null where the section has none. */
  chart: ChartId | null;
  /** Two or three questions for discussion. */
  questions: readonly W[];
  activity: DataActivity<W>;
}

/** A block in one language, under its section's heading in the story (from src/story/sections.ts). */
export interface LocalTeachingBlock extends TeachingBlock {
  title: string;
}

const GOALS: readonly WordKey[] = ["teach.goal.1", "teach.goal.2", "teach.goal.3", "teach.goal.4", "teach.goal.5", "teach.goal.6"];

/** The blocks in the story's order, as keys of their words. */
export const TEACHING_BLOCKS: readonly TeachingBlock<WordKey>[] = [
  {
    id: "opening",
    summary: "teach.opening.summary",
    chart: null,
    questions: ["teach.opening.q1", "teach.opening.q2", "teach.opening.q3"],
    activity: {
      aim: "teach.opening.aim",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "series", "preferred"],
      alsoFiles: [],
      steps: ["teach.opening.step1", "teach.opening.step2", "teach.opening.step3"],
    },
  },
  {
    id: "the-fall",
    summary: "teach.the-fall.summary",
    chart: "slv-homicide-long",
    questions: ["teach.the-fall.q1", "teach.the-fall.q2", "teach.the-fall.q3"],
    activity: {
      aim: "teach.the-fall.aim",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "count", "series", "source_id", "preferred"],
      alsoFiles: ["/data/sources.csv"],
      steps: ["teach.the-fall.step1", "teach.the-fall.step2", "teach.the-fall.step3", "teach.the-fall.step4"],
    },
  },
  {
    id: "the-missing",
    summary: "teach.the-missing.summary",
    chart: "count-gaps",
    questions: ["teach.the-missing.q1", "teach.the-missing.q2", "teach.the-missing.q3"],
    activity: {
      aim: "teach.the-missing.aim",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "count", "rate_per_100k", "series", "source_id", "variant", "note"],
      alsoFiles: [],
      steps: ["teach.the-missing.step1", "teach.the-missing.step2", "teach.the-missing.step3"],
    },
  },
  {
    id: "the-pact",
    summary: "teach.the-pact.summary",
    chart: "pact-timeline",
    questions: ["teach.the-pact.q1", "teach.the-pact.q2", "teach.the-pact.q3"],
    activity: {
      aim: "teach.the-pact.aim",
      file: "/data/timeline.csv",
      columns: ["date", "category", "title", "description", "source_ids"],
      alsoFiles: ["/data/sources.csv"],
      steps: ["teach.the-pact.step1", "teach.the-pact.step2", "teach.the-pact.step3"],
    },
  },
  {
    id: "the-price",
    summary: "teach.the-price.summary",
    chart: "prison-population",
    questions: ["teach.the-price.q1", "teach.the-price.q2", "teach.the-price.q3"],
    activity: {
      aim: "teach.the-price.aim",
      file: "/data/prison-population.csv",
      columns: ["iso3", "date", "prisoners", "rate_per_100k", "series", "source_id", "preferred", "note"],
      alsoFiles: [],
      steps: ["teach.the-price.step1", "teach.the-price.step2", "teach.the-price.step3"],
    },
  },
  {
    id: "deaths-in-custody",
    summary: "teach.deaths-in-custody.summary",
    chart: "deaths-in-custody",
    questions: ["teach.deaths-in-custody.q1", "teach.deaths-in-custody.q2", "teach.deaths-in-custody.q3"],
    activity: {
      aim: "teach.deaths-in-custody.aim",
      file: "/data/state-of-exception.csv",
      columns: ["date", "measure", "counted_by", "value", "qualifier", "preferred"],
      alsoFiles: [],
      steps: ["teach.deaths-in-custody.step1", "teach.deaths-in-custody.step2", "teach.deaths-in-custody.step3"],
    },
  },
  {
    id: "rule-of-law",
    summary: "teach.rule-of-law.summary",
    chart: "rule-of-law",
    questions: ["teach.rule-of-law.q1", "teach.rule-of-law.q2", "teach.rule-of-law.q3"],
    activity: {
      aim: "teach.rule-of-law.aim",
      file: "/data/timeline.csv",
      columns: ["date", "category", "title", "description", "note"],
      alsoFiles: [],
      steps: ["teach.rule-of-law.step1", "teach.rule-of-law.step2", "teach.rule-of-law.step3"],
    },
  },
  {
    id: "the-spread",
    summary: "teach.the-spread.summary",
    chart: "gang-map",
    questions: ["teach.the-spread.q1", "teach.the-spread.q2", "teach.the-spread.q3"],
    activity: {
      aim: "teach.the-spread.aim",
      file: "/data/gang-presence.csv",
      columns: ["iso3", "gang", "presence", "disputed", "evidence"],
      alsoFiles: ["/data/countries.csv"],
      steps: ["teach.the-spread.step1", "teach.the-spread.step2", "teach.the-spread.step3"],
    },
  },
  {
    id: "the-copycats",
    summary: "teach.the-copycats.summary",
    chart: "copycats",
    questions: ["teach.the-copycats.q1", "teach.the-copycats.q2", "teach.the-copycats.q3"],
    activity: {
      aim: "teach.the-copycats.aim",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "series", "source_id", "preferred"],
      alsoFiles: [],
      steps: ["teach.the-copycats.step1", "teach.the-copycats.step2", "teach.the-copycats.step3"],
    },
  },
  {
    id: "mano-duras-record",
    summary: "teach.mano-duras-record.summary",
    chart: "mano-dura-record",
    questions: ["teach.mano-duras-record.q1", "teach.mano-duras-record.q2", "teach.mano-duras-record.q3"],
    activity: {
      aim: "teach.mano-duras-record.aim",
      file: "/data/prison-population.csv",
      columns: ["iso3", "date", "prisoners", "series", "preferred"],
      alsoFiles: ["/data/homicide-rates.csv"],
      steps: ["teach.mano-duras-record.step1", "teach.mano-duras-record.step2", "teach.mano-duras-record.step3"],
    },
  },
  {
    id: "sources-and-method",
    summary: "teach.sources-and-method.summary",
    chart: null,
    questions: ["teach.sources-and-method.q1", "teach.sources-and-method.q2", "teach.sources-and-method.q3"],
    activity: {
      aim: "teach.sources-and-method.aim",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "count", "source_id", "status", "note"],
      alsoFiles: ["/data/sources.csv"],
      steps: ["teach.sources-and-method.step1", "teach.sources-and-method.step2", "teach.sources-and-method.step3"],
    },
  },
];

/**
 * An exercise that runs across the story rather than under one section: how to weigh evidence
 * from a newspaper and rights groups that work under pressure from the government they report on.
 * It draws on the civic-space events of the timeline and the counts beside them.
 */
export interface Exercise<W extends string = string> {
  /** The id of its place on the teachers' page, for links to /teach/#<id>. */
  id: string;
  heading: W;
  /** Two or three plain sentences; no numbers other than years. */
  intro: W;
  questions: readonly W[];
  activity: DataActivity<W>;
}

export const EVIDENCE_EXERCISE: Exercise<WordKey> = {
  id: "weighing-evidence",
  heading: "teach.evidence.heading",
  intro: "teach.evidence.intro",
  questions: ["teach.evidence.q1", "teach.evidence.q2", "teach.evidence.q3"],
  activity: {
    aim: "teach.evidence.aim",
    file: "/data/timeline.csv",
    columns: ["date", "category", "title", "description", "source_ids", "note"],
    alsoFiles: ["/data/state-of-exception.csv", "/data/context-figures.csv"],
    steps: ["teach.evidence.step1", "teach.evidence.step2", "teach.evidence.step3"],
  },
};

/** The exercise on weighing evidence, in the language of `locale`. */
export function evidenceExercise(locale: string): Exercise {
  const t = translator(locale);
  const { id, heading, intro, questions, activity } = EVIDENCE_EXERCISE;
  return {
    id,
    heading: t(heading),
    intro: t(intro),
    questions: questions.map((q) => t(q)),
    activity: { ...activity, aim: t(activity.aim), steps: activity.steps.map((step) => t(step)) },
  };
}

/** The blocks in the language of `locale`, each under its section's heading. */
export function teaching(locale: string): readonly LocalTeachingBlock[] {
  const t = translator(locale);
  return TEACHING_BLOCKS.map(({ id, summary, chart, questions, activity }) => ({
    id,
    title: section(id, locale).title,
    summary: t(summary),
    chart,
    questions: questions.map((q) => t(q)),
    activity: { ...activity, aim: t(activity.aim), steps: activity.steps.map((s) => t(s)) },
  }));
}

/** What students should be able to do after the story, in the language of `locale`. */
export function learningGoals(locale: string): readonly string[] {
  const t = translator(locale);
  return GOALS.map((goal) => t(goal));
}

/** The suggested age range and why, in the language of `locale`. */
export function ageRange(locale: string): { range: string; reason: string } {
  const t = translator(locale);
  return { range: t("teach.age.range"), reason: t("teach.age.reason") };
}

/** The story's address in the language of `locale`, or one of its sections' (`#the-fall`), on the site's configured address. */
export function storyUrl(site: URL, locale: string, sectionId?: SectionId): string {
  return new URL(localePath(langOf(locale), sectionId ? `/#${sectionId}` : "/"), site).href;
}

/** How to cite the story, with its absolute address. */
export interface Citation {
  /** The story's title in the language of the citation. */
  title: string;
  url: string;
  /** The whole reference, ready to copy, with a placeholder for the date it was read. */
  text: string;
}

/** The reference to the story, or to one of its sections, in the language of `locale`. */
export function citation(site: URL, locale: string, block?: LocalTeachingBlock): Citation {
  const t = translator(locale);
  const title = t("ui.site-title");
  const url = storyUrl(site, locale, block?.id);
  const text = block ? t("teach.cite.section", { section: block.title, work: title, url }) : t("teach.cite.whole", { work: title, url });
  return { title, url, text };
}

/** The file that lists every source, which the licence note points to. */
export const SOURCES_FILE: DataFilePath = "/data/sources.csv";

/** What teachers may do with the story and the data, in the language of `locale`. */
export function licenceNote(locale: string): string {
  return translator(locale)("teach.licence", { sources: SOURCES_FILE });
}

/** A piece of running text: plain, or a link. */
export type TextPart = { text: string; href?: string };

/**
 * Splits words into plain text and links: every occurrence of a link's text becomes that link.
 * The words come from the locale files, where a link's place differs between languages.
 */
export function withLinks(text: string, links: readonly { text: string; href: string }[]): TextPart[] {
  const hrefOf = new Map(links.map((link) => [link.text, link.href]));
  const escaped = links.map((link) => link.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (escaped.length === 0) return [{ text }];
  return text
    .split(new RegExp(`(${escaped.join("|")})`))
    .filter((part) => part !== "")
    .map((part) => {
      const href = hrefOf.get(part);
      return href === undefined ? { text: part } : { text: part, href };
    });
}
