/**
 * The one table from the map's geodata to the site: ISO 3166-2:KZ codes (the ids of the
 * features in @amcharts/amcharts5-geodata's kazakhstan2023 maps) to region slugs
 * (content/regions/<locale>/<slug>.md). 17 regions and 3 cities, as since June 2022.
 */
export const regionSlugByGeocode = {
  'KZ-10': 'abai',
  'KZ-11': 'akmola',
  'KZ-15': 'aktobe',
  'KZ-19': 'almaty-region',
  'KZ-23': 'atyrau',
  'KZ-27': 'west-kazakhstan',
  'KZ-31': 'zhambyl',
  'KZ-33': 'zhetysu',
  'KZ-35': 'karaganda',
  'KZ-39': 'kostanay',
  'KZ-43': 'kyzylorda',
  'KZ-47': 'mangystau',
  'KZ-55': 'pavlodar',
  'KZ-59': 'north-kazakhstan',
  'KZ-61': 'turkistan',
  'KZ-62': 'ulytau',
  'KZ-63': 'east-kazakhstan',
  'KZ-71': 'astana',
  'KZ-75': 'almaty',
  'KZ-79': 'shymkent',
} as const satisfies Record<string, string>;

export type Geocode = keyof typeof regionSlugByGeocode;
export type MapSlug = (typeof regionSlugByGeocode)[Geocode];

export function isGeocode(id: unknown): id is Geocode {
  return typeof id === 'string' && Object.hasOwn(regionSlugByGeocode, id);
}
