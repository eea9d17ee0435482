import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_FILE, mapFiles } from '../../scripts/make-map';
import { regionSlugByGeocode } from '../../src/utils/region-geocodes';
import { isMapData, labelLines, mapLabels, sharedWord, type MapPoint } from '../../src/utils/region-map';
import { slugsOnDisk } from '../helpers/content';
import { root } from '../helpers/paths';

const committed: unknown = JSON.parse(readFileSync(join(root, MAP_FILE), 'utf8'));
const tableSlugs = Object.values(regionSlugByGeocode);

describe('the map data (scripts/make-map.ts → src/data/kazakhstan-map/regions.json)', () => {
  it('is what the generator makes from the geodata now, with the geodata’s LICENSE beside it (run `npm run map` after changing either)', () => {
    const files = mapFiles();
    expect([...files.keys()]).toHaveLength(2);
    for (const [path, text] of files) expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  });

  it('draws the 20 regions, 17 regions and 3 cities, each once with a path and a place for its name inside the drawing', () => {
    if (!isMapData(committed)) throw new Error(`${MAP_FILE} is not map data`);
    const { regions, width, height } = committed;
    expect(regions).toHaveLength(20);
    expect(regions.filter((r) => r.kind === 'region')).toHaveLength(17);
    expect(regions.filter((r) => r.kind === 'city').map((r) => r.slug).sort()).toEqual(['almaty', 'astana', 'shymkent']);
    const inside = (p: MapPoint) => p.x > 0 && p.x < width && p.y > 0 && p.y < height;
    for (const r of regions) {
      expect(r.d, r.slug).toMatch(/^M[\d.,LMZ-]+Z$/);
      if (r.kind === 'city') expect(inside(r.dot), r.slug).toBe(true);
      else expect(inside(r.label.wide) && inside(r.label.narrow), r.slug).toBe(true);
    }
    expect(committed.outline).toMatch(/^M/);
  });

  it('maps each geodata id to its region slug, every slug of the table once', () => {
    if (!isMapData(committed)) throw new Error(`${MAP_FILE} is not map data`);
    for (const r of committed.regions) expect(r.slug).toBe(regionSlugByGeocode[r.geocode]);
    expect(committed.regions.map((r) => r.slug).sort()).toEqual([...tableSlugs].sort());
    expect(new Set(tableSlugs).size).toBe(tableSlugs.length);
  });

  it('is small: under 12 KB gzip for every shape and name point', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(readFileSync(join(root, MAP_FILE))).length).toBeLessThan(12 * 1024);
  });

  it('is rejected when a region is not what the table says', () => {
    if (!isMapData(committed)) throw new Error(`${MAP_FILE} is not map data`);
    const [first, ...rest] = committed.regions;
    expect(isMapData({ ...committed, regions: [{ ...first, slug: 'atlantis' }, ...rest] })).toBe(false);
    expect(isMapData({ ...committed, regions: [{ ...first, d: '' }, ...rest] })).toBe(false);
  });
});

describe('the table from geodata ids to region slugs', () => {
  it('covers exactly the regions of the fixture site, which has all 20', () => {
    expect([...tableSlugs].sort()).toEqual(slugsOnDisk('regions'));
  });

});

describe('names on the map', () => {
  it('finds the word most regions’ names share, in any language', () => {
    expect(sharedWord(['Абай облысы', 'Ақмола облысы', 'Батыс Қазақстан облысы'])).toBe('облысы');
    expect(sharedWord(['область Абай', 'Акмолинская область', 'Западно-Казахстанская область'])).toBe('область');
    expect(sharedWord(['Abai Region', 'Akmola Region', 'Atyrau'])).toBe('Region');
    expect(sharedWord(['Abai', 'Akmola', 'Atyrau Region'])).toBeUndefined();
  });

  it('leaves the shared word out of regions’ names, unless a name would then read like another', () => {
    const labels = mapLabels([
      { key: 'abai', name: 'Abai Region', kind: 'oblast' },
      { key: 'almaty-region', name: 'Almaty Region', kind: 'oblast' },
      { key: 'almaty', name: 'Almaty', kind: 'city' },
      { key: 'ulytau', name: 'область Ұлытау', kind: 'oblast' },
    ]);
    expect(Object.fromEntries(labels)).toEqual({ abai: 'Abai', 'almaty-region': 'Almaty Region', almaty: 'Almaty', ulytau: 'область Ұлытау' });
  });

  it('keeps a name that is only the shared word', () => {
    expect(mapLabels([{ key: 'a', name: 'Region', kind: 'oblast' }]).get('a')).toBe('Region');
  });

  it('breaks long names into two lines at a space or after a hyphen, short ones not', () => {
    expect(labelLines('Абай')).toEqual(['Абай']);
    expect(labelLines('Батыс Қазақстан')).toEqual(['Батыс', 'Қазақстан']);
    expect(labelLines('Западно-Казахстанская')).toEqual(['Западно-', 'Казахстанская']);
    expect(labelLines('Карагандинская')).toEqual(['Карагандинская']);
    expect(labelLines('North Kazakhstan Region')).toEqual(['North Kazakhstan', 'Region']);
  });
});
