/**
 * The bibliography in Spanish (src/i18n/es/sources.ts): every publisher cell that carries words of
 * ours has a Spanish version and every note about a work has one, nothing is there for rows that
 * do not exist, and no Spanish version still holds our English.
 */
import { describe, expect, it } from "vitest";
import { projectData } from "../../../src/data/read-data.ts";
import { notes, publishers } from "../../../src/i18n/es/sources.ts";
import { describesPublisher, publisherName, sourceWords } from "../../../src/i18n/sources.ts";

const { tables } = projectData();
const rows = tables.sources.rows;

// Words that only our English descriptions use: none of them is a Spanish word or part of a name
// the bibliography keeps ("material" and "editorial" are Spanish too, so they are not here).
// "(English)" and the like, but not a name such as "El Salvador in English".
const LANGUAGE_NOTE = /\((?:English|Spanish|Portuguese|German)\b/;
const OUR_ENGLISH =
  /\b(?:via|citing|quoting|reporting|archived|copy|translation|republished|reposted|summary|opinion|column|wire|state-run|pro-government|unidentified|outlet|Government|Ministry|Department|report|reports|press|release|statement|title|from|slug|paraphrased|on|of|and|with)\b/;

describe("the bibliography in Spanish", () => {
  it("has a Spanish version of every publisher cell that carries words of ours, and only of cells in the data", () => {
    const cells = new Set(rows.map((s) => s.publisher));
    const needed = [...cells].filter(describesPublisher);
    expect(needed.length).toBeGreaterThan(100);
    expect(needed.filter((p) => publishers[p] === undefined)).toEqual([]);
    expect(Object.keys(publishers).filter((p) => !cells.has(p))).toEqual([]);
  });

  it("has a Spanish note for every source that has a note, and for nothing else", () => {
    expect(Object.keys(notes).sort()).toEqual(
      rows
        .filter((s) => s.title_note !== null)
        .map((s) => s.source_id)
        .sort(),
    );
  });

  it("keeps none of our English in a Spanish publisher or note", () => {
    const english = [...Object.values(publishers), ...Object.values(notes)].filter((text) => OUR_ENGLISH.test(text) || LANGUAGE_NOTE.test(text));
    expect(english).toEqual([]);
  });

  it("tells our words from the data's: English stays English, Spanish comes from the table", () => {
    const described = rows.find((s) => describesPublisher(s.publisher) && s.title_note !== null)!;
    expect(publisherName(described.publisher, "en")).toBe(described.publisher);
    expect(publisherName(described.publisher, "es")).toBe(publishers[described.publisher]);
    const words = sourceWords(described, "es-SV");
    expect(words).toEqual({
      publisher: publishers[described.publisher],
      title: described.title,
      titleLang: described.title_lang,
      note: notes[described.source_id],
    });
    expect(() => publisherName("Nobody (via nowhere)", "es-SV")).toThrow(/No es version of the publisher "Nobody \(via nowhere\)"/);
    expect(publisherName("El Faro", "es-SV")).toBe("El Faro");
  });

  it("gives every titled work the language it was published in", () => {
    const langs = new Set(rows.map((s) => s.title_lang));
    expect(langs.has("en") && langs.has("es")).toBe(true);
    for (const s of rows) expect((s.title === null) === (s.title_lang === null), s.source_id).toBe(true);
  });
});
