/**
 * The map of the Americas (data/americas.topo.json) as a typed TopoJSON topology. Pure, so the
 * build and the browser share it; it checks what charts rely on: a `countries` collection whose
 * ids are three-digit strings.
 */
import type { GeometryCollection, Topology } from "topojson-specification";
import { DataError } from "./parse-table.ts";

export const AMERICAS_FILE = "data/americas.topo.json";

export type Americas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function parseAmericas(text: string | undefined): Americas {
  const fail = (expected: string): never => {
    throw new DataError([{ file: AMERICAS_FILE, expected }]);
  };
  if (text === undefined) return fail("the file to exist (run npm run data:map)");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("valid JSON");
  }
  const topology = json as Partial<Americas>;
  const countries = topology.objects?.countries;
  if (topology.type !== "Topology" || countries?.type !== "GeometryCollection") {
    return fail('a TopoJSON Topology with a "countries" GeometryCollection');
  }
  const bad = countries.geometries.find((g) => typeof g.id !== "string" || !/^\d{3}$/.test(g.id));
  if (bad) fail(`country ids as three-digit strings; found ${JSON.stringify(bad.id)}`);
  return topology as Americas;
}
