/**
 * Measures the site's chart typeface, Source Sans 3 (regular and bold, the Latin files the site
 * serves), character by character in Chromium, and writes src/charts/shared/text-widths.json: the
 * advance width of each character in ems, which the charts lay text out with
 * (src/charts/shared/text-metrics.ts), since Node cannot measure text. Rerun only when the
 * typeface changes: `npm run fonts:widths`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { launchChromium } from "./lib/browser.ts";

const OUT = "src/charts/shared/text-widths.json";
const FILES = { regular: "source-sans-3-latin-400-normal.woff2", bold: "source-sans-3-latin-700-normal.woff2" } as const;

// Printable ASCII and Latin-1, and the punctuation and signs the charts' words use.
const CHARS = [
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => String.fromCharCode(0xa1 + i)),
  ..."–—‘’“”…•→←↑↓≥≤≈−×✕",
];

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const widths: Record<string, Record<string, number>> = {};
  for (const [weight, file] of Object.entries(FILES)) {
    const font = readFileSync(`node_modules/@fontsource/source-sans-3/files/${file}`).toString("base64");
    widths[weight] = await page.evaluate(
      async ({ font, chars, bold }) => {
        const bytes = Uint8Array.from(atob(font), (c) => c.charCodeAt(0));
        const face = new FontFace("Measured", bytes, { weight: bold ? "700" : "400" });
        document.fonts.add(await face.load());
        const context = document.createElement("canvas").getContext("2d")!;
        context.font = `${bold ? 700 : 400} 1000px Measured`;
        return Object.fromEntries(chars.map((c) => [c, Math.round(context.measureText(c).width) / 1000]));
      },
      { font, chars: CHARS, bold: weight === "bold" },
    );
  }
  writeFileSync(OUT, `${JSON.stringify(widths, null, 2)}\n`);
  console.log(`wrote ${OUT}: ${CHARS.length} characters at two weights`);
} finally {
  await browser.close();
}
