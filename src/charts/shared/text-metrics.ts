/**
 * How much room a line of text takes: the one estimate every chart, the share cards and the
 * downloads lay text out with. Drawings are made in Node, where no font can be measured (jsdom
 * has no layout), so a width is summed from each character's advance width in the charts'
 * typeface, Source Sans 3, as Chromium measured it (text-widths.json, written by
 * `npm run fonts:widths`), plus a tenth: for the fallback face a reader sees while the font loads
 * (scaled to the same average width, but not letter for letter) and for rounding. A character
 * the table lacks counts as 0.6 em, wider than most. tests/e2e/labels.spec.ts checks every
 * chart's labels in the real typeface.
 */
import widths from "./text-widths.json" with { type: "json" };

const EMS: Record<"regular" | "bold", Record<string, number>> = widths;
const MARGIN = 1.1;
const UNKNOWN = 0.6;

/** The estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = EMS[bold ? "bold" : "regular"];
  let ems = 0;
  for (const ch of text) ems += table[ch] ?? UNKNOWN;
  return ems * fontSize * MARGIN;
}

function greedyLines(words: readonly string[], maxWidth: number, fontSize: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w !== "");

/** Splits `text` at spaces into lines no wider than `maxWidth`, each filled before the next begins. */
export function fillLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  return greedyLines(wordsOf(text), maxWidth, fontSize, bold);
}

/**
 * Splits `text` at spaces into lines no wider than `maxWidth` (a single long word overflows),
 * balanced: as few lines as filling each would take, but each as narrow as that count allows, so
 * that the last line is not left holding one word.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = wordsOf(text);
  const filled = greedyLines(words, maxWidth, fontSize, bold);
  if (filled.length < 2) return filled;
  let [tooNarrow, wideEnough] = [0, maxWidth];
  while (wideEnough - tooNarrow > 0.5) {
    const width = (tooNarrow + wideEnough) / 2;
    if (greedyLines(words, width, fontSize, bold).length > filled.length) tooNarrow = width;
    else wideEnough = width;
  }
  return greedyLines(words, wideEnough, fontSize, bold);
}
