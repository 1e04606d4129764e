/**
 * Freezes the data the chart snapshot tests draw from: copies every table file and the map from
 * data/ into tests/fixtures/charts/data/, so that correcting a figure in data/ changes the site
 * but not the snapshots (tests/charts/). Run it (`npm run fixtures:charts`) when a chart's
 * drawing should follow new data, then review the snapshot changes it brings.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { AMERICAS_FILE } from "../src/data/americas.ts";
import { tables } from "../src/data/schemas.ts";
import { CHART_FIXTURES } from "../tests/charts/fixture-data.ts";

for (const file of [...Object.values(tables).map((spec) => spec.file), AMERICAS_FILE]) {
  const target = join(CHART_FIXTURES, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  console.log(`${file} -> ${target}`);
}
