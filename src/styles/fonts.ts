/**
 * The site's typefaces: Source Serif 4 for reading text and Source Sans 3 for headings, charts and
 * the interface, served from the site itself (Fontsource's files, Latin subset only, woff2; Latin
 * covers Spanish's accents, ñ, ¿ and ¡). For each one a fallback face, a local system font scaled
 * to the web font's metrics (size-adjust and ascent/descent overrides computed here, at build
 * time, by Capsize from its metrics package), so text set before the web font arrives takes the
 * same room, and nothing moves when it swaps in. Head.astro writes the @font-face rules and
 * preloads the faces the first screen uses; tokens.css names the families.
 */
import { createFontStack } from "@capsizecss/core";
import arial from "@capsizecss/metrics/arial";
import sourceSans3 from "@capsizecss/metrics/sourceSans3";
import sourceSerif4 from "@capsizecss/metrics/sourceSerif4";
import timesNewRoman from "@capsizecss/metrics/timesNewRoman";
import sans400 from "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url";
import sans600 from "@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url";
import sans700 from "@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url";
import serif400Italic from "@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2?url";
import serif400 from "@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?url";
import serif700 from "@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2?url";

interface Face {
  family: string;
  weight: number;
  style: "normal" | "italic";
  url: string;
  /** Set on the first screen (site header, title, lede, the opening chart), so preloaded. */
  preload: boolean;
}

const SANS = "Source Sans 3";
const SERIF = "Source Serif 4";

export const FACES: readonly Face[] = [
  { family: SANS, weight: 400, style: "normal", url: sans400, preload: true },
  { family: SANS, weight: 600, style: "normal", url: sans600, preload: false },
  { family: SANS, weight: 700, style: "normal", url: sans700, preload: true },
  { family: SERIF, weight: 400, style: "normal", url: serif400, preload: true },
  { family: SERIF, weight: 400, style: "italic", url: serif400Italic, preload: false },
  { family: SERIF, weight: 700, style: "normal", url: serif700, preload: false },
];

// Liberation Sans and Liberation Serif (most Linux desktops) are metric-compatible with Arial and
// Times New Roman, so the same overrides fit them; local() matches only a font's own names.
const METRIC_TWINS: Record<string, string[]> = {
  Arial: ["Liberation Sans", "LiberationSans"],
  "Times New Roman": ["Liberation Serif", "LiberationSerif"],
};

function stack(metrics: Parameters<typeof createFontStack>[0], generic: string) {
  const { fontFamily, fontFaces } = createFontStack(metrics, { fontFaceFormat: "styleObject" });
  const twins = METRIC_TWINS[metrics[1]!.familyName] ?? [];
  const css = fontFaces.map(({ "@font-face": face }) =>
    [
      "@font-face{",
      `font-family:${face.fontFamily};`,
      `src:${[face.src, ...twins.map((name) => `local('${name}')`)].join(", ")};`,
      `ascent-override:${face.ascentOverride};descent-override:${face.descentOverride};`,
      `line-gap-override:${face.lineGapOverride};size-adjust:${face.sizeAdjust};`,
      "}",
    ].join(""),
  );
  return { family: `${fontFamily}, ${generic}`, css: css.join("\n") };
}

const sans = stack([sourceSans3, arial], "sans-serif");
const serif = stack([sourceSerif4, timesNewRoman], "serif");

/** The font-family values of the text and of headings and the interface. */
export const FONT_FAMILIES = { text: serif.family, ui: sans.family } as const;

/** Every @font-face rule: the web fonts (swap: text shows at once in the fallback) and their fallbacks. */
export const fontFaceCss = [
  ...FACES.map(
    (f) => `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${f.url}) format("woff2");}`,
  ),
  sans.css,
  serif.css,
  `:root{--font-text:${FONT_FAMILIES.text};--font-ui:${FONT_FAMILIES.ui};}`,
].join("\n");
