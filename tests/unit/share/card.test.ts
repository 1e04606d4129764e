import { describe, expect, it } from "vitest";
import { cardSvg, renderCard, resolveCssVariables, sourceLine, svgToPng, wrapText } from "../../../src/share/card.ts";
import { CARD_KEYS, CARD_SIZE, cardImage } from "../../../src/share/cards.ts";
import { SECTION_IDS } from "../../../src/story/sections.ts";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("resolveCssVariables", () => {
  it("replaces var(--name, fallback) with its fallback", () => {
    expect(resolveCssVariables('<path stroke="var(--series-red, #c0392b)"/>')).toBe('<path stroke="#c0392b"/>');
    expect(resolveCssVariables("color: var(--color-text, #1c1b19); background: none;")).toBe("color: #1c1b19; background: none;");
  });

  it("handles spaces, several vars, functions in the fallback and nested vars", () => {
    expect(resolveCssVariables("a var( --x ,  red ) b var(--y,blue)")).toBe("a red b blue");
    expect(resolveCssVariables("fill: var(--x, rgb(1, 2, 3))")).toBe("fill: rgb(1, 2, 3)");
    expect(resolveCssVariables("fill: var(--a, var(--b, #fff))")).toBe("fill: #fff");
    expect(resolveCssVariables("font: var(--f, Georgia, serif)")).toBe("font: Georgia, serif");
  });

  it("leaves text without var() alone, and refuses a var() without a fallback", () => {
    const plain = '<svg><text x="1">variance (var) myvar(1)</text></svg>';
    expect(resolveCssVariables(plain)).toBe(plain);
    expect(() => resolveCssVariables('<path fill="var(--series-red)"/>')).toThrow(/no fallback/);
  });

  it("is what makes a colour drawable: resvg ignores var()", () => {
    const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${fill}"/></svg>`;
    const raw = Buffer.from(svgToPng(svg("var(--series-red, #c0392b)"), { loadSystemFonts: false }));
    const resolved = Buffer.from(svgToPng(resolveCssVariables(svg("var(--series-red, #c0392b)")), { loadSystemFonts: false }));
    const red = Buffer.from(svgToPng(svg("#c0392b"), { loadSystemFonts: false }));
    expect(resolved.equals(red)).toBe(true);
    expect(raw.equals(red)).toBe(false);
  });
});

describe("wrapText", () => {
  it("breaks at spaces within the width and ends an overflow with an ellipsis", () => {
    expect(wrapText("The fall", 1100, 56, 2, true)).toEqual(["The fall"]);
    const lines = wrapText("A country transformed, by its own count", 800, 56, 2, true);
    expect(lines.length).toBe(2);
    expect(lines.join(" ")).toBe("A country transformed, by its own count");
    const cut = wrapText("word ".repeat(100), 300, 20, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
  });
});

describe("sourceLine", () => {
  it("names as many sources whole as fit, then counts the rest", () => {
    expect(sourceLine([], 1100, 20, "en")).toBe("");
    expect(sourceLine(["UNODC"], 1100, 20, "en")).toBe("Source: UNODC");
    expect(sourceLine(["UNODC", "El Faro"], 1100, 20, "en")).toBe("Sources: UNODC; El Faro");
    expect(sourceLine(["UNODC", "El Faro"], 1100, 20, "es")).toBe("Fuentes: UNODC; El Faro");
    const many = Array.from({ length: 20 }, (_, i) => `Publisher number ${String.fromCharCode(65 + i)}`);
    expect(sourceLine(many, 1100, 20, "en")).toMatch(/^Sources: Publisher number A; .*Publisher number [A-Z] and \d+ more$/);
    expect(sourceLine(many, 1100, 20, "es")).toMatch(/^Fuentes: Publisher number A; .*Publisher number [A-Z] y \d+ más$/);
  });
});

describe("share cards", () => {
  it("has a card for the story and for every section in each language, each at its own path", () => {
    expect(CARD_KEYS).toEqual(["story", ...SECTION_IDS]);
    for (const key of CARD_KEYS) {
      expect(cardImage(key, "en").path).toBe(`/og/${key}.png`);
      expect(cardImage(key, "es").path).toBe(`/es/og/${key}.png`);
      expect(cardImage(key, "en").alt.length).toBeGreaterThan(10);
      expect(cardImage(key, "es").alt).not.toBe(cardImage(key, "en").alt);
    }
  });

  it("writes the Spanish card in Spanish", () => {
    const svg = cardSvg("the-fall", "es");
    expect(svg).toContain("Fuente");
    expect(svg).not.toMatch(/>Sources?:/);
  });

  it.each(["story", "the-fall", "the-spread", "sources-and-method"] as const)("%s: the SVG is 1200×630 with no CSS variable left", (key) => {
    const svg = cardSvg(key, "en");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).not.toContain("var(");
    expect(svg).not.toContain("&nbsp;");
  });

  it("renders the story's card to a 1200×630 PNG", () => {
    const png = renderCard("story", "en");
    expect(pngSize(png)).toEqual(CARD_SIZE);
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("sets its text in the site's own font files, with no font of the machine's", () => {
    const own = renderCard("sources-and-method", "es", { loadSystemFonts: false });
    expect(pngSize(own)).toEqual(CARD_SIZE);
    // Text drawn makes the PNG larger than the same card with its words blanked out.
    const blank = svgToPng(cardSvg("sources-and-method", "es").replace(/<tspan([^>]*)>[^<]*<\/tspan>/g, "<tspan$1></tspan>"), { loadSystemFonts: false });
    expect(own.length).toBeGreaterThan(blank.length * 1.2);
  });
});
