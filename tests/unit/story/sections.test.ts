import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, localeOf } from "../../../src/i18n/locales.ts";
import { publishedLabel } from "../../../src/story/published.ts";
import { section, SECTION_IDS, SECTIONS } from "../../../src/story/sections.ts";

const DIR = "src/story/sections";
const components = readdirSync(DIR)
  .filter((f) => f.endsWith(".astro"))
  .map((file) => ({ file, source: readFileSync(join(DIR, file), "utf8") }));

describe("the list of the story's sections", () => {
  it("has unique, URL-safe ids and a heading for each in both languages", () => {
    expect(new Set(SECTION_IDS).size).toBe(SECTIONS.length);
    for (const s of SECTIONS) {
      expect(s.id).toMatch(/^[a-z][a-z0-9-]*$/);
      for (const lang of LANGS) {
        const { title } = section(s.id, localeOf(lang));
        expect(title.trim()).toBe(title);
        expect(title.length).toBeGreaterThan(3);
      }
      expect(section(s.id, "es-SV").title).not.toBe(section(s.id, "en").title);
    }
  });

  it("is where every section component takes its id from, once each", () => {
    const used = components.flatMap(({ file, source }) => {
      const tags = [...source.matchAll(/<Section\b[^>]*>/g)].map((m) => m[0]);
      expect(tags, file).toHaveLength(1);
      const m = tags[0]!.match(/^<Section id="([^"]+)">$/);
      expect(m, `${file}: ${tags[0]}`).not.toBeNull();
      return [m![1]!];
    });
    expect(used.sort()).toEqual([...SECTION_IDS].sort());
  });

  it.each(SECTIONS.flatMap((s) => LANGS.map((lang) => [s.id, lang] as const)))(
    "%s (%s): a share description of one or two sentences, no number but years",
    (id, lang) => {
      const { description } = section(id, localeOf(lang));
      expect(description.length).toBeGreaterThan(60);
      expect(description.length).toBeLessThanOrEqual(200);
      expect(description.replace(/\b(?:19|20)\d{2}s?\b/g, "")).not.toMatch(/\d/);
      // "EE. UU." (United States) is an abbreviation, not the end of a sentence.
      const sentences = description.replace(/EE\. UU\./g, "EEUU").split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ“"¿¡])/);
      expect(sentences.length).toBeLessThanOrEqual(2);
    },
  );
});

describe("the dates of the sources list", () => {
  it("shows a cell's leading date in the reader's language, marks approximations, and says when there is none", () => {
    expect(publishedLabel("2023-03-28", "en")).toBe("March 28, 2023");
    expect(publishedLabel("2023-03-28", "es-SV")).toBe("28 de marzo de 2023");
    expect(publishedLabel("2023-01 (approx.)", "es-SV")).toBe("hacia enero de 2023");
    expect(publishedLabel("2024 (about Feb)", "en")).toBe("about 2024");
    expect(publishedLabel("not shown (Oct 2022)", "es-SV")).toBe("s. f.");
    expect(publishedLabel("n.d.", "en")).toBe("n.d.");
  });
});
