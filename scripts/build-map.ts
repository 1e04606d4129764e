/**
 * `npm run data:map`: makes data/americas.topo.json, the map of the Americas, from the
 * world-atlas package (Natural Earth 1:50m countries). It keeps the polygons that lie in the
 * Americas, simplifies them, drops specks and quantises the result, so the map stays small.
 * Country ids stay the zero-padded ISO 3166-1 numeric strings of world-atlas ("084", "222").
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type RingWeighter } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";

// A different path can be given, so that tests can rebuild the map without touching data/.
const OUTPUT = process.argv[2] ?? "data/americas.topo.json";
// Spherical areas (steradians) below which a point is dropped or an island removed; chosen by eye
// at phone and desktop widths, so that El Salvador keeps its shape and the file stays small.
const MIN_WEIGHT = 2e-7;
const MIN_RING_WEIGHT = 4e-6;
const QUANTIZATION = 1e4;

type Props = { name: string };

/** The window that counts as "the Americas": from 169°W to 34°W, north of 60°S. */
function inAmericas(ring: Position[]): boolean {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  // Hawaii and French Polynesia lie far out in the Pacific, outside the region the map shows.
  const pacific = lon < -120 && lat < 50;
  return lon >= -169 && lon <= -34 && lat >= -60 && !pacific;
}

function clipToAmericas(country: Feature<Polygon | MultiPolygon, Props>): Feature<MultiPolygon, Props> | undefined {
  const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const kept = polygons.filter((polygon) => polygon[0] !== undefined && inAmericas(polygon[0]));
  if (kept.length === 0) return undefined;
  return {
    type: "Feature",
    id: String(country.id),
    properties: { name: country.properties.name },
    geometry: { type: "MultiPolygon", coordinates: kept },
  };
}

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
  countries: GeometryCollection<Props>;
}>;
const countries = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, Props>;
const americas: FeatureCollection<MultiPolygon, Props> = {
  type: "FeatureCollection",
  features: countries.features
    .filter((f) => f.id !== undefined)
    .map(clipToAmericas)
    .filter((f): f is Feature<MultiPolygon, Props> => f !== undefined),
};

// topojson-server types its output with GeoJSON properties, topojson-simplify takes `{}`; same data.
// biome-ignore lint/complexity/noBannedTypes: `{}` is the type topojson-simplify's typings ask for.
let topo = topology({ countries: americas }) as unknown as Topology<Objects<{}>>;
topo = simplify(presimplify(topo, sphericalTriangleArea), MIN_WEIGHT);
// filterWeight passes each ring's interior flag on to sphericalRingArea; the typings omit it.
topo = filter(topo, filterWeight(topo, MIN_RING_WEIGHT, sphericalRingArea as RingWeighter));
topo = quantize(topo, QUANTIZATION);

const json = JSON.stringify(
  {
    ...topo,
    // Credit travels with the file, so anyone who reuses it sees where it came from.
    metadata: {
      source: "Natural Earth 1:50m Admin 0 countries (public domain), via the world-atlas npm package 2.0.2",
      made_by: "scripts/build-map.ts",
    },
  },
  // topojson-simplify leaves per-point weights behind; they are not part of a TopoJSON file.
  (key, value) => (key === "bbox" ? undefined : value),
);
writeFileSync(OUTPUT, `${json}\n`);
const kept = (topo.objects.countries as GeometryCollection).geometries.length;
console.log(`${OUTPUT}: ${kept} countries, ${json.length} bytes, ${gzipSync(json).length} bytes gzip`);
