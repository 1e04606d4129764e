/**
 * Loads every table in data/ through one reader function, checks the references between them
 * (source ids, country codes) and throws a single DataError listing every problem. The reader
 * is injected so that Node (files) and the browser (fetch results) share this code.
 */
import { DataError, parseTable, type Issue, type Known, type RowOf, type Table } from "./parse-table.ts";
import { tables } from "./schemas.ts";

type Specs = typeof tables;
export type Tables = { [K in keyof Specs]: Table<RowOf<Specs[K]["columns"]>> };
export type Row<K extends keyof Specs> = RowOf<Specs[K]["columns"]>;

/** `read(file)` returns the file's text, or undefined when the file does not exist. */
export function loadTables(read: (file: string) => string | undefined): Tables {
  const issues: Issue[] = [];
  const known: Known = {};
  const loaded: Partial<Record<keyof Specs, Table<unknown>>> = {};
  for (const name of Object.keys(tables) as (keyof Specs)[]) {
    const spec = tables[name];
    const result = parseTable(spec, read(spec.file), known);
    issues.push(...result.issues);
    loaded[name] = result.table;
    if (name === "sources") {
      known.sources = new Set((result.table as Tables["sources"]).rows.map((r) => r.source_id));
    }
    if (name === "countries") {
      known.countries = new Set((result.table as Tables["countries"]).rows.map((r) => r.iso3));
    }
  }
  if (issues.length > 0) throw new DataError(issues);
  return loaded as Tables;
}
