/** The site's languages as code resolves them: from a formatting locale, from a path, and back to a path. */
import { describe, expect, it } from "vitest";
import { barePath, langOf, localePath, pathLang, translatePath } from "../../../src/i18n/locales.ts";
import { translator } from "../../../src/i18n/translate.ts";

describe("langOf", () => {
  it("reads the language from a locale's primary subtag", () => {
    expect(["en", "en-US", "es", "es-SV", "ES-mx"].map(langOf)).toEqual(["en", "en", "es", "es", "es"]);
  });

  it("throws for a language the site does not have, instead of answering in English", () => {
    expect(() => langOf("fr-FR")).toThrow('"fr-FR" is not in a language of the site (en, es)');
    expect(() => translator("pt")).toThrow("pt");
    expect(() => langOf("")).toThrow();
  });
});

describe("paths in each language", () => {
  it("puts Spanish under /es/ and finds a page's counterpart by swapping the prefix", () => {
    expect(pathLang("/es/teach/")).toBe("es");
    expect(pathLang("/establishment/")).toBe("en");
    expect(localePath("es", "/teach/")).toBe("/es/teach/");
    expect(translatePath("/es/teach/", "en")).toBe("/teach/");
    expect(barePath("/es")).toBe("/");
    expect(barePath("/es/embed/cecot/")).toBe("/embed/cecot/");
    expect(barePath("/establishment/")).toBe("/establishment/");
    expect(translatePath("/", "es")).toBe("/es/");
  });
});
