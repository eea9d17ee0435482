import { describe, expect, it } from 'vitest';
import { shareNetworks, shareUrl } from '../../src/utils/share';

const page = { url: 'https://ulagat.kz/kk/news/x/?a=1&b=2', title: '«Мың жаса!» & Co' };

describe('share links', () => {
  it('cover Telegram, WhatsApp, Facebook, VK and X', () => {
    expect([...shareNetworks]).toEqual(['telegram', 'whatsapp', 'facebook', 'vk', 'x']);
  });

  it('put the page URL and title into each network’s share page, encoded', () => {
    const get = (network: (typeof shareNetworks)[number], key: string) => new URL(shareUrl(network, page)).searchParams.get(key);
    expect(shareUrl('telegram', page)).toMatch(/^https:\/\/t\.me\/share\/url\?/);
    expect([get('telegram', 'url'), get('telegram', 'text')]).toEqual([page.url, page.title]);
    expect(get('whatsapp', 'text')).toBe(`${page.title} ${page.url}`);
    expect(shareUrl('facebook', page)).toMatch(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?/);
    expect(get('facebook', 'u')).toBe(page.url);
    expect([get('vk', 'url'), get('vk', 'title')]).toEqual([page.url, page.title]);
    expect(shareUrl('x', page)).toMatch(/^https:\/\/x\.com\/intent\/tweet\?/);
    expect([get('x', 'url'), get('x', 'text')]).toEqual([page.url, page.title]);
    for (const n of shareNetworks) expect(shareUrl(n, page)).not.toContain('&b=2'); // the page URL is encoded, not spliced in
  });
});
