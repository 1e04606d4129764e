import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from "culori";
import { describe, expect, it } from "vitest";
import { colour, paletteCss, SERIES, themes } from "../../../src/styles/palette.ts";

// ΔE2000 below about 8 makes two lines hard to tell apart at chart stroke widths.
const MIN_DISTANCE = 8;
const vision: Record<string, (c: Color) => Color> = {
  "normal vision": (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};
const distance = differenceCiede2000();

describe.each(Object.entries(themes))("the %s theme", (_name, theme) => {
  it("text and muted text reach WCAG AA contrast (4.5:1) on background and surface", () => {
    for (const fg of [theme.text, theme.muted, theme.link]) {
      for (const bg of [theme.background, theme.surface]) {
        expect(wcagContrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("every series colour reaches 3:1 against the background (WCAG 1.4.11)", () => {
    for (const name of SERIES) {
      expect(wcagContrast(theme.series[name], theme.background), name).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(Object.keys(vision))("series colours stay distinct under %s", (kind) => {
    const simulate = vision[kind]!;
    const colours = SERIES.map((name) => ({ name, value: simulate(parse(theme.series[name])!) }));
    for (const [i, a] of colours.entries()) {
      for (const b of colours.slice(i + 1)) {
        expect(distance(a.value, b.value), `${a.name} vs ${b.name}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
      }
    }
  });
});

describe("palette helpers", () => {
  it("paletteCss() declares every colour for both themes, dark under prefers-color-scheme", () => {
    const css = paletteCss();
    expect(css).toContain(`--series-red:${themes.light.series.red};`);
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{[^}]*--series-red:#ff7a5c;/);
  });

  it.each(["light", "dark"] as const)("paletteCss() lets data-theme=%s force that theme whatever the system setting", (name) => {
    const css = paletteCss();
    const rule = css.match(new RegExp(`:root\\[data-theme="${name}"\\]\\{([^}]*)\\}`));
    expect(rule, name).not.toBeNull();
    expect(rule![1]).toContain(`color-scheme:${name};`);
    expect(rule![1]).toContain(`--color-background:${themes[name].background};`);
    expect(rule![1]).toContain(`--series-red:${themes[name].series.red};`);
    // After the media query, so it overrides the system's choice at equal or higher specificity.
    expect(css.indexOf(rule![0])).toBeGreaterThan(css.indexOf("@media"));
  });

  it("colour() refers to the custom property with the light value as fallback", () => {
    expect(colour("red")).toBe(`var(--series-red, ${themes.light.series.red})`);
    expect(colour("muted")).toBe(`var(--color-muted, ${themes.light.muted})`);
  });
});
