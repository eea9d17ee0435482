import type { ImageMetadata } from 'astro';

export interface CoverFields {
  cover?: ImageMetadata | undefined;
  coverAlt?: string | undefined;
  project?: string | undefined;
}

/** Project slug → its cover, for entries that have none of their own. */
export type CoverLookup = ReadonlyMap<string, { src: ImageMetadata; alt: string }>;

/** The entry's own cover, else its project's cover, else none. */
export function coverOf(data: CoverFields, projects: CoverLookup): { src: ImageMetadata; alt: string } | undefined {
  if (data.cover && data.coverAlt) return { src: data.cover, alt: data.coverAlt };
  return data.project ? projects.get(data.project) : undefined;
}
