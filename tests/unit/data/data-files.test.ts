import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvFormatRows, csvParseRows } from "d3";
import { afterAll, describe, expect, it } from "vitest";
import { loadTables, type Tables } from "../../../src/data/load-tables.ts";
import { parseTable, type Columns, type TableSpec } from "../../../src/data/parse-table.ts";
import { fileReader } from "../../../src/data/read-data.ts";
import { tables as specs } from "../../../src/data/schemas.ts";

// Stray spaces and punctuation: no column accepts this, not even free text.
const GARBAGE = " Garbage value!? ";
const read = fileReader(process.cwd());
const tables: Tables = loadTables(read);
const known = {
  sources: new Set(tables.sources.rows.map((r) => r.source_id)),
  countries: new Set(tables.countries.rows.map((r) => r.iso3)),
};

describe("the committed data files", () => {
  it("all validate, with no row dropped", () => {
    for (const table of Object.values(tables)) {
      const lines = read(table.file)!.trimEnd().split("\n").length;
      expect(table.rows.length, table.file).toBe(lines - 1);
    }
  });

  it("have no rejected row marked preferred, and every rejected row says why", () => {
    for (const table of [tables.homicideRates, tables.prisonPopulation, tables.stateOfException, tables.drugSeizures]) {
      for (const row of table.rows as { status: string; note: string | null }[]) {
        if (row.status === "rejected") expect(row.note, table.file).toMatch(/\w/);
      }
    }
  });

  it("every country code used has an ISO numeric code for the map, except aggregates", () => {
    for (const c of tables.countries.rows) {
      expect(c.iso_n3 === null, c.iso3).toBe(c.region === "aggregate");
    }
  });

  // Each spec has its own column types; here they are handled alike, as text in and issues out.
  describe.each(Object.values(specs) as unknown as TableSpec<Columns>[])("$file", (spec) => {
    const text = read(spec.file)!;
    const records = csvParseRows(text);
    const { table } = parseTable(spec, text, known);
    const middle = Math.floor((records.length - 1) / 2);

    it.each(Object.keys(spec.columns))("garbage in column %s fails naming the file, line and column", (column) => {
      const index = Object.keys(spec.columns).indexOf(column);
      const corrupted = records.map((r) => [...r]);
      corrupted[middle + 1]![index] = GARBAGE;
      const { issues } = parseTable(spec, `${csvFormatRows(corrupted)}\n`, known);
      expect(issues).toEqual([expect.objectContaining({ file: spec.file, line: table.lines[middle], column, value: GARBAGE })]);
    });
  });
});

describe("npm run data:check", () => {
  const dir = mkdtempSync(join(tmpdir(), "data-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1 with one message naming the file, line, column and value of a bad cell", () => {
    cpSync("data", join(dir, "data"), { recursive: true });
    const file = join(dir, "data/homicide-rates.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[9] = lines[9]!.replace(/^([A-Z]{3}),(\d{4}),([\d.]+),/, "$1,$2,12.3.4,");
    writeFileSync(file, lines.join("\n"));
    const tsx = join(process.cwd(), "node_modules/.bin/tsx");
    const run = spawnSync(tsx, [join(process.cwd(), "scripts/check-data.ts")], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Invalid data: data/homicide-rates.csv, line 10, column "rate_per_100k": got "12.3.4", expected a number from 0 to 200 (homicides per 100,000 people) in plain notation like 12.5, or an empty cell',
    );
    // A fresh tsx process compiles the data layer first: seconds on a loaded 2-core machine.
  }, 60_000);
});
