/**
 * The frozen copy of data/ that the chart snapshot tests draw from (tests/fixtures/charts/),
 * written by `npm run fixtures:charts` (scripts/freeze-chart-fixtures.ts): a corrected figure in
 * data/ changes the site, not the snapshots, until the copy is refreshed on purpose.
 */
import { loadDataset, type Dataset } from "../../src/data/dataset.ts";
import { fileReader } from "../../src/data/read-data.ts";

export const CHART_FIXTURES = "tests/fixtures/charts";

let cached: Dataset | undefined;

/** The frozen tables and map, parsed and validated as the build parses data/. */
export function fixtureData(): Dataset {
  cached ??= loadDataset(fileReader(CHART_FIXTURES));
  return cached;
}
