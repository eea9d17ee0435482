/**
 * The map of the regions: the shape of the data scripts/make-map.ts writes, and the labels
 * the map shows. Pure functions, no disk.
 */
import { isGeocode, regionSlugByGeocode, type Geocode, type MapSlug } from './region-geocodes';

/** Where a city's name stands beside its dot: north, east, south or west. */
export type CityLabelSide = 'n' | 'e' | 's' | 'w';

export interface MapPoint {
  x: number;
  y: number;
}

interface MapArea {
  slug: MapSlug;
  geocode: Geocode;
  /** SVG path data in the map's units. */
  d: string;
}

/** A choice for each layout: the map drawn wide (a desktop) and narrow (a phone). */
export interface ByLayout<T> {
  wide: T;
  narrow: T;
}

/** A region: its name stands at a point. */
export type MapOblast = MapArea & { kind: 'region'; label: ByLayout<MapPoint> };
/** A city: a dot, its name on one side of it. */
export type MapCity = MapArea & { kind: 'city'; dot: MapPoint; side: ByLayout<CityLabelSide> };
export type MapRegion = MapOblast | MapCity;

export interface MapData {
  /** Package, version and file the shapes were drawn from. */
  source: string;
  width: number;
  height: number;
  /** The country's outer border. */
  outline: string;
  regions: MapRegion[];
}

/**
 * The word that more than half of the regions' names share ("облысы", "область", "Region"), if
 * any: the map's heading already says what they are, so their labels leave it out.
 */
export function sharedWord(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) for (const word of new Set(words(name))) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | undefined;
  for (const [word, count] of counts) if (count > names.length / 2 && count > (best ? counts.get(best)! : 0)) best = word;
  return best;
}

const words = (name: string) => name.trim().split(/\s+/);

/**
 * The label each region gets on the map: its name without the shared word of the regions'
 * names, unless that would leave nothing or make it read like another label (Almaty Region
 * beside the city of Almaty), then the full name.
 */
export function mapLabels<K extends string>(names: readonly { key: K; name: string; kind: 'oblast' | 'city' }[]): Map<K, string> {
  const word = sharedWord(names.filter((n) => n.kind === 'oblast').map((n) => n.name));
  const short = (name: string) => (word ? words(name).filter((w) => w !== word).join(' ') : name.trim());
  const wanted = names.map((n) => ({ ...n, label: n.kind === 'oblast' ? short(n.name) : n.name.trim() }));
  const taken = (label: string, key: K) => wanted.some((o) => o.key !== key && o.label.toLocaleLowerCase() === label.toLocaleLowerCase());
  return new Map(wanted.map((n) => [n.key, n.label && !taken(n.label, n.key) ? n.label : n.name.trim()]));
}

/**
 * A label in one line, or in two when it is long and can be broken at a space or after a
 * hyphen: at the break that makes the longer line shortest.
 */
export function labelLines(label: string, longest = 10): string[] {
  if (label.length <= longest) return [label];
  let best: string[] = [label];
  for (const m of label.matchAll(/ |-/g)) {
    const cut = m.index + (m[0] === '-' ? 1 : 0);
    const lines = [label.slice(0, cut).trim(), label.slice(m.index + 1).trim()];
    if (lines.some((l) => !l)) continue;
    if (Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
  }
  return best;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPoint = (v: unknown): v is MapPoint => isRecord(v) && typeof v.x === 'number' && typeof v.y === 'number';
const sides: readonly unknown[] = ['n', 'e', 's', 'w'] satisfies CityLabelSide[];

const isByLayout = <T>(v: unknown, is: (x: unknown) => x is T): v is ByLayout<T> => isRecord(v) && is(v.wide) && is(v.narrow);
const isSide = (v: unknown): v is CityLabelSide => sides.includes(v);

function isMapRegion(v: unknown): v is MapRegion {
  if (!isRecord(v) || !isGeocode(v.geocode) || v.slug !== regionSlugByGeocode[v.geocode]) return false;
  if (typeof v.d !== 'string' || !v.d.startsWith('M')) return false;
  if (v.kind === 'region') return isByLayout(v.label, isPoint);
  return v.kind === 'city' && isPoint(v.dot) && isByLayout(v.side, isSide);
}

/** Whether a value read from src/data/kazakhstan-map/regions.json is map data, each region with its slug. */
export function isMapData(v: unknown): v is MapData {
  return (
    isRecord(v) &&
    typeof v.source === 'string' &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    typeof v.outline === 'string' &&
    Array.isArray(v.regions) &&
    v.regions.every(isMapRegion)
  );
}
