import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries, useTranslations } from '../../src/i18n/ui';
import { PLURAL_SUFFIX } from '../../src/i18n/ui/types';

const baseKeys = (dict: Record<string, string>) => new Set(Object.keys(dict).map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('UI dictionaries', () => {
  it('have the same keys in every locale', () => {
    const reference = [...baseKeys(dictionaries.en)].sort();
    for (const l of locales) expect([...baseKeys(dictionaries[l])].sort(), l).toEqual(reference);
  });

  it('give every plural the forms its language needs, and no others', () => {
    for (const l of locales) {
      const categories = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      const plurals = [...new Set(Object.keys(dictionaries[l]).filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))];
      expect(plurals.length, l).toBeGreaterThan(0);
      for (const base of plurals) {
        for (const c of categories) expect(dictionaries[l], `${l} ${base}_${c}`).toHaveProperty(`${base}_${c}`);
        const extra = Object.keys(dictionaries[l]).filter((k) => k.startsWith(`${base}_`) && !categories.includes(k.slice(base.length + 1) as Intl.LDMLPluralRule));
        expect(extra, l).toEqual([]);
      }
    }
  });

  it('have no empty strings and no leftover English in kk and ru', () => {
    for (const l of locales) for (const [k, v] of Object.entries(dictionaries[l])) expect(v.trim(), `${l} ${k}`).not.toBe('');
    for (const l of ['kk', 'ru'] as const) {
      const same = Object.keys(dictionaries.en).filter(
        (k) => (dictionaries[l] as Record<string, string>)[k] === (dictionaries.en as Record<string, string>)[k] && /[a-z]{4}/.test(dictionaries.en[k as keyof typeof dictionaries.en]),
      );
      expect(same, l).toEqual([]);
    }
  });
});

describe('useTranslations', () => {
  it('uses real plural forms in Russian', () => {
    const t = useTranslations('ru');
    expect([1, 2, 5, 21, 11, 22].map((count) => t('news.count', { count }))).toEqual([
      '1 новость',
      '2 новости',
      '5 новостей',
      '21 новость',
      '11 новостей',
      '22 новости',
    ]);
  });
  it('uses plural forms in English and Kazakh', () => {
    expect(useTranslations('en')('events.count', { count: 1 })).toBe('1 event');
    expect(useTranslations('en')('events.count', { count: 3 })).toBe('3 events');
    expect(useTranslations('kk')('projects.count', { count: 3 })).toBe('3 жоба');
  });
  it('interpolates', () => {
    const t = useTranslations('kk');
    expect(t('fallback.notice', { language: t('lang.in.ru') })).toContain('орыс тілінде');
  });
  it('throws on an unknown key instead of printing it', () => {
    const t = useTranslations('en');
    expect(() => t('nav.nope' as never)).toThrow(/missing in the en dictionary/);
  });
});
