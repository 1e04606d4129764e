/**
 * Test helper: every locale file of both languages, read as the site reads them, with the key
 * prefix each must use: "story.<section>." for src/i18n/<lang>/story/<section>.ts, "<chart>." for
 * charts/<chart>.ts, "<name>." for the others (ui, teach).
 */
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { LANGS, type Lang } from "../../../src/i18n/locales.ts";

export interface LocaleFile {
  /** The path under src/i18n/<lang>/, without ".ts": "charts/cecot". */
  name: string;
  prefix: string;
  words: Record<Lang, Record<string, string>>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

// names.ts holds data-row names by id (src/i18n/names.ts), and index.ts merges the others.
const WORD_FILES = walk("src/i18n/en")
  .map((path) => relative("src/i18n/en", path).replace(/\.ts$/, ""))
  .filter((name) => name !== "index")
  .sort();

function prefixOf(name: string): string {
  const [folder, file] = name.split("/");
  if (file === undefined) return `${folder}.`;
  return folder === "story" ? `story.${file}.` : `${file}.`;
}

export async function localeFiles(): Promise<LocaleFile[]> {
  return Promise.all(
    WORD_FILES.map(async (name) => {
      const entries = await Promise.all(
        LANGS.map(
          async (lang) =>
            [
              lang,
              ((await import(/* @vite-ignore */ pathToFileURL(resolve(`src/i18n/${lang}/${name}.ts`)).href)) as { default: Record<string, string> }).default,
            ] as const,
        ),
      );
      return { name, prefix: prefixOf(name), words: Object.fromEntries(entries) as Record<Lang, Record<string, string>> };
    }),
  );
}
