/**
 * How the charts place and word partial dates: the homicide charts' year axis, the timelines'
 * periods, the state-of-exception charts' points and phrases and the reported periods' labels, in
 * both languages. Each rule is the one its chart's note or label depends on.
 */
import { describe, expect, it } from "vitest";
import { formatLongDate, formatPartialDate, formatSpan } from "../../../src/charts/shared/date-words.ts";
import { datedEvent } from "../../../src/charts/shared/event-timeline.ts";
import { fractionalYear, withYearGaps } from "../../../src/charts/shared/homicide-annotations.ts";
import { datePhrase, formatQualified, soeDate } from "../../../src/charts/shared/soe-dates.ts";
import type { Row } from "../../../src/data/load-tables.ts";
import { translator } from "../../../src/i18n/translate.ts";

const es = { locale: "es-SV", t: translator("es-SV") };

describe("fractionalYear (homicide charts)", () => {
  it("puts a year-only date mid-year and a month mid-month", () => {
    expect(fractionalYear("2012")).toBe(2012.5);
    expect(fractionalYear("2012-01")).toBeCloseTo(2012 + 15.5 / 366, 6);
  });

  it("puts a day at its noon, so 1 January never lands on the year before", () => {
    expect(fractionalYear("2022-01-01")).toBeGreaterThan(2022);
    expect(fractionalYear("2022-12-31")).toBeLessThan(2023);
  });

  it("throws on a decade, which has no place on a year axis", () => {
    expect(() => fractionalYear("1990s")).toThrow("1990s");
  });
});

describe("formatLongDate (dates in sentences) and withYearGaps (homicide charts)", () => {
  it("words a date at its precision, or at most its month, in each language", () => {
    expect(formatLongDate("2022-03-27", "en", "month")).toBe("March 2022");
    expect(formatLongDate("2022-03", "es-SV", "month")).toBe("marzo de 2022");
    expect(formatLongDate("2003", "en", "month")).toBe("2003");
    expect(formatLongDate("2024", "en")).toBe("2024");
    expect(formatLongDate("2024-04", "en")).toBe("April 2024");
    expect(formatLongDate("2025-10-31", "es-SV")).toBe("31 de octubre de 2025");
  });

  it("breaks a line at each missing year, and only there", () => {
    const points = withYearGaps([
      { year: 2014, rate: 8 },
      { year: 2015, rate: 6 },
      { year: 2018, rate: 5 },
    ]);
    expect(points.map((p) => [p.year, Number.isNaN(p.rate)])).toEqual([
      [2014, false],
      [2015, false],
      [2016, true],
      [2018, false],
    ]);
  });
});

describe("datedEvent (timelines)", () => {
  const row = (date: string) => ({ id: "e", date, category: "pact", title: "T", source_ids: ["s"] }) as unknown as Row<"timeline">;

  it("reads the event's date as the period it names", () => {
    const event = datedEvent(row("2021-11"))!;
    expect([event.start.toISOString(), event.end.toISOString(), event.precision]).toEqual(["2021-11-01T00:00:00.000Z", "2021-12-01T00:00:00.000Z", "month"]);
  });

  it("leaves out a decade-only event, which no timeline can place", () => {
    expect(datedEvent(row("1990s"))).toBeUndefined();
  });

  it("words the date as precisely as the data gives it, day first in both languages", () => {
    expect(formatPartialDate(datedEvent(row("2019"))!.date, "en")).toBe("2019");
    expect(formatPartialDate(datedEvent(row("2021-11"))!.date, "en")).toBe("Nov 2021");
    expect(formatPartialDate(datedEvent(row("2021-11-08"))!.date, "en")).toBe("8 Nov 2021");
    expect(formatPartialDate(datedEvent(row("2021-11-08"))!.date, "es-SV")).toBe("8 nov 2021");
  });
});

describe("soe-dates (state-of-exception charts)", () => {
  it("places a month mid-month and a year mid-year, since the source said only 'some time then'", () => {
    expect(soeDate("2024-04").toISOString()).toBe("2024-04-15T00:00:00.000Z");
    expect(soeDate("2024").toISOString()).toBe("2024-07-01T00:00:00.000Z");
    expect(soeDate("2025-10-31").toISOString()).toBe("2025-10-31T00:00:00.000Z");
  });

  it("puts a date after 'by' with an article before a day only in Spanish", () => {
    expect(datePhrase("2025-10-31", "by", es)).toBe("hasta el 31 de octubre de 2025");
    expect(datePhrase("2024-04", "by", es)).toBe("hasta abril de 2024");
  });

  it("marks 'at least' and 'about' on a figure, and nothing on an exact one", () => {
    expect([formatQualified(301, "floor", "en"), formatQualified(8000, "approx", "en"), formatQualified(153, "exact", "en")]).toEqual([
      "≥301",
      "~8,000",
      "153",
    ]);
  });
});

describe("reported periods (prisons, gang members abroad, drug seizures)", () => {
  it("words a date at its own precision, the year optional", () => {
    expect(formatPartialDate("2022", "en")).toBe("2022");
    expect(formatPartialDate("2022-03", "en")).toBe("Mar 2022");
    expect(formatPartialDate("2022-03-29", "en", false)).toBe("29 Mar");
  });

  it("writes whole years as years, and a year once when both ends share it", () => {
    expect(formatSpan("2022-01-01", "2022-12-31", "en")).toBe("2022");
    expect(formatSpan("2018", "2022-11", "en")).toBe("2018–Nov 2022");
    expect(formatSpan("2022-03-29", "2022-05-30", "en")).toBe("29 Mar–30 May 2022");
    expect(formatSpan("2022-03-29", "2022-03-31", "en")).toBe("29–31 Mar 2022");
  });
});
