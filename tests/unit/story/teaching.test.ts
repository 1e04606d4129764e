import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartById } from "../../../src/charts/registry.ts";
import { DATA_FILES } from "../../../src/data/dataset.ts";
import en from "../../../src/i18n/en/teach.ts";
import es from "../../../src/i18n/es/teach.ts";
import { LANGS, localeOf } from "../../../src/i18n/locales.ts";
import { SECTIONS, section } from "../../../src/story/sections.ts";
import {
  ageRange,
  citation,
  EVIDENCE_EXERCISE,
  evidenceExercise,
  learningGoals,
  licenceNote,
  storyUrl,
  teaching,
  TEACHING_BLOCKS,
  withLinks,
  type DataFilePath,
} from "../../../src/story/teaching.ts";

const storyOrder = SECTIONS.map((s) => s.id);
const published = new Set(DATA_FILES.map((path) => `/${path}`));
const headerOf = (file: DataFilePath) => readFileSync(`.${file}`, "utf8").split("\n", 1)[0]!.split(",");
// A sentence ends at . ! or ? before the capital, opening quote or inverted mark that starts the next.
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡“"])/);
/** A column named as a word of running text (`note`, not `notes`). */
const mentions = (text: string, column: string) => new RegExp(`(?<![\\w-])${column}(?![\\w-])`).exec(text);
/**
 * The numbers a reader sees in some words, leaving out the unit of rates and column names such as
 * rate_per_100k or iso3, which Spanish glosses without adding a figure.
 */
const numbersIn = (text: string) =>
  new Set(
    text
      .replace(/\b(?:per|por cada|por) 100,000\b/g, " ")
      .replace(/\b[a-z][a-z_]*\d+[a-z_]*\b/g, " ")
      .match(/\d+(?:[.,]\d+)*/g) ?? [],
  );

describe("the teachers' page structure", () => {
  it("has exactly one block for every section of the story, in the story's order", () => {
    expect(TEACHING_BLOCKS.map((block) => block.id)).toEqual(storyOrder);
  });

  it("names only charts that exist, each at most once (a chart's ids must be unique on the page)", () => {
    const keyCharts = TEACHING_BLOCKS.flatMap((block) => (block.chart ? [block.chart] : []));
    for (const id of keyCharts) expect(chartById(id), id).toBeDefined();
    expect(new Set(keyCharts).size).toBe(keyCharts.length);
    // Only the opening and the method may go without a chart.
    const without = TEACHING_BLOCKS.filter((block) => block.chart === null).map((block) => block.id);
    expect(without.every((id) => id === "opening" || id === "sources-and-method")).toBe(true);
  });

  it.each(TEACHING_BLOCKS.map((block) => [block.id, block] as const))("%s: its activity uses published files and real columns", (_, block) => {
    const { file, alsoFiles, columns, steps } = block.activity;
    for (const path of [file, ...alsoFiles]) expect(published.has(path), path).toBe(true);
    const header = headerOf(file);
    expect(columns.length).toBeGreaterThan(0);
    for (const column of columns) expect(header, `${file} has no column "${column}"`).toContain(column);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(block.questions.length).toBeGreaterThanOrEqual(2);
    expect(block.questions.length).toBeLessThanOrEqual(3);
  });

  it("has four to six learning goals", () => {
    for (const lang of LANGS) {
      expect(learningGoals(localeOf(lang)).length).toBeGreaterThanOrEqual(4);
      expect(learningGoals(localeOf(lang)).length).toBeLessThanOrEqual(6);
    }
  });

  it("withLinks() turns each occurrence of a link's text into that link, and leaves the rest as text", () => {
    expect(
      withLinks("See /data/a.csv and CC BY 4.0, then /data/a.csv.", [
        { text: "/data/a.csv", href: "/data/a.csv" },
        { text: "CC BY 4.0", href: "https://cc" },
      ]),
    ).toEqual([
      { text: "See " },
      { text: "/data/a.csv", href: "/data/a.csv" },
      { text: " and " },
      { text: "CC BY 4.0", href: "https://cc" },
      { text: ", then " },
      { text: "/data/a.csv", href: "/data/a.csv" },
      { text: "." },
    ]);
    expect(withLinks("No link here.", [])).toEqual([{ text: "No link here." }]);
  });
});

describe.each(LANGS.map((lang) => [lang, localeOf(lang)] as const))("the teachers' page in %s", (lang, locale) => {
  const blocks = teaching(locale);

  it("puts every block under its section's heading in the story", () => {
    expect(blocks.map((block) => block.id)).toEqual(storyOrder);
    for (const block of blocks) expect(block.title, block.id).toBe(section(block.id, locale).title);
  });

  it.each(blocks.map((block) => [block.id, block] as const))("%s: files the steps mention are published and listed with the activity", (_, block) => {
    const { file, alsoFiles, steps } = block.activity;
    for (const [path] of steps.join(" ").matchAll(/\/data\/[\w.-]+\w/g)) {
      expect(published.has(path), path).toBe(true);
      expect([file, ...alsoFiles, "/data/README.md"], path).toContain(path);
    }
  });

  it.each(blocks.map((block) => [block.id, block] as const))("%s: two or three questions, each a question", (_, block) => {
    for (const q of block.questions) {
      expect(q.trim()).toMatch(/\?$/);
      if (lang === "es") expect(q, "a Spanish question opens with ¿").toContain("¿");
    }
  });

  it.each(blocks.map((block) => [block.id, block] as const))("%s: a summary of two or three sentences, with no number but years", (_, block) => {
    expect(block.summary.replace(/\b(?:19|20)\d{2}s?\b/g, "")).not.toMatch(/\d/);
    const sentences = sentencesOf(block.summary);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it("has an age range with its reason", () => {
    expect(ageRange(locale).range).toContain("15–18");
    expect(ageRange(locale).reason.length).toBeGreaterThan(20);
  });

  it("builds the citation on the site's address, in the page's language", () => {
    const site = new URL("https://example.org/");
    const home = lang === "es" ? "https://example.org/es/" : "https://example.org/";
    const placeholder = lang === "es" ? "consultado el [fecha]" : "accessed [date]";
    expect(citation(site, locale).url).toBe(home);
    expect(citation(site, locale).text).toBe(`“${citation(site, locale).title}”, ${home}, ${placeholder}.`);
    expect(storyUrl(site, locale, "the-fall")).toBe(`${home}#the-fall`);
    expect(citation(site, locale, blocks[1]).text).toContain(`“${blocks[1]!.title}”`);
    expect(citation(site, locale, blocks[1]).text).toContain(`${home}#the-fall, ${placeholder}.`);
    expect(licenceNote(locale)).toContain("CC BY 4.0");
    expect(licenceNote(locale)).toContain("/data/sources.csv");
  });
});

describe("the teachers' page in Spanish, beside the English", () => {
  it("names the story by its title in each language", () => {
    const site = new URL("https://example.org/");
    expect(citation(site, "en").title).toBe("El Salvador: behind the numbers");
    expect(citation(site, "es-SV").title).not.toBe(citation(site, "en").title);
  });

  it("types no number the English does not have", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = numbersIn(en[key]);
      for (const n of numbersIn(es[key])) expect(english.has(n), `${key}: ${n}`).toBe(true);
    }
  });

  it.each(TEACHING_BLOCKS.map((block, i) => [block.id, i] as const))(
    "%s: the Spanish steps name columns as the file writes them, and gloss each at first mention",
    (_, i) => {
      const english = teaching("en")[i]!.activity;
      const spanish = teaching("es-SV")[i]!.activity;
      const steps = spanish.steps.join(" ");
      expect(spanish.steps.length).toBe(english.steps.length);
      const named = spanish.columns.filter((column) => mentions(steps, column));
      expect(named.length).toBeGreaterThan(0);
      for (const column of named) {
        const first = mentions(steps, column)!;
        expect(steps.slice(first.index + column.length), column).toMatch(/^ \(/);
      }
    },
  );
});

describe("the exercise on weighing evidence from organisations under pressure", () => {
  it("works from published files and real columns, and its id is not a section's", () => {
    const { file, alsoFiles, columns } = EVIDENCE_EXERCISE.activity;
    for (const path of [file, ...alsoFiles]) expect(published.has(path), path).toBe(true);
    for (const column of columns) expect(headerOf(file), `${file} has no column "${column}"`).toContain(column);
    expect(storyOrder as readonly string[]).not.toContain(EVIDENCE_EXERCISE.id);
  });

  it("uses the timeline's civic-space events, which the data has", () => {
    const steps = evidenceExercise("en").activity.steps.join(" ");
    expect(steps).toContain("civic-space");
    expect(readFileSync("./data/timeline.csv", "utf8")).toMatch(/,civic-space,/);
  });

  it.each(LANGS.map((lang) => [lang, localeOf(lang)] as const))(
    "in %s: questions, an intro without numbers but years, steps naming only its files",
    (lang, locale) => {
      const exercise = evidenceExercise(locale);
      expect(exercise.questions.length).toBe(EVIDENCE_EXERCISE.questions.length);
      for (const q of exercise.questions) {
        expect(q.trim()).toMatch(/\?$/);
        if (lang === "es") expect(q).toContain("¿");
      }
      expect(exercise.intro.replace(/\b(?:19|20)\d{2}s?\b/g, "")).not.toMatch(/\d/);
      const { file, alsoFiles, steps } = exercise.activity;
      for (const [path] of steps.join(" ").matchAll(/\/data\/[\w.-]+\w/g)) expect([file, ...alsoFiles], path).toContain(path);
    },
  );

  it("glosses in Spanish each column the steps name, at first mention", () => {
    const { columns, steps } = evidenceExercise("es-SV").activity;
    const text = steps.join(" ");
    const named = columns.filter((column) => mentions(text, column));
    expect(named.length).toBeGreaterThan(0);
    for (const column of named) expect(text.slice(mentions(text, column)!.index + column.length), column).toMatch(/^ \(/);
  });
});
