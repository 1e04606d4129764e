/**
 * How much room a line of text takes: the one estimate every chart, the share cards and the
 * downloads lay text out with. Drawings are made in Node, where no font can be measured (jsdom
 * has no layout), so a width is summed from each character's class. The factors are DejaVu Sans's
 * advance widths, rounded up: wider than the site's Source Sans 3 and than the fallback faces, so
 * a label that fits here fits in the reader's font. tests/e2e/labels.spec.ts checks every chart's
 * labels in the real typeface.
 */

/** Ems per character class, tried in order; the last is everything else. */
const CLASSES: readonly [RegExp, number][] = [
  [/[\siljI.,:;'’!|]/, 0.32],
  [/[ftr()\-“”"]/, 0.42],
  [/[mwMW]/, 0.92],
  [/[A-Z]/, 0.72],
  [/[0-9]/, 0.64],
];
const OTHER = 0.62;

/** Bold type runs about a tenth wider. */
const BOLD = 1.1;

/** The estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += CLASSES.find(([chars]) => chars.test(ch))?.[1] ?? OTHER;
  return ems * fontSize * (bold ? BOLD : 1);
}

/** Splits `text` at spaces into lines no wider than `maxWidth` (a single long word overflows). */
export function wrapLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
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
