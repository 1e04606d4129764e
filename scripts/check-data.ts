/**
 * `npm run data:check`: validates every file in data/ before the build, so that a bad cell
 * stops `npm run build` with a message naming the file, line, column, value and expectation.
 */
import { DataError } from "../src/data/parse-table.ts";
import { loadTables } from "../src/data/load-tables.ts";
import { fileReader } from "../src/data/read-data.ts";

try {
  const tables = loadTables(fileReader(process.cwd()));
  const counts = Object.values(tables).map((t) => `${t.file.replace("data/", "")} ${t.rows.length}`);
  console.log(`data: ${counts.length} files valid (${counts.join(", ")} rows)`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
