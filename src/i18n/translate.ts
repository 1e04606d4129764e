/**
 * Looking words up. Every string a reader sees lives in the locale files (src/i18n/en/,
 * src/i18n/es/), under the same flat keys in both languages; code asks for a key by its literal
 * name, so a test can find keys nobody uses. Slots in a string are written {name} and filled from
 * `vars`, already formatted for the language (numbers go through formatNumber first).
 */
import en from "./en/index.ts";
import es from "./es/index.ts";
import { langOf, type Lang } from "./locales.ts";

export type WordKey = keyof typeof en;

const WORDS: Record<Lang, Record<WordKey, string>> = { en, es };

export type Vars = Record<string, string>;
export type Translate = (key: WordKey, vars?: Vars) => string;

/** The slot names of a string, in order: "{a} of {b}" has a and b. */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z][\w-]*)\}/g)].map((m) => m[1]!);
}

/** Fills a string's {slots}; a slot without a value, or a value without a slot, is a bug and throws. */
export function fill(text: string, vars: Vars = {}, key = "(text)"): string {
  const slots = new Set(slotsOf(text));
  for (const name of Object.keys(vars)) {
    if (!slots.has(name)) throw new Error(`Words "${key}" have no slot {${name}}`);
  }
  return text.replace(/\{([a-zA-Z][\w-]*)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Words "${key}" need a value for {${name}}`);
    return value;
  });
}

/** The words of one key in `lang`, unfilled: for prose, which has its own tokens (src/story/prose.ts). */
export function rawWords(lang: Lang, key: WordKey): string {
  return WORDS[lang][key];
}

/** A lookup for one language, given as a language or a formatting locale ("es-SV"). */
export function translator(langOrLocale: Lang | string): Translate {
  const lang = langOf(langOrLocale);
  return (key, vars) => fill(WORDS[lang][key], vars, key);
}
