/**
 * The locale files: both languages have the same keys, each file only its own prefix, the same
 * {slots} per key, no key unused and none missing; the Spanish names of data rows cover the data
 * exactly; and the story's paragraphs bind the same figures and sources in both languages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { wordsLookedUp } from "../../../src/charts/chart.ts";
import { charts } from "../../../src/charts/registry.ts";
import { projectData } from "../../../src/data/read-data.ts";
import en from "../../../src/i18n/en/index.ts";
import es from "../../../src/i18n/es/index.ts";
import { countries, events } from "../../../src/i18n/es/names.ts";
import { fill, slotsOf } from "../../../src/i18n/translate.ts";
import { bindings } from "../../../src/story/prose.ts";
import { localeFiles, type LocaleFile } from "./locale-files.ts";

let files: LocaleFile[] = [];
beforeAll(async () => {
  files = await localeFiles();
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === "src/i18n" ? [] : sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

// Where words are asked for: every source file outside the locale files themselves.
const code = sourceFiles("src")
  .map((path) => readFileSync(path, "utf8"))
  .join("\n");

describe("the locale files", () => {
  it("merge into one dictionary per language with the same keys", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it("give each key to one file only, under the file's own prefix", () => {
    const total = files.reduce((n, f) => n + Object.keys(f.words.en).length, 0);
    expect(Object.keys(en)).toHaveLength(total);
    for (const file of files) {
      for (const key of Object.keys(file.words.en)) expect(key.startsWith(file.prefix), `${file.name}: ${key}`).toBe(true);
    }
  });

  it("have the same keys in English and Spanish, file by file", () => {
    for (const file of files) expect(Object.keys(file.words.es).sort(), file.name).toEqual(Object.keys(file.words.en).sort());
  });

  it("fill the same {slots} in both languages, and hold no empty or padded words", () => {
    for (const [key, english] of Object.entries(en)) {
      const spanish = (es as Record<string, string>)[key]!;
      expect(new Set(slotsOf(spanish)), key).toEqual(new Set(slotsOf(english)));
      for (const words of [english, spanish]) {
        expect(words.trim(), key).toBe(words);
        expect(words.length, key).toBeGreaterThan(0);
      }
    }
  });

  it("use every key somewhere in the code, by its literal name or as a chart's heading or step", () => {
    // defineChart (src/charts/chart.ts) looks up "<chart-id>.title", ".subtitle" and ".note", and
    // "story.<section-id>.<step-id>" for each step.
    const lookedUp = new Set<string>(Object.values(charts).flatMap(wordsLookedUp));
    const unused = Object.keys(en).filter((key) => !lookedUp.has(key) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("fill() refuses a missing value and a value without a slot", () => {
    expect(fill("{a} of {b}", { a: "1", b: "2" })).toBe("1 of 2");
    expect(() => fill("{a} of {b}", { a: "1" })).toThrow(/\{b\}/);
    expect(() => fill("{a}", { a: "1", c: "3" })).toThrow(/\{c\}/);
  });
});

describe("the story's paragraphs", () => {
  it("bind the same figures and cite the same sources, in the same order, in both languages", () => {
    const story = files.filter((f) => f.name.startsWith("story/"));
    expect(story).toHaveLength(11);
    for (const file of story) {
      for (const [key, english] of Object.entries(file.words.en)) {
        // Headings, share descriptions and sentences with {slots} are words, not prose with figures.
        if (key.endsWith(".title") || key.endsWith(".description") || slotsOf(english).length > 0) continue;
        expect(bindings(file.words.es[key]!, `es ${key}`), key).toEqual(bindings(english, `en ${key}`));
      }
    }
  });
});

describe("the Spanish names of data rows", () => {
  const { tables } = projectData();

  it("name every country of data/countries.csv, and nothing else", () => {
    expect(Object.keys(countries).sort()).toEqual(tables.countries.rows.map((c) => c.iso3).sort());
  });

  it("name every event of data/timeline.csv, and nothing else", () => {
    expect(Object.keys(events).sort()).toEqual(tables.timeline.rows.map((e) => e.id).sort());
  });

  it("are as short as the chart labels they replace need", () => {
    for (const [id, title] of Object.entries(events)) expect(title.length, id).toBeLessThanOrEqual(60);
  });
});
