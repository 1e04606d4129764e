import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cited } from "../../../src/story/cited.ts";
import { figures } from "../../../src/story/figures.ts";

const SECTIONS = "src/story/sections";
const files = readdirSync(SECTIONS).filter((f) => f.endsWith(".astro"));
const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(SECTIONS, f), "utf8")]));

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// Numbers allowed in prose without a data binding: the unit of rates, years, decades, days of a
// month, gang names.
const ALLOWED = [
  /\b(?:per|every) 100,000\b/g,
  new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2})? (?:${MONTHS})\\b`, "g"),
  /\b(?:19|20)\d{2}s?\b/g,
  /\bMS-13\b/g,
  /\bBarrio 18\b/g,
];

/** The prose a reader sees, from a section's source: no front matter, tags, expressions or comments. */
export function proseOf(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/\{[^{}]*\}/g, " ")
    .replace(/<[^>]+>/g, " ");
}

/** Numbers in prose that are not bound to data through <Num> or an expression. */
export function unboundNumbers(prose: string): string[] {
  let text = prose;
  for (const pattern of ALLOWED) text = text.replace(pattern, " ");
  return [...text.matchAll(/[^\s]*\d[^\s]*/g)].map((m) => m[0]);
}

describe("numbers in the story's prose", () => {
  it("unboundNumbers() catches a typed number and lets years, dates and gang names through", () => {
    expect(unboundNumbers(proseOf("<p>Gangs killed 87 people on 26–27 March 2022; MS-13 and Barrio 18 in the 1990s.</p>"))).toEqual(["87"]);
    expect(unboundNumbers(proseOf('<p>The count was <Num k="slv-2022-count" /> and 1,234.5 others.</p>'))).toEqual(["1,234.5"]);
  });

  it.each(files)("%s holds no number that is not bound to data", (file) => {
    expect(unboundNumbers(proseOf(sources[file]!))).toEqual([]);
  });

  it("every figure key is quoted somewhere, and every <Num> key exists", () => {
    const used = Object.values(sources).flatMap((s) => [...s.matchAll(/<Num k="([^"]+)"/g)].map((m) => m[1]!));
    expect(new Set(used)).toEqual(new Set(Object.keys(figures)));
  });

  it("every source cited by name is cited in the prose", () => {
    const used = Object.values(sources).flatMap((s) => [...s.matchAll(/<Src id="([^"]+)"/g)].map((m) => m[1]!));
    expect(new Set(used)).toEqual(new Set(cited));
  });
});
