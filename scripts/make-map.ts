/**
 * Draws the map of Kazakhstan's 20 regions (src/data/kazakhstan-map/regions.json) from open geodata:
 * @amcharts/amcharts5-geodata's kazakhstan2023Low (linkware: its LICENSE is copied beside the result),
 * simplified with its shared borders kept (topojson), projected and written as SVG path data
 * with a label point for each region (d3-geo, polylabel). The site's build only reads the result.
 *   npm run map
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryObject, Objects, Properties, Topology } from 'topojson-specification';
import { isGeocode, regionSlugByGeocode, type MapSlug } from '../src/utils/region-geocodes.ts';
import type { ByLayout, CityLabelSide, MapData, MapRegion } from '../src/utils/region-map.ts';

const root = new URL('..', import.meta.url).pathname;
export const GEODATA_PACKAGE = '@amcharts/amcharts5-geodata';
export const GEODATA_FILE = 'json/kazakhstan2023Low.json';
export const MAP_FILE = 'src/data/kazakhstan-map/regions.json';
/** The geodata's licence asks that its LICENSE file go with every file made from it. */
export const LICENSE_FILE = 'src/data/kazakhstan-map/LICENSE';

/** Width of the drawing in SVG units; the height follows from the country's shape. */
const WIDTH = 1000;
/** Room left around the country for labels that stand outside it (cities, the far north). */
const PADDING = { top: 24, right: 16, bottom: 40, left: 16 };
/** Vertex weight (steradians) below which a point is dropped: a triangle of about 60 km². */
const MIN_WEIGHT = 1.5e-6;
/** Islands smaller than this (square degrees, about 30 km² here) are left out; enclaves stay. */
const MIN_ISLAND = 0.0036;

/**
 * Where a region's name stands, as [longitude, latitude], where its own label point (the point
 * farthest from its edges) would crowd a neighbour: on wide maps, and on narrow ones (phones),
 * where the names are larger against the map and some stand beside the border.
 */
const labelAt: Partial<Record<MapSlug, Partial<ByLayout<Position>>>> = {
  kostanay: { narrow: [62.45, 52.95] },
  akmola: { narrow: [69.4, 52.25] },
  pavlodar: { narrow: [77.3, 52.4] },
  atyrau: { narrow: [52.1, 47.2] },
  aktobe: { narrow: [59.2, 49.0] },
  'east-kazakhstan': { narrow: [83.4, 49.75] },
  'almaty-region': { narrow: [75.9, 44.8] },
  zhetysu: { narrow: [79.4, 45.85] },
  zhambyl: { narrow: [72.3, 43.7] },
  turkistan: { wide: [67.9, 44.3], narrow: [67.55, 44.75] },
  kyzylorda: { narrow: [62.85, 45.65] },
};
/** On which side of its dot each city's name stands. */
const citySide: Record<'astana' | 'almaty' | 'shymkent', ByLayout<CityLabelSide>> = {
  astana: { wide: 'e', narrow: 'e' },
  almaty: { wide: 'e', narrow: 's' },
  shymkent: { wide: 's', narrow: 's' },
};

function geodata(): FeatureCollection {
  const require = createRequire(join(root, 'package.json'));
  const data: unknown = JSON.parse(readFileSync(require.resolve(`${GEODATA_PACKAGE}/${GEODATA_FILE}`), 'utf8'));
  if (!isFeatureCollection(data)) throw new Error(`${GEODATA_PACKAGE}/${GEODATA_FILE}: not a GeoJSON FeatureCollection`);
  const ids = data.features.map((f) => f.id);
  const unknown = ids.filter((id) => !isGeocode(id));
  const missing = Object.keys(regionSlugByGeocode).filter((id) => !ids.includes(id));
  if (unknown.length || missing.length) {
    throw new Error(
      `${GEODATA_PACKAGE}/${GEODATA_FILE} and src/utils/region-geocodes.ts disagree: ` +
        `not in the table: ${unknown.join(', ') || 'none'}; not in the geodata: ${missing.join(', ') || 'none'}. ` +
        'Fix the table so it names every feature of the geodata once.',
    );
  }
  return data;
}

function isFeatureCollection(data: unknown): data is FeatureCollection {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === 'FeatureCollection' && 'features' in data && Array.isArray(data.features);
}

/** A region's shape; topojson gives its features no typed properties, and none are read. */
type Area = Feature<Polygon | MultiPolygon, {}>;

function isArea(f: Feature<Geometry, {}>): f is Area {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

/**
 * Whether every geometry of a topology has its properties as an object or none, never null:
 * what topojson-simplify's types ask of the topology topojson-server's types return.
 */
function hasPropertyObjects(t: Topology): t is Topology<Objects<{}>> {
  const ok = (g: GeometryObject<Properties>): boolean => g.properties !== null && (g.type !== 'GeometryCollection' || g.geometries.every(ok));
  return Object.values(t.objects).every(ok);
}

/** The map data: simplified, projected and labelled. */
export function makeMap(): MapData {
  const source = geodata();
  const version: unknown = JSON.parse(readFileSync(join(root, 'node_modules', GEODATA_PACKAGE, 'package.json'), 'utf8')).version;

  // Simplify on the sphere with shared borders as single arcs, so neighbours still meet.
  // Small islands go (their area in square degrees); rings that touch another feature stay.
  const topo = topology({ regions: source }, 1e6);
  if (!hasPropertyObjects(topo)) throw new Error('A region of the geodata has null properties');
  const weighted = presimplify(topo, sphericalTriangleArea);
  const simple = filter(simplify(weighted, MIN_WEIGHT), filterAttachedWeight(weighted, MIN_ISLAND));
  const object = simple.objects.regions;
  if (!object) throw new Error('The topology lost its regions');
  const regions = feature(simple, object);
  const areas = regions.type === 'FeatureCollection' ? regions.features.filter(isArea) : [];
  if (areas.length !== source.features.length) throw new Error('Every feature of the geodata must be a polygon.');

  const { projection, height } = mapProjection(areas);
  const path = geoPath(projection).digits(1);

  const round = (n: number) => Math.round(n * 10) / 10;
  const point = (p: Position): { x: number; y: number } => {
    const xy = projection([p[0]!, p[1]!]);
    if (!xy) throw new Error(`Cannot project ${p.join(', ')}`);
    return { x: round(xy[0]), y: round(xy[1]) };
  };

  const out: MapRegion[] = areas.map((area) => {
    const geocode = area.id;
    if (!isGeocode(geocode)) throw new Error(`Unknown feature id ${String(geocode)}`);
    const slug: MapSlug = regionSlugByGeocode[geocode];
    const d = path(area);
    if (!d) throw new Error(`${geocode} (${slug}) draws no path`);
    const centre = labelPoint(area, projection);
    if (slug === 'astana' || slug === 'almaty' || slug === 'shymkent') {
      return { slug, geocode, kind: 'city', d, dot: centre, side: citySide[slug] };
    }
    const at = labelAt[slug];
    return { slug, geocode, kind: 'region', d, label: { wide: at?.wide ? point(at.wide) : centre, narrow: at?.narrow ? point(at.narrow) : centre } };
  });
  out.sort((a, b) => a.slug.localeCompare(b.slug));

  const outline = path(mesh(simple, simple.objects.regions, (a, b) => a === b));
  if (!outline) throw new Error('The country outline draws no path');
  return {
    source: `${GEODATA_PACKAGE}@${String(version)}/${GEODATA_FILE}`,
    width: WIDTH,
    height,
    outline,
    regions: out,
  };
}

/** An equal-area conic projection for Kazakhstan, fitted to the drawing's width, and the height that gives. */
export function mapProjection(areas: Area[]): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([44, 52]).rotate([-67, 0]);
  const all: FeatureCollection<Polygon | MultiPolygon, {}> = { type: 'FeatureCollection', features: areas };
  projection.fitWidth(WIDTH - PADDING.left - PADDING.right, all);
  const [[, y0], [, y1]] = geoPath(projection).bounds(all);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING.left, ty + PADDING.top - y0]);
  return { projection, height: Math.ceil(y1 - y0 + PADDING.top + PADDING.bottom) };
}

/** The point inside a region farthest from its edges (of its largest part), projected. */
function labelPoint(area: Area, projection: (p: [number, number]) => [number, number] | null): { x: number; y: number } {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const projected = polygons.map((rings) =>
    rings.map((ring) =>
      ring.map((p) => {
        const xy = projection([p[0]!, p[1]!]);
        if (!xy) throw new Error(`Cannot project ${p.join(', ')} of ${String(area.id)}`);
        return xy;
      }),
    ),
  );
  const size = (rings: [number, number][][]) => Math.abs(ringArea(rings[0] ?? []));
  const largest = projected.reduce((a, b) => (size(b) > size(a) ? b : a));
  const [x, y] = polylabel(largest, 0.5);
  return { x: Math.round(x! * 10) / 10, y: Math.round(y! * 10) / 10 };
}

function ringArea(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum / 2;
}

export function mapJson(data: MapData): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** The files to write, by path from the project root: the map data and the geodata's licence. */
export function mapFiles(): Map<string, string> {
  const require = createRequire(join(root, 'package.json'));
  return new Map([
    [MAP_FILE, mapJson(makeMap())],
    [LICENSE_FILE, readFileSync(require.resolve(`${GEODATA_PACKAGE}/LICENSE`), 'utf8')],
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [path, text] of mapFiles()) {
    writeFileSync(join(root, path), text);
    console.log(`${path}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
  }
}
