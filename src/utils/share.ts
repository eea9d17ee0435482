/**
 * Share links: plain URLs of each network's share page, so they work without JavaScript.
 * The order is the order on the page: the messengers most used in Kazakhstan first.
 */
import { networkBrandNames } from '../model/options';

export const shareNetworks = ['telegram', 'whatsapp', 'facebook', 'vk', 'x'] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

/** Names as the networks write them; not translated. */
export const networkNames: Record<ShareNetwork, string> = networkBrandNames;

function withParams(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** The share page of a network for a page's canonical URL and title. */
export function shareUrl(network: ShareNetwork, page: { url: string; title: string }): string {
  switch (network) {
    case 'telegram':
      return withParams('https://t.me/share/url', { url: page.url, text: page.title });
    case 'whatsapp':
      // WhatsApp takes one text; the URL goes last so the preview is built from it.
      return withParams('https://wa.me/', { text: `${page.title} ${page.url}` });
    case 'facebook':
      return withParams('https://www.facebook.com/sharer/sharer.php', { u: page.url });
    case 'vk':
      return withParams('https://vk.com/share.php', { url: page.url, title: page.title });
    case 'x':
      return withParams('https://x.com/intent/tweet', { text: page.title, url: page.url });
  }
}
