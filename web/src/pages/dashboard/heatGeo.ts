// The GeoJSON ECharts draws the heat map from: one feature per unit, named by the unit's id,
// built from the plane polygons of the API (no tile server, no real coordinates).
import type { HeatUnit, Ring } from '../../api/heatmap';

interface Feature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** A ring closed as GeoJSON wants it (last point = first). */
function closed(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

export function heatGeoJson(units: readonly HeatUnit[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: units
      .filter((u) => u.geometry.length > 0)
      .map((u) => ({
        type: 'Feature',
        properties: { name: u.id },
        geometry: u.geometry.length === 1 ? { type: 'Polygon', coordinates: [closed(u.geometry[0]!)] } : { type: 'MultiPolygon', coordinates: u.geometry.map((r) => [closed(r)]) },
      })),
  };
}

/** Plane coordinates as they are: y grows downwards like the layout they were drawn in. */
export const PLANE_PROJECTION = {
  project: (point: number[]) => [point[0]!, point[1]!],
  unproject: (point: number[]) => [point[0]!, point[1]!],
};

/** "某某社区第3网格" → "第3网格" inside its community's map. */
export function shortName(name: string): string {
  const m = /(第\d+网格)$/.exec(name);
  return m ? m[1]! : name;
}
