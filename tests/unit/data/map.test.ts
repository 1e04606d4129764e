import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import { afterAll, describe, expect, it } from "vitest";
import { loadTables } from "../../../src/data/load-tables.ts";
import { fileReader } from "../../../src/data/read-data.ts";

const FILE = "data/americas.topo.json";
const text = readFileSync(FILE, "utf8");
const map = JSON.parse(text) as Topology<{ countries: GeometryCollection }> & {
  metadata: { source: string };
};
const geometries = map.objects.countries.geometries;
const countries = loadTables(fileReader(process.cwd())).countries.rows;

describe("data/americas.topo.json", () => {
  it("keeps country ids as zero-padded three-digit strings", () => {
    for (const g of geometries) expect(typeof g.id).toBe("string");
    for (const g of geometries) expect(g.id).toMatch(/^\d{3}$/);
    expect(geometries.map((g) => g.id)).toContain("084");
  });

  it("has every country the story names, and only countries listed in data/countries.csv", () => {
    const ids = new Set(geometries.map((g) => g.id));
    const byIso3 = new Map(countries.map((c) => [c.iso3, c.iso_n3]));
    for (const iso3 of ["SLV", "HND", "GTM", "MEX", "BLZ", "NIC", "CRI", "PAN", "COL", "ECU", "CHL", "USA", "CAN", "DOM"]) {
      expect(ids.has(byIso3.get(iso3)!), iso3).toBe(true);
    }
    const known = new Set(countries.map((c) => c.iso_n3));
    for (const g of geometries) expect(known.has(String(g.id)), String(g.id)).toBe(true);
  });

  it("is quantised and credits Natural Earth", () => {
    expect(map.transform).toBeDefined();
    expect(map.metadata.source).toMatch(/Natural Earth/);
  });

  describe("npm run data:map", () => {
    const dir = mkdtempSync(join(tmpdir(), "map-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("rebuilds the committed file byte for byte", () => {
      const out = join(dir, "americas.topo.json");
      const run = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/build-map.ts", out], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(text);
    }, 30_000);
  });
});
