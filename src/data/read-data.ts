/**
 * Node-only access to the project's data/ folder, for the build and scripts. Client code never
 * imports this file; it fetches the same files and hands them to the same parsers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadTables, type Tables } from "./load-tables.ts";

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

let cached: Tables | undefined;

/** All tables of the project's data/, parsed and validated once per build. */
export function dataTables(): Tables {
  cached ??= loadTables(fileReader(process.cwd()));
  return cached;
}

