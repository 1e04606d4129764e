import { describe, expect, it } from "vitest";
import { aliases, aliasesOf } from "../../../src/story/anchors.ts";
import { sequences } from "../../../src/story/placement.ts";
import { SECTION_IDS } from "../../../src/story/sections.ts";

// Every anchor ever published. Links to them sit in lesson plans and articles, so this list only
// grows: a test fails if one stops leading somewhere. To rename an id, alias it in anchors.ts.
const PUBLISHED = [
  // sections
  "opening",
  "the-fall",
  "the-missing",
  "the-pact",
  "the-price",
  "deaths-in-custody",
  "rule-of-law",
  "the-spread",
  "the-copycats",
  "mano-duras-record",
  "sources-and-method",
  // steps
  "fall-postwar",
  "fall-mano-dura",
  "fall-truce",
  "fall-peak",
  "fall-bukele",
  "fall-exception",
  "missing-official",
  "missing-2022",
  "missing-2023",
  "missing-all",
  "pact-truce-2012",
  "pact-talks",
  "pact-sanctions",
  "pact-breakdown",
  "pact-indictment",
  "price-before",
  "price-march-2022",
  "price-2023",
  "price-census",
  "deaths-cristosal",
  "deaths-sjh",
  "deaths-all",
  "spread-ms13",
  "spread-barrio18",
  "spread-rates",
];

// The story renders each of these as an element of that id (tests/built/placement.test.ts).
const current = new Set<string>([...SECTION_IDS, ...sequences.flatMap((s) => s.steps.map((step) => step.id))]);

describe("published anchors", () => {
  it.each(PUBLISHED)("#%s still leads to a section or step", (id) => {
    expect(current.has(id) || current.has(aliases[id] ?? "")).toBe(true);
  });

  it("every current anchor is published in the list above", () => {
    for (const id of current) expect(PUBLISHED, `add #${id} to PUBLISHED`).toContain(id);
  });

  it("an alias never shadows a current id, and leads to a current one", () => {
    for (const [old, target] of Object.entries(aliases)) {
      expect(current.has(old), old).toBe(false);
      expect(current.has(target), target).toBe(true);
    }
  });

  it("aliasesOf(id) lists the old ids that lead to it", () => {
    expect(aliasesOf("the-fall")).toEqual(Object.keys(aliases).filter((old) => aliases[old] === "the-fall"));
  });
});
