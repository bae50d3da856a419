import { describe, expect, it } from 'vitest';
import { boundingBox, isRing, outlineOf, ringArea, type Ring, unitGeometry } from '../../../src/domain/heatmap/geometry.js';

const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe('heat map geometry', () => {
  it('recognises stored polygons', () => {
    expect(isRing(rect(0, 0, 1, 1))).toBe(true);
    expect(isRing([[0, 0], [1, 1]])).toBe(false);
    expect(isRing([[0, 0], [1, 1], [1, Number.NaN]])).toBe(false);
    expect(isRing(null)).toBe(false);
    expect(isRing('[[0,0]]')).toBe(false);
  });

  it('measures areas whatever the winding', () => {
    expect(ringArea(rect(0, 0, 4, 3))).toBe(12);
    expect(ringArea([...rect(0, 0, 4, 3)].reverse())).toBe(12);
    expect(ringArea([[0, 0], [4, 0], [0, 3]])).toBe(6);
  });

  it('draws grids that tile their bounding box as one rectangle (the demo layout)', () => {
    const grids = [rect(0, 0, 50.5, 40), rect(50.5, 0, 100, 40), rect(0, 40, 100, 100)];
    expect(boundingBox(grids)).toEqual([0, 0, 100, 100]);
    expect(outlineOf(grids)).toEqual([rect(0, 0, 100, 100)]);
  });

  it('keeps the grids as parts when they leave holes (an L-shaped community)', () => {
    const grids = [rect(0, 0, 10, 10), rect(10, 0, 20, 10), rect(0, 10, 10, 20)];
    expect(outlineOf(grids)).toEqual(grids);
  });

  it('prefers the unit’s own polygon, and has none without polygons', () => {
    const own = [[0, 0], [5, 0], [5, 5]];
    expect(unitGeometry(own, [rect(0, 0, 1, 1)])).toEqual([own]);
    expect(unitGeometry(null, [])).toEqual([]);
    expect(unitGeometry(null, [rect(0, 0, 1, 1)])).toEqual([rect(0, 0, 1, 1)]);
    expect(outlineOf([[[0, 0]] as never])).toEqual([]);
  });
});
