/**
 * Node-only access to the project's data/ folder, for the build and scripts. Client code never
 * imports this file; it fetches the same files and hands them to the same parsers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset, type Dataset } from "./dataset.ts";

/** A reader for loadTables: the file's text, or undefined when it does not exist. */
export function fileReader(root: string): (file: string) => string | undefined {
  return (file) => {
    try {
      return readFileSync(join(root, file), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  };
}

let cached: Dataset | undefined;

/** The project's tables and map, parsed and validated once per build. */
export function projectData(): Dataset {
  cached ??= loadDataset(fileReader(process.cwd()));
  return cached;
}
