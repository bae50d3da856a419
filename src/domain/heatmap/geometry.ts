/**
 * Plane geometry of the heat map. Org units carry simple polygons in plane coordinates
 * (`org_units.geometry`, demo grids are rectangles tiling their community, communities
 * tiling their street). A unit without a polygon of its own is drawn from its grids:
 * when they tile their bounding box exactly (the demo layout) the outline is that box,
 * otherwise the grids themselves are its parts. Pure.
 */
export type Point = [number, number];
export type Ring = Point[];

/** A polygon as stored: at least three finite points. */
export function isRing(value: unknown): value is Ring {
  return (
    Array.isArray(value) &&
    value.length >= 3 &&
    value.every((p) => Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
  );
}

/** Area of a simple polygon (shoelace), always ≥ 0. */
export function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

export type Box = [number, number, number, number];

export function boundingBox(rings: readonly Ring[]): Box | null {
  let box: Box | null = null;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (!box) box = [x, y, x, y];
      else box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    }
  }
  return box;
}

/** Relative tolerance of the tiling test (coordinates are rounded to 2 decimals). */
const TILE_TOLERANCE = 1e-6;

/**
 * The outline of a unit from the polygons of its grids: one rectangle when the grids,
 * which do not overlap, cover their bounding box exactly; else the grids as they are.
 */
export function outlineOf(parts: readonly Ring[]): Ring[] {
  const rings = parts.filter(isRing);
  if (rings.length <= 1) return rings.map((r) => [...r]);
  const box = boundingBox(rings)!;
  const boxArea = (box[2] - box[0]) * (box[3] - box[1]);
  const sum = rings.reduce((s, r) => s + ringArea(r), 0);
  if (boxArea > 0 && Math.abs(sum - boxArea) <= boxArea * TILE_TOLERANCE) {
    return [
      [
        [box[0], box[1]],
        [box[2], box[1]],
        [box[2], box[3]],
        [box[0], box[3]],
      ],
    ];
  }
  return rings.map((r) => [...r]);
}

/** The geometry of a unit: its own polygon when it has one, else the outline of its grids. */
export function unitGeometry(own: unknown, gridRings: readonly Ring[]): Ring[] {
  return isRing(own) ? [own.map((p) => [p[0], p[1]] as Point)] : outlineOf(gridRings);
}
