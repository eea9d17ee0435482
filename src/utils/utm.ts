/** Campaign tags, so organisers can tell where visits came from without a tracker on the site. */
export interface Utm {
  source: string;
  medium: string;
  campaign: string;
}

/** Adds utm_source, utm_medium and utm_campaign to a site path or URL, keeping any fragment. */
export function withUtm(href: string, utm: Utm): string {
  const [beforeHash, hash] = href.split('#', 2) as [string, string | undefined];
  const sep = beforeHash.includes('?') ? '&' : '?';
  const query = `utm_source=${encodeURIComponent(utm.source)}&utm_medium=${encodeURIComponent(utm.medium)}&utm_campaign=${encodeURIComponent(utm.campaign)}`;
  return `${beforeHash}${sep}${query}${hash !== undefined ? `#${hash}` : ''}`;
}
