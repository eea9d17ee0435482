/**
 * A tile map of Kazakhstan: one tile per region, laid out roughly where it lies
 * (west → east in columns, north → south in rows), with no geodata.
 */
export const TILE_COLUMNS = 7;
export const TILE_ROWS = 5;

export const tilePositions: Readonly<Record<string, { row: number; col: number }>> = {
  'north-kazakhstan': { row: 1, col: 4 },
  pavlodar: { row: 1, col: 6 },
  'west-kazakhstan': { row: 2, col: 1 },
  kostanay: { row: 2, col: 3 },
  akmola: { row: 2, col: 4 },
  astana: { row: 2, col: 5 },
  'east-kazakhstan': { row: 2, col: 7 },
  atyrau: { row: 3, col: 1 },
  aktobe: { row: 3, col: 2 },
  ulytau: { row: 3, col: 4 },
  karaganda: { row: 3, col: 5 },
  abai: { row: 3, col: 6 },
  mangystau: { row: 4, col: 1 },
  kyzylorda: { row: 4, col: 3 },
  turkistan: { row: 4, col: 4 },
  zhambyl: { row: 4, col: 5 },
  'almaty-region': { row: 4, col: 6 },
  zhetysu: { row: 4, col: 7 },
  shymkent: { row: 5, col: 4 },
  almaty: { row: 5, col: 6 },
};

/** Slugs without a tile, and tiles that share a cell: both must be empty. */
export function tileMapProblems(slugs: readonly string[]): { missing: string[]; clashes: string[] } {
  const missing = slugs.filter((s) => !tilePositions[s]);
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [slug, { row, col }] of Object.entries(tilePositions)) {
    const key = `${row}:${col}`;
    if (seen.has(key)) clashes.push(`${seen.get(key)} and ${slug} at ${key}`);
    seen.set(key, slug);
  }
  return { missing, clashes };
}
