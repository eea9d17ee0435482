import { describe, expect, it } from 'vitest';
import { headTags, serializeJsonLd, type HeadContext } from '../../src/utils/seo';

const ctx = (path: string, locale: 'kk' | 'ru' | 'en' = 'ru'): HeadContext => ({
  locale,
  path,
  site: 'https://ulagat.kz',
  siteName: 'Ұлағат',
  homeTitle: 'Ұлағат: tagline',
  defaultDescription: 'Default description',
  defaultImage: { path: '/og/ru/site.jpg', alt: 'Site card' },
});
const prop = (tags: ReturnType<typeof headTags>, name: string) => tags.properties.filter(([p]) => p === name).map(([, c]) => c);

describe('head tags', () => {
  it('give a translated page its canonical, real alternates and x-default', () => {
    const tags = headTags({ title: 'Статья', translatedIn: ['ru', 'en'] }, ctx('/ru/news/x/'));
    expect(tags.title).toBe('Статья | Ұлағат');
    expect(tags.canonical).toBe('https://ulagat.kz/ru/news/x/');
    expect(tags.alternates).toEqual([
      { hreflang: 'ru', href: 'https://ulagat.kz/ru/news/x/' },
      { hreflang: 'en', href: 'https://ulagat.kz/en/news/x/' },
      // No Kazakh translation: x-default is the first real one.
      { hreflang: 'x-default', href: 'https://ulagat.kz/ru/news/x/' },
    ]);
    expect(prop(tags, 'og:locale')).toEqual(['ru_RU']);
    expect(prop(tags, 'og:locale:alternate')).toEqual(['en_GB']);
  });

  it('point a fallback page at the original and list no alternates', () => {
    const tags = headTags({ title: 'Статья', translatedIn: ['ru'], fallbackLang: 'ru' }, ctx('/kk/news/x/', 'kk'));
    expect(tags.canonical).toBe('https://ulagat.kz/ru/news/x/');
    expect(tags.alternates).toEqual([]);
    expect(prop(tags, 'og:url')).toEqual(['https://ulagat.kz/ru/news/x/']);
    // The card speaks the language the text is in.
    expect(prop(tags, 'og:locale')).toEqual(['ru_RU']);
    expect(prop(tags, 'og:locale:alternate')).toEqual([]);
  });

  it('use x-default = Kazakh where a Kazakh version exists', () => {
    const tags = headTags({ title: 'News' }, ctx('/en/news/', 'en'));
    expect(tags.alternates.map((a) => a.hreflang)).toEqual(['kk', 'ru', 'en', 'x-default']);
    expect(tags.alternates.at(-1)!.href).toBe('https://ulagat.kz/kk/news/');
  });

  it('describe the image, the type and the X card', () => {
    const tags = headTags(
      { title: 'Event', type: 'article', image: { path: '/og/ru/events/x.jpg', alt: 'Card' }, publishedTime: '2025-10-25T00:00:00+05:00', tags: ['a', 'b'] },
      ctx('/ru/master-classes/x/'),
    );
    expect(prop(tags, 'og:type')).toEqual(['article']);
    expect(prop(tags, 'og:image')).toEqual(['https://ulagat.kz/og/ru/events/x.jpg']);
    expect([prop(tags, 'og:image:width'), prop(tags, 'og:image:height'), prop(tags, 'og:image:type')]).toEqual([['1200'], ['630'], ['image/jpeg']]);
    expect(prop(tags, 'og:image:alt')).toEqual(['Card']);
    expect(prop(tags, 'article:published_time')).toEqual(['2025-10-25T00:00:00+05:00']);
    expect(prop(tags, 'article:tag')).toEqual(['a', 'b']);
    expect(tags.names).toContainEqual(['twitter:card', 'summary_large_image']);
  });

  it('fall back to the site card, the default description and website', () => {
    const tags = headTags({ title: 'Новости' }, ctx('/ru/news/'));
    expect(tags.description).toBe('Default description');
    expect(prop(tags, 'og:type')).toEqual(['website']);
    expect(prop(tags, 'og:image')).toEqual(['https://ulagat.kz/og/ru/site.jpg']);
    expect(prop(tags, 'article:published_time')).toEqual([]);
  });

  it('title the home page with the tagline', () => {
    expect(headTags({ title: 'Ұлағат' }, ctx('/kk/', 'kk')).title).toBe('Ұлағат: tagline');
  });

  it('mark noindex pages', () => {
    expect(headTags({ title: '404', noindex: true }, ctx('/ru/404/')).robots).toBe('noindex');
    expect(headTags({ title: 'x' }, ctx('/ru/x/')).robots).toBeUndefined();
  });
});

describe('JSON-LD serialisation', () => {
  it('cannot close its script element or open a comment, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\/script|<!--|<|>/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});
