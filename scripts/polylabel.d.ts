// polylabel ships no types; this is the part scripts/make-map.ts uses.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring first, then holes), with its distance to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
