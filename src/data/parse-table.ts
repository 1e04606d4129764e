/**
 * Parses one CSV file against its table spec: header, every cell, row rules, unique keys and
 * references to other tables. Every problem becomes an issue naming the file, the line as
 * counted in the file (header = line 1), the column, the bad value and what was expected.
 * Pure (text in, typed rows out), so the build and the browser share it.
 */
import { csvParseRows } from "d3";
import type { Column, ValueOf } from "./columns.ts";

export type Columns = Record<string, Column<unknown>>;
export type RowOf<C extends Columns> = { [K in keyof C]: ValueOf<C[K]> };

export interface RowRule<R> {
  column: keyof R & string;
  /** Returns what was expected when the row breaks the rule, else undefined. */
  check: (row: R) => string | undefined;
}

export interface TableSpec<C extends Columns> {
  /** Path from the project root, as people see it: "data/homicide-rates.csv". */
  file: string;
  /** What the file holds, for messages about a missing or empty file. */
  holds: string;
  columns: C;
  /** Columns whose values together identify a row; no two rows may share them. */
  key: readonly (keyof C & string)[];
  rules?: readonly RowRule<RowOf<C>>[];
  /** At most one row with preferred=true for each combination of these columns. */
  preferredPer?: readonly (keyof C & string)[];
}

export interface Issue {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  expected: string;
}

export function formatIssue(issue: Issue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `, line ${issue.line}`;
  if (issue.column !== undefined) where += `, column "${issue.column}"`;
  const got = issue.value !== undefined ? `got ${JSON.stringify(issue.value)}, ` : "";
  return `${where}: ${got}expected ${issue.expected}`;
}

/** Thrown when a data file is missing or invalid; its message lists every issue, one per line. */
export class DataError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const lines = issues.map(formatIssue);
    super(issues.length === 1 ? `Invalid data: ${lines[0]}` : `Invalid data (${issues.length} problems):\n${lines.map((l) => `  ${l}`).join("\n")}`);
    this.name = "DataError";
    this.issues = issues;
  }
}

export interface Table<R> {
  file: string;
  rows: R[];
  /** lines[i] is the line of rows[i] in the file, for messages about cross-table checks. */
  lines: number[];
}

export interface Known {
  sources?: ReadonlySet<string>;
  countries?: ReadonlySet<string>;
}

/** Parses a table or returns its issues; `known` turns on the reference checks. */
export function parseTable<C extends Columns>(spec: TableSpec<C>, text: string | undefined, known: Known = {}): { table: Table<RowOf<C>>; issues: Issue[] } {
  const table: Table<RowOf<C>> = { file: spec.file, rows: [], lines: [] };
  const issues: Issue[] = [];
  const names = Object.keys(spec.columns);
  const fail = (issue: Omit<Issue, "file">) => issues.push({ file: spec.file, ...issue });

  if (text === undefined) {
    fail({ expected: `the file to exist (it holds ${spec.holds})` });
    return { table, issues };
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    fail({ line: 1, expected: `a header row (${names.join(",")}) followed by ${spec.holds}` });
    return { table, issues };
  }

  const records = csvParseRows(body);
  const header = records[0] ?? [];
  if (header.join(",") !== names.join(",")) {
    const at = names.findIndex((name, i) => header[i] !== name);
    const column = at === -1 ? header[names.length] : header[at];
    fail({
      line: 1,
      ...(column !== undefined ? { value: column } : {}),
      expected: `the header ${names.join(",")} (column ${(at === -1 ? names.length : at) + 1} differs)`,
    });
    return { table, issues };
  }

  const seenKeys = new Map<string, number>();
  const preferred = new Map<string, number>();
  // A quoted field may hold line breaks, so a record's line is not its index: count as we go.
  let line = 1 + lineBreaks(header);
  for (const record of records.slice(1)) {
    line += 1;
    const startLine = line;
    line += lineBreaks(record);
    if (record.length === 1 && record[0] === "") {
      fail({ line: startLine, expected: "no blank lines inside the file" });
      continue;
    }
    if (record.length !== names.length) {
      fail({ line: startLine, value: `${record.length} fields`, expected: `${names.length} fields (${names.join(",")})` });
      continue;
    }

    const row: Record<string, unknown> = {};
    let valid = true;
    names.forEach((name, i) => {
      const cell = record[i] ?? "";
      const column = spec.columns[name]!;
      const result = column.schema.safeParse(cell);
      if (!result.success) {
        valid = false;
        fail({ line: startLine, column: name, value: cell, expected: column.expected });
        return;
      }
      const refIssue = checkRefs(column, result.data, known);
      if (refIssue) {
        valid = false;
        fail({ line: startLine, column: name, value: refIssue.value, expected: refIssue.expected });
        return;
      }
      row[name] = result.data;
    });
    if (!valid) continue;
    const typed = row as RowOf<C>;

    for (const rule of spec.rules ?? []) {
      const expected = rule.check(typed);
      if (expected !== undefined) {
        valid = false;
        fail({ line: startLine, column: rule.column, value: cellText(typed[rule.column]), expected });
      }
    }
    if (!valid) continue;

    const key = describeKey(spec.key, typed);
    const firstLine = seenKeys.get(key);
    if (firstLine !== undefined) {
      fail({ line: startLine, value: key, expected: `a unique key (${spec.key.join(" + ")}); line ${firstLine} has the same` });
      continue;
    }
    seenKeys.set(key, startLine);

    if (spec.preferredPer && typed["preferred" as keyof C] === true) {
      const group = describeKey(spec.preferredPer, typed);
      const other = preferred.get(group);
      if (other !== undefined) {
        fail({
          line: startLine,
          column: "preferred",
          value: "true",
          expected: `at most one preferred row for ${group}; line ${other} is already preferred`,
        });
        continue;
      }
      preferred.set(group, startLine);
    }

    table.rows.push(typed);
    table.lines.push(startLine);
  }
  return { table, issues };
}

function lineBreaks(record: readonly string[]): number {
  let n = 0;
  for (const field of record) n += field.split("\n").length - 1;
  return n;
}

function checkRefs(column: Column<unknown>, value: unknown, known: Known): { value: string; expected: string } | undefined {
  if (!column.ref || value === null) return undefined;
  const set = column.ref === "sources" ? known.sources : known.countries;
  if (!set) return undefined;
  const values = Array.isArray(value) ? (value as string[]) : [value as string];
  const missing = values.find((v) => !set.has(v));
  if (missing === undefined) return undefined;
  const where = column.ref === "sources" ? "data/sources.csv" : "data/countries.csv";
  return { value: missing, expected: `an id listed in ${where}; this one is unknown` };
}

function cellText(value: unknown): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

function describeKey(columns: readonly string[], row: Record<string, unknown>): string {
  return columns.map((c) => `${c}=${cellText(row[c])}`).join(", ");
}
