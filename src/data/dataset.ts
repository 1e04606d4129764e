/**
 * Everything the charts can draw from: the validated tables and the map. Loaded through an
 * injected reader, like the tables, so the build and the browser share it.
 */
import { AMERICAS_FILE, parseAmericas, type Americas } from "./americas.ts";
import { loadTables, type Tables } from "./load-tables.ts";
import { tables } from "./schemas.ts";

export interface Dataset {
  tables: Tables;
  americas: Americas;
}

export function loadDataset(read: (file: string) => string | undefined): Dataset {
  return { tables: loadTables(read), americas: parseAmericas(read(AMERICAS_FILE)) };
}

/** Every file of data/ that the site publishes for download, as paths from the project root. */
export const DATA_FILES: readonly string[] = [...Object.values(tables).map((spec) => spec.file), AMERICAS_FILE, "data/README.md"];
