import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../src/utils/slug';
import { entrySlug, MAX_SLUG_LENGTH, slugify } from '../../src/utils/slug';

describe('slugify', () => {
  it('transliterates the Kazakh letters', () => {
    expect(slugify('әғқңөұүһі')).toBe('agqnouuhi');
    expect(slugify('ӘҒҚҢӨҰҮҺІ')).toBe('agqnouuhi');
  });

  it('transliterates Kazakh titles', () => {
    expect(slugify('Жаңа шеберлік сыныбы')).toBe('zhana-sheberlik-synyby');
    expect(slugify('Әл-Фараби атындағы Оқушылар сарайы')).toBe('al-farabi-atyndagy-oqushylar-sarayy');
    expect(slugify('«Біртұтас тәрбие» дөңгелек үстелі')).toBe('birtutas-tarbie-dongelek-usteli');
    expect(slugify('Ұлытау облысы: Жезқазғанда тәлімгерлер 2025')).toBe('ulytau-oblysy-zhezqazganda-talimgerler-2025');
    expect(slugify('Һ әрпі және Қазақстан’ға')).toBe('h-arpi-zhane-qazaqstanga');
  });

  it('transliterates Russian titles', () => {
    expect(slugify('Круглый стол «Единое воспитание»')).toBe('kruglyy-stol-edinoe-vospitanie');
    expect(slugify('Щедрая осень: ёлка, чай и подъезд')).toBe('shchedraya-osen-yolka-chay-i-podezd');
    expect(slugify('Школа мам — 50 активных мам!')).toBe('shkola-mam-50-aktivnykh-mam');
    expect(slugify('Юные художники Жетісу')).toBe('yunye-khudozhniki-zhetisu');
  });

  it('keeps English, drops accents and punctuation', () => {
    expect(slugify('Myn Jasa! Summer 2024')).toBe('myn-jasa-summer-2024');
    expect(slugify('Café  «Déjà vu» — ÜBER')).toBe('cafe-deja-vu-uber');
    expect(slugify('  --Hello--World--  ')).toBe('hello-world');
  });

  it('always gives an ASCII slug the loader accepts', () => {
    for (const title of ['Жаңалық', 'Новость №1', 'Ақмола облысы / Көкшетау', 'a—b', '2025']) {
      expect(slugify(title)).toMatch(SLUG_PATTERN);
    }
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Республикалық балалар көрмесі '.repeat(8));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('respublikalyq-balalar-kormesi-respublikalyq')).toBe(true);
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('returns an empty string when nothing is transliterable', () => {
    expect(slugify('!!! 🎉 ?')).toBe('');
  });
});

describe('entrySlug', () => {
  it('falls back to the creation time when the title gives no slug', () => {
    expect(entrySlug('🎉', new Date('2025-10-25T06:30:00Z'))).toBe('entry-202510250630');
    expect(entrySlug('Жаңа жоба')).toBe('zhana-zhoba');
  });
});
