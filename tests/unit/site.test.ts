/**
 * The corrections log in src/site.ts: every entry dated, in order, written in every language of
 * the story, and no later than the date the story says it last changed.
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/locales.ts";
import { translator } from "../../src/i18n/translate.ts";
import { corrections, SITE } from "../../src/site.ts";

describe("corrections", () => {
  it("are dated with real ISO dates, oldest first, none before publication", () => {
    const dates = corrections.map((c) => c.date);
    for (const date of dates) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      expect(date >= SITE.published, date).toBe(true);
    }
    expect([...dates].sort()).toEqual(dates);
  });

  it("say what changed in every language, in whole sentences", () => {
    for (const c of corrections) {
      for (const lang of LANGS) expect(translator(lang)(c.text), `${c.date} ${lang}`).toMatch(/^\S.{40,}[.)]$/s);
    }
  });

  it("are never newer than the story's last-changed date", () => {
    for (const c of corrections) expect(c.date <= SITE.modified, c.date).toBe(true);
  });
});
