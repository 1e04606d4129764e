/**
 * The one source of the site's colours, in light and dark themes. Pages get them as CSS custom
 * properties (paletteCss); charts refer to them with colour(), which falls back to the light
 * value so an SVG downloaded on its own still has its colours. tests/unit/styles checks every
 * theme for contrast and for colour-vision deficiency.
 */

/** Series colours, in the order charts should use them. "red" is reserved for El Salvador. */
export const SERIES = ["red", "navy", "sky", "ochre", "green", "grey"] as const;
export type SeriesColour = (typeof SERIES)[number];

export interface Theme {
  background: string;
  surface: string;
  text: string;
  muted: string;
  rule: string;
  link: string;
  focus: string;
  series: Record<SeriesColour, string>;
}

export const themes: Record<"light" | "dark", Theme> = {
  light: {
    background: "#fbfaf7",
    surface: "#f1efe9",
    text: "#1c1b19",
    muted: "#5c5a55",
    rule: "#c9c5bc",
    link: "#1d4e89",
    focus: "#1d4e89",
    series: { red: "#c0392b", navy: "#1d4e89", sky: "#4a8fc9", ochre: "#8c6d00", green: "#2e7d5b", grey: "#858480" },
  },
  dark: {
    background: "#141414",
    surface: "#1f1f1e",
    text: "#ecebe7",
    muted: "#b0aea8",
    rule: "#4a4946",
    link: "#b5d3ff",
    focus: "#b5d3ff",
    series: { red: "#ff7a5c", navy: "#b5d3ff", sky: "#4b93e6", ochre: "#d9a520", green: "#5fc992", grey: "#8f8f8f" },
  },
};

/**
 * The palette under forced colours (Windows contrast themes and the like). The browser forces
 * text and backgrounds to the reader's system colours but leaves SVG fill and stroke alone, so
 * the charts' colours are mapped to system colours here. El Salvador's red, the focus of every
 * chart it is in, takes Highlight; the other five series share CanvasText, LinkText and
 * GrayText, the comparisons charts draw most (navy against ochre) kept apart. Where two series
 * share a colour, labels, keys, dashes and hollow marks still tell them apart, as they must
 * for readers who do not see colour.
 */
export const forcedColours: Theme = {
  background: "Canvas",
  surface: "Canvas",
  text: "CanvasText",
  muted: "CanvasText",
  rule: "GrayText",
  link: "LinkText",
  focus: "Highlight",
  series: { red: "Highlight", navy: "CanvasText", sky: "LinkText", ochre: "LinkText", green: "GrayText", grey: "GrayText" },
};

type Token = Exclude<keyof Theme, "series">;

function declarations(theme: Theme): string {
  const plain = (Object.keys(theme) as (keyof Theme)[]).filter((k): k is Token => k !== "series").map((k) => `--color-${k}:${theme[k]};`);
  const series = SERIES.map((s) => `--series-${s}:${theme.series[s]};`);
  return [...plain, ...series].join("");
}

/**
 * Custom properties for both themes; the dark one follows the reader's system setting unless a
 * page forces one with data-theme="light" or data-theme="dark" on <html> (embeds do, on request
 * of the host page). The forced rules come after and are more specific, so they win either way.
 * Forced colours come last of all and match those rules' specificity: a reader's contrast
 * theme overrides any theme a page asks for.
 */
export function paletteCss(): string {
  const follow = `:root{color-scheme:light dark;${declarations(themes.light)}}@media (prefers-color-scheme:dark){:root{${declarations(themes.dark)}}}`;
  const forced = (["light", "dark"] as const).map((name) => `:root[data-theme="${name}"]{color-scheme:${name};${declarations(themes[name])}}`);
  const system = `@media (forced-colors:active){:root,:root[data-theme]{${declarations(forcedColours)}}}`;
  return follow + forced.join("") + system;
}

/** A colour for chart marks: the theme's custom property, with the light value as fallback. */
export function colour(name: SeriesColour | Token): string {
  if ((SERIES as readonly string[]).includes(name)) {
    return `var(--series-${name}, ${themes.light.series[name as SeriesColour]})`;
  }
  return `var(--color-${name}, ${themes.light[name as Token]})`;
}

const TOKENS: readonly Token[] = ["background", "surface", "text", "muted", "rule", "link", "focus"];
const NAMED: readonly (SeriesColour | Token)[] = [...SERIES, ...TOKENS];
type Paint = "fill" | "stroke";

/** The class that paints with the colour() value `value` (an exact match), or undefined for any other value. */
export function colourClass(paint: Paint, value: string): string | undefined {
  const name = NAMED.find((n) => colour(n) === value);
  return name && `${paint}-${name}`;
}

/**
 * The rules behind colourClass, for pages that show charts: a class per colour and paint, so a
 * drawing names its colour in a few bytes instead of repeating var(--x, #hex) on every mark.
 * They follow the theme through the same custom properties.
 */
export function chartColourCss(): string {
  return NAMED.flatMap((name) =>
    (["fill", "stroke"] as const).map((paint) => `.${paint}-${name}{${paint}:${colour(name).replace(/, #[0-9a-f]+\)$/, ")")}}`),
  ).join("");
}
