import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TILE_COLUMNS, TILE_ROWS, tileMapProblems, tilePositions } from '../../src/utils/tile-map';

describe('region tile map', () => {
  const slugs = readdirSync(new URL('../../content/regions/ru/', import.meta.url)).map((f) => f.replace(/\.md$/, ''));
  it('places every region once, inside the grid', () => {
    expect(slugs).toHaveLength(20);
    expect(tileMapProblems(slugs)).toEqual({ missing: [], clashes: [] });
    for (const { row, col } of Object.values(tilePositions)) {
      expect(row).toBeGreaterThanOrEqual(1);
      expect(row).toBeLessThanOrEqual(TILE_ROWS);
      expect(col).toBeGreaterThanOrEqual(1);
      expect(col).toBeLessThanOrEqual(TILE_COLUMNS);
    }
  });
  it('keeps the rough geography: west before east, north above south', () => {
    expect(tilePositions['west-kazakhstan']!.col).toBeLessThan(tilePositions['east-kazakhstan']!.col);
    expect(tilePositions['north-kazakhstan']!.row).toBeLessThan(tilePositions['turkistan']!.row);
    expect(tilePositions['almaty']!.row).toBeGreaterThan(tilePositions['almaty-region']!.row);
  });
});
