import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTables } from "../../../src/data/load-tables.ts";
import { DataError } from "../../../src/data/parse-table.ts";

const FIXTURES = "tests/fixtures/data";
const valid = Object.fromEntries(readdirSync(join(FIXTURES, "valid")).map((name) => [`data/${name}`, readFileSync(join(FIXTURES, "valid", name), "utf8")]));
const invalid = (name: string) => readFileSync(join(FIXTURES, "invalid", name), "utf8");

/** Loads the valid fixture set with some files replaced (undefined = the file is missing). */
function load(replace: Record<string, string | undefined> = {}) {
  const files: Record<string, string | undefined> = { ...valid, ...replace };
  return loadTables((file) => files[file]);
}

function messageOf(replace: Record<string, string | undefined>): string {
  try {
    load(replace);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error("expected loadTables to throw");
}

describe("loadTables", () => {
  it("loadTables(valid fixtures) types every cell and keeps file line numbers", () => {
    const tables = load();
    const homicide = tables.homicideRates;
    expect(homicide.rows[1]).toEqual({
      iso3: "SLV",
      year: 2024,
      rate_per_100k: 1.9,
      count: 114,
      series: "official",
      source_id: "gov_a",
      variant: null,
      preferred: true,
      status: "ok",
      note: null,
    });
    // The third row's note spans lines 4-5, so the fourth row is on line 6.
    expect(homicide.lines).toEqual([2, 3, 4, 6]);
    expect(tables.timeline.rows[1]!.source_ids).toEqual(["gov_a", "unodc_wdi"]);
    expect(tables.gangMembersAbroad.rows[0]!.iso3).toEqual(["HND", "SLV"]);
    expect(tables.countries.rows[0]!.iso_n3).toBe("222");
  });

  it("a missing file names the file and what it should hold", () => {
    expect(messageOf({ "data/homicide-rates.csv": undefined })).toBe(
      "Invalid data: data/homicide-rates.csv: expected the file to exist (it holds homicide rates and counts by country, year and source)",
    );
  });

  it("an empty file asks for the header row", () => {
    expect(messageOf({ "data/homicide-rates.csv": invalid("empty.csv") })).toBe(
      "Invalid data: data/homicide-rates.csv, line 1: expected a header row (iso3,year,rate_per_100k,count,series,source_id,variant,preferred,status,note) followed by homicide rates and counts by country, year and source",
    );
  });

  it("a wrong header names the first column that differs", () => {
    expect(messageOf({ "data/homicide-rates.csv": invalid("wrong-header.csv") })).toBe(
      'Invalid data: data/homicide-rates.csv, line 1: got "yr", expected the header iso3,year,rate_per_100k,count,series,source_id,variant,preferred,status,note (column 2 differs)',
    );
  });

  it("a bad number names the line, column and value", () => {
    expect(messageOf({ "data/homicide-rates.csv": invalid("bad-number.csv") })).toBe(
      'Invalid data: data/homicide-rates.csv, line 3, column "rate_per_100k": got "n/a", expected a number from 0 to 200 (homicides per 100,000 people) in plain notation like 12.5, or an empty cell',
    );
  });

  it("a bad date names the line, column and value", () => {
    expect(messageOf({ "data/prison-population.csv": invalid("bad-date.csv") })).toBe(
      'Invalid data: data/prison-population.csv, line 2, column "date": got "2022-13", expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it("an unknown source id points at data/sources.csv", () => {
    expect(messageOf({ "data/homicide-rates.csv": invalid("unknown-source.csv") })).toBe(
      'Invalid data: data/homicide-rates.csv, line 3, column "source_id": got "nobody", expected an id listed in data/sources.csv; this one is unknown',
    );
  });

  it("a duplicate key names both lines", () => {
    expect(messageOf({ "data/homicide-rates.csv": invalid("duplicate-key.csv") })).toBe(
      'Invalid data: data/homicide-rates.csv, line 4: got "iso3=SLV, year=2015, source_id=unodc_wdi, variant=", expected a unique key (iso3 + year + source_id + variant); line 2 has the same',
    );
  });

  it("problems in several files are all listed, one per line", () => {
    const message = messageOf({
      "data/homicide-rates.csv": invalid("bad-number.csv"),
      "data/prison-population.csv": invalid("bad-date.csv"),
    });
    expect(message.split("\n")).toEqual([
      "Invalid data (2 problems):",
      expect.stringMatching(/^ {2}data\/homicide-rates\.csv, line 3, column "rate_per_100k"/),
      expect.stringMatching(/^ {2}data\/prison-population\.csv, line 2, column "date"/),
    ]);
  });

  it("a row with too few fields, a blank line and an unknown country are each caught", () => {
    const text = ["iso3,gang,presence,disputed,source_ids,evidence,note", "SLV,ms13,strong,false,gov_a", "", "XYZ,ms13,cells,false,gov_a,Seen once.,"].join(
      "\n",
    );
    expect(
      messageOf({ "data/gang-presence.csv": `${text}\n` })
        .split("\n")
        .slice(1),
    ).toEqual([
      '  data/gang-presence.csv, line 2: got "5 fields", expected 7 fields (iso3,gang,presence,disputed,source_ids,evidence,note)',
      "  data/gang-presence.csv, line 3: expected no blank lines inside the file",
      '  data/gang-presence.csv, line 4, column "iso3": got "XYZ", expected an id listed in data/countries.csv; this one is unknown',
    ]);
  });

  it("two preferred rows for one country-year, or a preferred rejected row, are refused", () => {
    const header = "iso3,year,rate_per_100k,count,series,source_id,variant,preferred,status,note";
    const text = [
      header,
      "SLV,2015,107.6,,unodc,unodc_wdi,,true,ok,",
      "SLV,2015,106.3,6656,official,gov_a,,true,ok,",
      "SLV,2023,,214,official,gov_a,,true,rejected,",
    ].join("\n");
    expect(
      messageOf({ "data/homicide-rates.csv": `${text}\n` })
        .split("\n")
        .slice(1),
    ).toEqual([
      '  data/homicide-rates.csv, line 3, column "preferred": got "true", expected at most one preferred row for iso3=SLV, year=2015; line 2 is already preferred',
      '  data/homicide-rates.csv, line 4, column "preferred": got "true", expected false on a rejected row',
    ]);
  });

  it("a row with neither a rate nor a count is refused", () => {
    const text = "iso3,year,rate_per_100k,count,series,source_id,variant,preferred,status,note\nSLV,2015,,,unodc,unodc_wdi,,false,ok,\n";
    expect(messageOf({ "data/homicide-rates.csv": text })).toBe(
      'Invalid data: data/homicide-rates.csv, line 2, column "rate_per_100k": got "", expected a value here or in count',
    );
  });

  it("a source whose title has no language, or with neither a title nor a note, is refused", () => {
    const text = [
      valid["data/sources.csv"]!.trimEnd(),
      "no_lang,El Faro,Un título,,,https://example.org/a,2025,,",
      "no_title,El Faro,,,,https://example.org/b,2025,,",
    ].join("\n");
    expect(
      messageOf({ "data/sources.csv": `${text}\n` })
        .split("\n")
        .slice(1),
    ).toEqual([
      '  data/sources.csv, line 5, column "title_lang": got "", expected a language code exactly when the row has a title',
      '  data/sources.csv, line 6, column "title_note": got "", expected a note describing the work, since it has no title',
    ]);
  });

  it("a poll's grade above 10 is refused: IUDOP grades out of 10, so it is a percentage in the wrong unit", () => {
    const header = "id,pollster,fieldwork_start,fieldwork_end,published,question,value,unit,sample_size,source_ids,note";
    const text = `${header}\ngrade,iudop,,2025-12,,grade-president,83.9,grade-out-of-10,,gov_a,\n`;
    expect(messageOf({ "data/polls.csv": text })).toBe('Invalid data: data/polls.csv, line 2, column "value": got "83.9", expected a grade from 0 to 10');
  });
});
