import { describe, expect, it } from 'vitest';
import { collectionNames, kinds } from '../../src/model/collections';
import { locales } from '../../src/i18n/locales';
import { calendarFeedHref, entryHref, linkedEntry, localeFromPath, localeHref, reservedSegments, reservedSlug, switchLocalePath } from '../../src/utils/urls';
import { groupBySlug, resolveAll, resolveTranslation, splitEntryId } from '../../src/utils/translations';

describe('URL helpers', () => {
  it('builds locale-prefixed paths with a trailing slash', () => {
    expect(localeHref('kk')).toBe('/kk/');
    expect(localeHref('ru', 'news', 2)).toBe('/ru/news/2/');
    expect(entryHref('events', 'en', 'seven-facets-master-classes')).toBe('/en/master-classes/seven-facets-master-classes/');
    expect(entryHref('pages', 'kk', 'about')).toBe('/kk/about/');
  });
  it('reserves every section segment, so a standalone page cannot take a section\'s address', () => {
    for (const c of collectionNames) if (kinds[c].segment) expect(reservedSegments).toContain(kinds[c].segment);
    expect(new Set(collectionNames.map((c) => kinds[c].segment)).size).toBe(collectionNames.length);
  });
  it('switches the locale of any path', () => {
    expect(switchLocalePath('/kk/news/x/', 'ru')).toBe('/ru/news/x/');
    expect(switchLocalePath('/en/', 'kk')).toBe('/kk/');
    expect(switchLocalePath('/', 'en')).toBe('/en/');
    for (const l of locales) expect(localeFromPath(switchLocalePath('/ru/regions/abai/', l))).toBe(l);
  });
});

describe('calendarFeedHref', () => {
  it('puts every event’s calendar in the events section, and a region’s or a project’s beside its page', () => {
    for (const l of locales) {
      expect(calendarFeedHref('events', l)).toBe(`/${l}/master-classes/calendar.ics`);
      expect(calendarFeedHref('regions', l, 'zhetysu')).toBe(`/${l}/regions/zhetysu/calendar.ics`);
      expect(calendarFeedHref('projects', l, 'school-of-moms')).toBe(`/${l}/projects/school-of-moms/calendar.ics`);
    }
  });
});

describe('reservedSlug', () => {
  it('keeps the names of a section’s own pages and files from its entries', () => {
    expect(reservedSlug('events', 'calendar')).toBe(true);
    expect(reservedSlug('events', 'archive')).toBe(true);
    expect(reservedSlug('news', '2')).toBe(true);
    // The same names are free where the section does not use them.
    expect(reservedSlug('news', 'calendar')).toBe(false);
    expect(reservedSlug('regions', 'archive')).toBe(false);
    expect(reservedSlug('events', 'calendar-talk')).toBe(false);
  });
});

describe('linkedEntry', () => {
  it('links to the entry in the page locale and marks a name shown from another language', () => {
    expect(linkedEntry('regions', { slug: 'zhetysu', locale: 'kk', lang: 'kk', isFallback: false }, 'Жетісу облысы')).toEqual({
      name: 'Жетісу облысы',
      href: '/kk/regions/zhetysu/',
      lang: undefined,
    });
    expect(linkedEntry('projects', { slug: 'x', locale: 'en', lang: 'ru', isFallback: true }, 'Проект').lang).toBe('ru');
  });
});

describe('translations and fallbacks', () => {
  const entries = [
    { id: 'ru/a', v: 'ru-a' },
    { id: 'kk/a', v: 'kk-a' },
    { id: 'ru/b', v: 'ru-b' },
    { id: 'en/c', v: 'en-c' },
  ];
  it('splits ids', () => {
    expect(splitEntryId('kk/school-of-moms')).toEqual({ locale: 'kk', slug: 'school-of-moms' });
    expect(() => splitEntryId('kz/x')).toThrow(/locale/);
  });
  it('uses the own translation when there is one', () => {
    const r = resolveTranslation('a', groupBySlug(entries).get('a')!, 'kk');
    expect(r).toMatchObject({ lang: 'kk', isFallback: false, translatedIn: ['kk', 'ru'] });
  });
  it('falls back in the locale’s order, marking the page as a fallback', () => {
    const groups = groupBySlug(entries);
    expect(resolveTranslation('b', groups.get('b')!, 'en')).toMatchObject({ lang: 'ru', isFallback: true, locale: 'en' });
    expect(resolveTranslation('a', groups.get('a')!, 'en')).toMatchObject({ lang: 'ru' });
    expect(resolveTranslation('c', groups.get('c')!, 'kk')).toMatchObject({ lang: 'en', isFallback: true });
  });
  it('gives every locale every entry', () => {
    for (const l of locales) expect(resolveAll(entries, l).map((r) => r.slug).sort()).toEqual(['a', 'b', 'c']);
  });
});
