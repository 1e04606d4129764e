import { describe, expect, it } from "vitest";
import { col } from "../../../src/data/columns.ts";
import { isPartialDate } from "../../../src/data/partial-date.ts";

describe("columns", () => {
  it("isPartialDate accepts real years, months and days only", () => {
    expect(["2022", "2022-03", "2022-03-27", "2024-02-29"].every(isPartialDate)).toBe(true);
    expect(["22", "2022-3", "2022-00", "2022-13", "2023-02-29", "2022-04-31", "2022/03/27", "c. 2022"].some(isPartialDate)).toBe(false);
  });

  it("col.number() refuses separators, units and exponents instead of half-reading them", () => {
    const rate = col.number({ min: 0 });
    expect(rate.schema.safeParse("12.5").data).toBe(12.5);
    for (const text of ["1,234", "12 ", "~5", "1e3", "5%", "", "-1", ".5"]) {
      expect(rate.schema.safeParse(text).success, text).toBe(false);
    }
  });

  it("optional columns read an empty cell as null", () => {
    expect(col.integer({ optional: true }).schema.safeParse("").data).toBeNull();
    expect(col.integer().schema.safeParse("").success).toBe(false);
  });

  it("col.date({decade}) also accepts a decade", () => {
    expect(col.date({ decade: true }).schema.safeParse("1990s").success).toBe(true);
    expect(col.date().schema.safeParse("1990s").success).toBe(false);
  });

  it("col.text() refuses empty cells and stray spaces", () => {
    const text = col.text();
    expect(text.schema.safeParse("A source").success).toBe(true);
    expect(text.schema.safeParse("").success).toBe(false);
    expect(text.schema.safeParse(" padded").success).toBe(false);
  });

  it("col.url() wants an http(s) address", () => {
    expect(col.url().schema.safeParse("https://elfaro.net/x").success).toBe(true);
    expect(col.url().schema.safeParse("elfaro.net/x").success).toBe(false);
    expect(col.url().schema.safeParse("javascript:alert(1)").success).toBe(false);
    expect(col.url().schema.safeParse("https://a.org/x ; https://b.org/y").success).toBe(false);
  });
});
