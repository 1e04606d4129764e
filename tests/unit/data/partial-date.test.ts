/**
 * The one reader of the data's partial dates: which texts are dates, what each names, and the
 * period it covers in UTC. Every chart places and words its dates from these answers.
 */
import { describe, expect, it } from "vitest";
import { isPartialDate, parsePartialDate, periodEnd, periodStart, readPartialDate } from "../../../src/data/partial-date.ts";

describe("readPartialDate", () => {
  it("reads a year, a month or a day, with its precision", () => {
    expect(readPartialDate("2022")).toEqual({ year: 2022, precision: "year" });
    expect(readPartialDate("2022-03")).toEqual({ year: 2022, month: 3, precision: "month" });
    expect(readPartialDate("2022-03-27")).toEqual({ year: 2022, month: 3, day: 27, precision: "day" });
  });

  it("rejects what is not a real year, month or day, leap days included", () => {
    expect(readPartialDate("2024-02-29")).toBeDefined();
    for (const text of ["22", "2022-3", "2022-00", "2022-13", "2023-02-29", "2022-04-31", "2022-03-00", "2022/03/27", "1990s", " 2022", "c. 2022"]) {
      expect(readPartialDate(text), text).toBeUndefined();
      expect(isPartialDate(text), text).toBe(false);
    }
  });

  it("parsePartialDate names the text it cannot read", () => {
    expect(() => parsePartialDate("2022-13")).toThrow('"2022-13" is not a YYYY, YYYY-MM or YYYY-MM-DD date');
  });
});

describe("the period a partial date names", () => {
  const iso = (d: Date) => d.toISOString();

  it("starts at the first instant of the year, month or day", () => {
    expect(iso(periodStart("2022"))).toBe("2022-01-01T00:00:00.000Z");
    expect(iso(periodStart("2022-03"))).toBe("2022-03-01T00:00:00.000Z");
    expect(iso(periodStart("2022-03-27"))).toBe("2022-03-27T00:00:00.000Z");
  });

  it("ends at the first instant after it, across month and year ends", () => {
    expect(iso(periodEnd("2022"))).toBe("2023-01-01T00:00:00.000Z");
    expect(iso(periodEnd("2022-12"))).toBe("2023-01-01T00:00:00.000Z");
    expect(iso(periodEnd("2024-02-29"))).toBe("2024-03-01T00:00:00.000Z");
  });
});
