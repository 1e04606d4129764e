/**
 * Claims the story's prose makes about the data beyond the figures it quotes: who was highest or
 * lowest, which way a rate moved, which year was the worst. Each test names the paragraph whose
 * words it checks, so a change in data/ that makes a sentence untrue fails here.
 */
import { describe, expect, it } from "vitest";
import { projectData } from "../../../src/data/read-data.ts";
import { PEERS } from "../../../src/charts/homicide-rates.ts";

const { tables } = projectData();
const SIX = ["SLV", ...PEERS];

function unodc(iso3: string, year: number): number | undefined {
  const row = tables.homicideRates.rows.find((r) => r.iso3 === iso3 && r.year === year && r.series === "unodc" && r.status === "ok");
  return row?.rate_per_100k ?? undefined;
}

/** The countries of the six with a UNODC figure for a year, highest rate first. */
function ranking(year: number): string[] {
  return SIX.filter((c) => unodc(c, year) !== undefined).sort((a, b) => unodc(b, year)! - unodc(a, year)!);
}

describe("story.the-fall.neighbours", () => {
  it("El Salvador had the highest UNODC rate of the six every year from 2015 to 2018, and the lowest in 2022", () => {
    for (const year of [2015, 2016, 2017, 2018]) expect(ranking(year)[0], String(year)).toBe("SLV");
    expect(ranking(2022).at(-1)).toBe("SLV");
    expect(ranking(2022)).toHaveLength(6);
  });

  it("UNODC has no Guatemalan figure for 2015 or 2016, and has one for every other country and year the sentence names", () => {
    expect([unodc("GTM", 2015), unodc("GTM", 2016)]).toEqual([undefined, undefined]);
    const named: [string, number][] = [
      ["HND", 2015],
      ["COL", 2015],
      ["MEX", 2015],
      ["ECU", 2015],
      ["GTM", 2014],
      ...PEERS.map((c): [string, number] => [c, 2023]),
    ];
    for (const [iso3, year] of named) {
      expect(unodc(iso3, year), `${iso3} ${year}`).toBeDefined();
    }
  });

  it("the rate fell in Honduras, Colombia and Guatemala, and rose in Mexico (to its 2018 peak) and Ecuador, the highest in 2023 of the five with a figure", () => {
    expect(unodc("HND", 2023)!).toBeLessThan(unodc("HND", 2015)!);
    expect(unodc("COL", 2023)!).toBeLessThan(unodc("COL", 2015)!);
    expect(unodc("GTM", 2023)!).toBeLessThan(unodc("GTM", 2014)!);
    expect(unodc("MEX", 2023)!).toBeGreaterThan(unodc("MEX", 2015)!);
    expect(unodc("ECU", 2023)!).toBeGreaterThan(unodc("ECU", 2015)!);
    const mexico = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((y) => unodc("MEX", y)!);
    expect(Math.max(...mexico)).toBe(unodc("MEX", 2018));
    expect(ranking(2023)[0]).toBe("ECU");
    expect(ranking(2023)).toHaveLength(5);
    expect(unodc("SLV", 2023)).toBeUndefined();
  });

  it("the description's 'highest of the countries in the chart in 2015, lowest of the six in 2022' holds", () => {
    expect(ranking(2015)[0]).toBe("SLV");
    expect(ranking(2015)).not.toContain("GTM");
    expect(ranking(2022).at(-1)).toBe("SLV");
  });
});

describe("story.the-fall.fall-peak", () => {
  it("in UNODC's series 2015 is above every year from 1998 to 2014, and 1997 is above 2015", () => {
    const peak = unodc("SLV", 2015)!;
    for (let year = 1998; year < 2015; year++) expect(unodc("SLV", year)!, String(year)).toBeLessThan(peak);
    expect(unodc("SLV", 1997)!).toBeGreaterThan(peak);
  });

  it("the government's series and InSight Crime's do not reach back before 2015, so only UNODC's is compared", () => {
    const early = tables.homicideRates.rows.filter(
      (r) => r.iso3 === "SLV" && r.year < 2015 && (r.source_id === "slv_gov_series" || r.source_id === "insight_2015"),
    );
    expect(early).toEqual([]);
  });
});

describe("story.the-fall.fall-bukele and the opening", () => {
  it("the decline began before June 2019: UNODC's rate fell every year from 2015 to 2019", () => {
    for (let year = 2016; year <= 2019; year++) expect(unodc("SLV", year)!).toBeLessThan(unodc("SLV", year - 1)!);
  });
});

describe("story.the-spread.spread-rates", () => {
  it("Ecuador's 2024 rate is the highest of every country's latest preferred figure (the map's rates)", () => {
    const latest = new Map<string, { year: number; rate: number }>();
    for (const r of tables.homicideRates.rows) {
      if (!r.preferred || r.status !== "ok" || r.rate_per_100k === null) continue;
      const seen = latest.get(r.iso3);
      if (!seen || seen.year < r.year) latest.set(r.iso3, { year: r.year, rate: r.rate_per_100k });
    }
    const [top] = [...latest].sort((a, b) => b[1].rate - a[1].rate);
    expect(top![0]).toBe("ECU");
    expect(top![1].year).toBe(2024);
  });
});

describe("story.the-copycats.results", () => {
  const rate = (iso3: string, year: number, source: string) =>
    tables.homicideRates.rows.find((r) => r.iso3 === iso3 && r.year === year && r.source_id === source)!.rate_per_100k!;

  it("each country's two figures come from one series: Honduras's government, Ecuador's police, InSight Crime's", () => {
    expect(rate("HND", 2024, "hnd_seguridad_2025")).toBeLessThan(rate("HND", 2022, "ca360_2023"));
    expect(rate("ECU", 2024, "ecu_police_primicias")).toBeLessThan(rate("ECU", 2023, "ecu_police_2024"));
    expect(rate("ECU", 2025, "insight_2025_press")).toBeGreaterThan(rate("ECU", 2024, "insight_2025_press"));
    for (const [iso3, year, source] of [
      ["HND", 2022, "ca360_2023"],
      ["HND", 2024, "hnd_seguridad_2025"],
      ["ECU", 2023, "ecu_police_2024"],
      ["ECU", 2024, "ecu_police_primicias"],
    ] as const) {
      expect(tables.homicideRates.rows.find((r) => r.iso3 === iso3 && r.year === year && r.source_id === source)!.series, `${iso3} ${year}`).toBe("official");
    }
  });

  it("Honduras's decline runs from a peak in 2011 in UNODC's series", () => {
    const years = tables.homicideRates.rows.filter((r) => r.iso3 === "HND" && r.series === "unodc" && r.status === "ok");
    const peak = years.reduce((a, b) => (b.rate_per_100k! > a.rate_per_100k! ? b : a));
    expect(peak.year).toBe(2011);
  });
});

describe("story.mano-duras-record.arrests", () => {
  it("the homicide rate did not fall between 2003 and 2009, while the prison population grew from 2002 to 2014", () => {
    expect(unodc("SLV", 2009)!).toBeGreaterThan(unodc("SLV", 2003)!);
    const prisoners = (date: string) => tables.prisonPopulation.rows.find((r) => r.iso3 === "SLV" && r.date === date && r.preferred)!.prisoners!;
    expect(prisoners("2014")).toBeGreaterThan(prisoners("2002"));
  });
});

describe("story.the-price.ranking", () => {
  it("in the 2024 World Prison Population List no country's rate is above El Salvador's", () => {
    const list = tables.prisonPopulation.rows.filter((r) => r.source_id === "wppl14_drugpolicyfacts" && r.rate_per_100k !== null);
    const slv = list.find((r) => r.iso3 === "SLV")!.rate_per_100k!;
    expect(list.length).toBeGreaterThan(4);
    for (const r of list.filter((r) => r.iso3 !== "SLV")) expect(r.rate_per_100k!, r.iso3).toBeLessThan(slv);
  });

  it("the later rate rests on the total the sentence names: 109,519 on about 6.6 million people", () => {
    const total = tables.prisonPopulation.rows.find((r) => r.source_id === "divergentes_2025_05")!.prisoners!;
    const later = tables.prisonPopulation.rows.find((r) => r.source_id === "thestar_2025")!.rate_per_100k!;
    expect((total / later) * 100_000).toBeGreaterThan(6.5e6);
    expect((total / later) * 100_000).toBeLessThan(6.7e6);
  });
});
