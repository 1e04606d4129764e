/**
 * Node only: the typeface of the PNGs resvg draws (share cards, chart downloads), Source Sans 3
 * regular and bold, the same Fontsource files the site serves. resvg reads TrueType, not WOFF2,
 * so each file is unpacked (wawoff2, Google's WOFF2 decoder) once per build into the system's
 * temporary folder. A PNG then sets its text in the face the charts laid it out for
 * (src/charts/shared/text-metrics.ts), whatever fonts the machine has (see FALLBACK_FONT_FILES
 * for the few characters the Latin files lack).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decompress } from "wawoff2";

const require = createRequire(import.meta.url);
const WEIGHTS = ["400", "700"] as const;

async function unpacked(weight: (typeof WEIGHTS)[number]): Promise<string> {
  const woff2 = readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`));
  const path = join(tmpdir(), `source-sans-3-${weight}-${createHash("sha256").update(woff2).digest("hex").slice(0, 12)}.ttf`);
  if (!existsSync(path)) {
    // The decoder answers with a view of its own memory, which its next call overwrites: copy it
    // at once. Written aside and moved into place, so that a build worker never reads half a file.
    const ttf = Buffer.from(await decompress(woff2));
    if (ttf.readUInt32BE(0) !== 0x00010000) throw new Error(`unpacking Source Sans 3 ${weight} gave no TrueType font`);
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, ttf);
    renameSync(partial, path);
  }
  return path;
}

/** The TrueType files resvg loads for the PNGs' text, unpacked one after the other (see above). */
export const PNG_FONT_FILES: readonly string[] = [];
for (const weight of WEIGHTS) (PNG_FONT_FILES as string[]).push(await unpacked(weight));

/** Where a font's table starts. */
function tableAt(ttf: Buffer, tag: string): number {
  for (let i = 0; i < ttf.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    if (ttf.toString("latin1", record, record + 4) === tag) return ttf.readUInt32BE(record + 8);
  }
  throw new Error(`the font has no ${tag} table`);
}

/** A font's family name (name ID 1, in its Windows Unicode record), read from its name table. */
export function familyName(ttf: Buffer): string {
  const table = tableAt(ttf, "name");
  const strings = table + ttf.readUInt16BE(table + 4);
  for (let j = 0; j < ttf.readUInt16BE(table + 2); j++) {
    const at = table + 6 + 12 * j;
    if (ttf.readUInt16BE(at) !== 3 || ttf.readUInt16BE(at + 6) !== 1) continue;
    const start = strings + ttf.readUInt16BE(at + 10);
    return Buffer.from(ttf.subarray(start, start + ttf.readUInt16BE(at + 8)))
      .swap16()
      .toString("utf16le");
  }
  throw new Error("the font has no family name");
}

/**
 * The family the files call themselves, which resvg matches by: Fontsource cuts its static files
 * from the variable font, and they keep its default instance's name ("Source Sans 3 ExtraLight")
 * whatever their weight.
 */
export const PNG_FONT_FAMILY = familyName(readFileSync(PNG_FONT_FILES[0]!));

/**
 * DejaVu Sans (Debian's fonts-dejavu-core), where the machine has it, for the few characters the
 * Latin files lack (→, ≥, ✕). resvg sets a whole text in the fallback when one of its characters
 * is missing, so those texts come out in DejaVu Sans, a little wider than they were laid out for;
 * loading only this face keeps that fallback upright and the same on every machine that has it.
 */
export const FALLBACK_FONT_FILES: readonly string[] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
  .map((file) => `/usr/share/fonts/truetype/dejavu/${file}`)
  .filter((path) => existsSync(path));
