import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECTION_IDS, SECTIONS } from "../../../src/story/sections.ts";

const DIR = "src/story/sections";
const components = readdirSync(DIR)
  .filter((f) => f.endsWith(".astro"))
  .map((file) => ({ file, source: readFileSync(join(DIR, file), "utf8") }));

describe("the list of the story's sections", () => {
  it("has unique, URL-safe ids and a heading for each", () => {
    expect(new Set(SECTION_IDS).size).toBe(SECTIONS.length);
    for (const s of SECTIONS) {
      expect(s.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(s.title.trim()).toBe(s.title);
      expect(s.title.length).toBeGreaterThan(3);
    }
  });

  it("is where every section component takes its id and heading from", () => {
    const used = components.flatMap(({ file, source }) => {
      const tags = [...source.matchAll(/<Section\b[^>]*>/g)].map((m) => m[0]);
      expect(tags, file).toHaveLength(1);
      const m = tags[0]!.match(/^<Section id="([^"]+)" title=\{section\("([^"]+)"\)\.title\}>$/);
      expect(m, `${file}: ${tags[0]}`).not.toBeNull();
      expect(m![2], file).toBe(m![1]);
      return [m![1]!];
    });
    expect(used.sort()).toEqual([...SECTION_IDS].sort());
  });

  it.each(SECTIONS.map((s) => [s.id, s] as const))("%s: a share description of one or two sentences, no number but years", (_, s) => {
    expect(s.description.length).toBeGreaterThan(60);
    expect(s.description.length).toBeLessThanOrEqual(200);
    expect(s.description.replace(/\b(?:19|20)\d{2}s?\b/g, "")).not.toMatch(/\d/);
    expect(s.description.split(/(?<=[.!?])\s+(?=[A-Z“"])/).length).toBeLessThanOrEqual(2);
  });
});
