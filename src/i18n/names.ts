/**
 * Names of data rows in a language. The English names are the data's own columns (countries.csv
 * `name`, timeline.csv `title`); every other language's live in src/i18n/<lang>/names.ts under
 * the same ids. A missing name stops the build rather than letting English through.
 */
import * as es from "./es/names.ts";
import { DATA_LANG, langOf, type TranslatedLang } from "./locales.ts";

interface Names {
  countries: Record<string, string>;
  events: Record<string, string>;
}

const NAMES: Record<TranslatedLang, Names> = { es };

function named(locale: string, kind: keyof Names, id: string, own: string): string {
  const lang = langOf(locale);
  if (lang === DATA_LANG) return own;
  const name = NAMES[lang][kind][id];
  if (name === undefined) throw new Error(`No name for ${kind} "${id}" in src/i18n/${lang}/names.ts`);
  return name;
}

/** A country's name in the language of `locale`. */
export function countryName(country: { iso3: string; name: string }, locale: string): string {
  return named(locale, "countries", country.iso3, country.name);
}

/** A timeline event's short title in the language of `locale`. */
export function eventTitle(event: { id: string; title: string }, locale: string): string {
  return named(locale, "events", event.id, event.title);
}
