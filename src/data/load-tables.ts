/**
 * Loads every table in data/ through one reader function, checks the references between them
 * (source ids, country codes) and throws a single DataError listing every problem. The reader
 * is injected so that Node (files) and the browser (fetch results) share this code.
 */
import { DataError, parseTable, type Columns, type Issue, type Known, type RowOf, type Table, type TableSpec } from "./parse-table.ts";
import { tables } from "./schemas.ts";

type Specs = typeof tables;
export type Tables = { [K in keyof Specs]: Table<RowOf<Specs[K]["columns"]>> };
export type Row<K extends keyof Specs> = RowOf<Specs[K]["columns"]>;

/** `read(file)` returns the file's text, or undefined when the file does not exist. */
export function loadTables(read: (file: string) => string | undefined): Tables {
  const issues: Issue[] = [];
  const known: Known = {};
  const parse = <C extends Columns>(spec: TableSpec<C>) => {
    const result = parseTable(spec, read(spec.file), known);
    issues.push(...result.issues);
    return result.table;
  };
  // Sources and countries load first: every other table refers to them.
  const sources = parse(tables.sources);
  known.sources = new Set(sources.rows.map((r) => r.source_id));
  const countries = parse(tables.countries);
  known.countries = new Set(countries.rows.map((r) => r.iso3));
  const loaded: Tables = {
    sources,
    countries,
    homicideRates: parse(tables.homicideRates),
    prisonPopulation: parse(tables.prisonPopulation),
    stateOfException: parse(tables.stateOfException),
    timeline: parse(tables.timeline),
    gangPresence: parse(tables.gangPresence),
    gangMembersAbroad: parse(tables.gangMembersAbroad),
    drugSeizures: parse(tables.drugSeizures),
    contextFigures: parse(tables.contextFigures),
    polls: parse(tables.polls),
  };
  if (issues.length > 0) throw new DataError(issues);
  return loaded;
}
