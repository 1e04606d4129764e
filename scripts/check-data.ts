/**
 * `npm run data:check`: validates every file in data/ before the build, so that a bad cell
 * stops `npm run build` with a message naming the file, line, column, value and expectation.
 */
import { loadDataset } from "../src/data/dataset.ts";
import { DataError } from "../src/data/parse-table.ts";
import { fileReader } from "../src/data/read-data.ts";

try {
  const { tables, americas } = loadDataset(fileReader(process.cwd()));
  const counts = Object.values(tables).map((t) => `${t.file.replace("data/", "")} ${t.rows.length}`);
  const countries = americas.objects.countries.geometries.length;
  console.log(`data: ${counts.length} tables valid (${counts.join(", ")} rows); map: ${countries} countries`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
