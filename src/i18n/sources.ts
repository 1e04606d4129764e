/**
 * A source's words in the reader's language: its publisher as the bibliography names it, the
 * work's own title (kept in the language it was published in, with that language's code so the
 * page can mark it) and our note about the work. English is the data's own (data/sources.csv);
 * every other language's publishers and notes live in src/i18n/<lang>/sources.ts. A publisher
 * that carries words of ours, or a note, with no version in the reader's language stops the build
 * rather than letting English through.
 */
import type { Row } from "../data/load-tables.ts";
import * as es from "./es/sources.ts";
import { DATA_LANG, langOf, type TranslatedLang } from "./locales.ts";

const WORDS: Record<TranslatedLang, { publishers: Record<string, string>; notes: Record<string, string> }> = { es };

export interface SourceWords {
  publisher: string;
  /** The work's title as published, or null for an untitled work. */
  title: string | null;
  /** The language of `title` (an HTML lang value). */
  titleLang: string | null;
  /** Our words about the work, in the reader's language, or null. */
  note: string | null;
}

/** Whether a publisher cell holds words of ours beside the name: "(via …)", "citing …", "; …". */
export function describesPublisher(publisher: string): boolean {
  return /[(;/,]|\b(?:via|citing|quoting|reporting|on|of|and|the|for|from|with|by|in)\b/.test(publisher);
}

/** A publisher cell in the language of `locale`. */
export function publisherName(publisher: string, locale: string): string {
  const lang = langOf(locale);
  if (lang === DATA_LANG) return publisher;
  const translated = WORDS[lang].publishers[publisher];
  if (translated !== undefined) return translated;
  if (describesPublisher(publisher)) throw new Error(`No ${lang} version of the publisher "${publisher}" in src/i18n/${lang}/sources.ts`);
  return publisher;
}

export function sourceWords(source: Row<"sources">, locale: string): SourceWords {
  const lang = langOf(locale);
  let note = source.title_note;
  if (note !== null && lang !== DATA_LANG) {
    note = WORDS[lang].notes[source.source_id] ?? null;
    if (note === null) throw new Error(`No ${lang} note for source "${source.source_id}" in src/i18n/${lang}/sources.ts`);
  }
  return { publisher: publisherName(source.publisher, locale), title: source.title, titleLang: source.title_lang, note };
}
