/**
 * Names of data rows in a language. The English names are the data's own columns (countries.csv
 * `name`, timeline.csv `title`); the Spanish ones live in src/i18n/es/names.ts under the same ids.
 * A missing Spanish name stops the build rather than letting English through.
 */
import { countries, events } from "./es/names.ts";
import { langOf } from "./locales.ts";

function spanish(table: Record<string, string>, id: string, what: string): string {
  const name = table[id];
  if (name === undefined) throw new Error(`No Spanish name for ${what} "${id}" in src/i18n/es/names.ts`);
  return name;
}

/** A country's name in the language of `locale`. */
export function countryName(country: { iso3: string; name: string }, locale: string): string {
  return langOf(locale) === "es" ? spanish(countries, country.iso3, "country") : country.name;
}

/** A timeline event's short title in the language of `locale`. */
export function eventTitle(event: { id: string; title: string }, locale: string): string {
  return langOf(locale) === "es" ? spanish(events, event.id, "timeline event") : event.title;
}
