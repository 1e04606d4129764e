/**
 * Numbers in the story's prose, in both languages: every number a paragraph quotes is bound to the
 * data through {n:key} (src/story/prose.ts); only years, dates, the unit of rates and gang names
 * may be typed. Every figure and every source cited by name is used somewhere in the prose.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../src/i18n/locales.ts";
import { slotsOf } from "../../../src/i18n/translate.ts";
import { cited } from "../../../src/story/cited.ts";
import { figures } from "../../../src/story/figures.ts";
import { bindings, proseText } from "../../../src/story/prose.ts";
import { localeFiles } from "../i18n/locale-files.ts";

const MONTHS: Record<Lang, string> = {
  en: "January|February|March|April|May|June|July|August|September|October|November|December",
  es: "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
};
// Numbers allowed in prose without a data binding: the unit of rates, years, decades, days of a
// month, gang names.
const ALLOWED: Record<Lang, RegExp[]> = {
  en: [/\b(?:per|every) 100,000\b/g, new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2})? (?:${MONTHS.en})\\b`, "g")],
  es: [/\bpor (?:cada )?100,000\b/g, new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2})?(?: y \\d{1,2})? de (?:${MONTHS.es})\\b`, "g")],
};
const EVERYWHERE = [/\b(?:19|20)\d{2}s?\b/g, /\bMS-13\b/g, /\bBarrio 18\b/g];

/** Numbers in a paragraph that are not bound to data: through {n:key}, or a {slot} filled with computed values. */
function unboundNumbers(text: string, lang: Lang): string[] {
  let rest = slotsOf(text).length > 0 ? text.replace(/\{[\w-]+\}/g, " ") : proseText(text, "test", () => " ");
  for (const pattern of [...ALLOWED[lang], ...EVERYWHERE]) rest = rest.replace(pattern, " ");
  return [...rest.matchAll(/[^\s]*\d[^\s]*/g)].map((m) => m[0]);
}

let paragraphs: { key: string; lang: Lang; text: string }[] = [];
beforeAll(async () => {
  const story = (await localeFiles()).filter((f) => f.name.startsWith("story/"));
  paragraphs = story.flatMap((file) => LANGS.flatMap((lang) => Object.entries(file.words[lang]).map(([key, text]) => ({ key, lang, text }))));
});

describe("numbers in the story's prose", () => {
  it("unboundNumbers() catches a typed number and lets years, dates and gang names through", () => {
    expect(unboundNumbers("Gangs killed 87 people on 26–27 March 2022; MS-13 and Barrio 18 in the 1990s.", "en")).toEqual(["87"]);
    expect(unboundNumbers("The count was {n:slv-2022-count} and 1,234.5 others.", "en")).toEqual(["1,234.5"]);
    expect(unboundNumbers("El 26 de marzo de 2022, 62 muertos; una tasa por cada 100,000 habitantes.", "es")).toEqual(["62"]);
  });

  it("no paragraph in either language holds a number that is not bound to data", () => {
    expect(paragraphs.length).toBeGreaterThan(100);
    const unbound = paragraphs
      .filter((p) => unboundNumbers(p.text, p.lang).length > 0)
      .map((p) => `${p.lang} ${p.key}: ${unboundNumbers(p.text, p.lang).join(" ")}`);
    expect(unbound).toEqual([]);
  });

  it("quotes every figure somewhere, in each language", () => {
    for (const lang of LANGS) {
      const used = paragraphs
        .filter((p) => p.lang === lang && slotsOf(p.text).length === 0)
        .flatMap((p) =>
          bindings(p.text, p.key)
            .filter((b) => b.startsWith("n:"))
            .map((b) => b.slice(2)),
        );
      expect(new Set(used), lang).toEqual(new Set(Object.keys(figures)));
    }
  });

  it("cites every source named in the prose, in each language", () => {
    for (const lang of LANGS) {
      const used = paragraphs
        .filter((p) => p.lang === lang && slotsOf(p.text).length === 0)
        .flatMap((p) =>
          bindings(p.text, p.key)
            .filter((b) => b.startsWith("source:"))
            .map((b) => b.slice(7)),
        );
      expect(new Set(used), lang).toEqual(new Set(cited));
    }
  });
});
