/**
 * A source's words in the reader's language: its publisher as the bibliography names it, the
 * work's own title (kept in the language it was published in, with that language's code so the
 * page can mark it) and our note about the work. English is the data's own (data/sources.csv);
 * Spanish publishers and notes live in src/i18n/es/sources.ts. A publisher that carries words of
 * ours, or a note, with no Spanish version stops the build rather than letting English through.
 */
import type { Row } from "../data/load-tables.ts";
import { notes, publishers } from "./es/sources.ts";
import { langOf } from "./locales.ts";

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
  if (langOf(locale) !== "es") return publisher;
  const spanish = publishers[publisher];
  if (spanish !== undefined) return spanish;
  if (describesPublisher(publisher)) throw new Error(`No Spanish version of the publisher "${publisher}" in src/i18n/es/sources.ts`);
  return publisher;
}

export function sourceWords(source: Row<"sources">, locale: string): SourceWords {
  let note = source.title_note;
  if (note !== null && langOf(locale) === "es") {
    note = notes[source.source_id] ?? null;
    if (note === null) throw new Error(`No Spanish note for source "${source.source_id}" in src/i18n/es/sources.ts`);
  }
  return { publisher: publisherName(source.publisher, locale), title: source.title, titleLang: source.title_lang, note };
}
