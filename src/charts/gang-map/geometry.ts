/**
 * Chart "gang-map", its geometry: the projection fitted to a panel, and the path builder that
 * rounds and thins the countries' outlines so that the map stays a few kilobytes.
 */
import { geoAzimuthalEqualArea, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from "d3";
import type { Feature, MultiPolygon, Polygon } from "geojson";

/** A panel's place in the drawing, in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/**
 * An SVG path string builder for d3.geoPath that rounds every point to `step` pixels, writes
 * relative moves, skips points nearer than `minGap` pixels to the last one kept and drops rings
 * that collapse: at these scales the map's detail is invisible anyway, and the drawing stays
 * a few tens of kilobytes.
 */
export class RoundedPath implements GeoContext {
  private out = "";
  private ring = "";
  private points = 0;
  private x = 0;
  private y = 0;

  constructor(
    private readonly step: number,
    private readonly minGap: number,
  ) {}

  private round(v: number): number {
    return Math.round(v / this.step) * this.step;
  }

  moveTo(x: number, y: number): void {
    this.flush();
    const [rx, ry] = [this.round(x), this.round(y)];
    this.ring = `M${+rx.toFixed(1)},${+ry.toFixed(1)}`;
    this.points = 1;
    [this.x, this.y] = [rx, ry];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [this.round(x), this.round(y)];
    if (Math.hypot(rx - this.x, ry - this.y) < this.minGap) return;
    this.ring += `l${+(rx - this.x).toFixed(1)},${+(ry - this.y).toFixed(1)}`;
    this.points += 1;
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    this.ring += "z";
  }

  // Point geometries (never drawn here) would call arc; a new path needs no reset.
  arc(): void {}

  beginPath(): void {}

  private flush(): void {
    if (this.points >= 3) this.out += this.ring;
    this.ring = "";
    this.points = 0;
  }

  result(): string {
    this.flush();
    const d = this.out;
    this.out = "";
    return d;
  }
}

/** An equal-area projection centred on `rotate` that fits `object` inside the box, clipped to it. */
export function fitted(box: Box, rotate: [number, number], object: GeoPermissibleObjects): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate(rotate)
    .fitExtent(
      [
        [box.x + 4, box.y + 4],
        [box.x + box.width - 4, box.y + box.height - 4],
      ],
      object,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
}
