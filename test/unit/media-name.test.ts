import { describe, expect, it } from 'vitest';
import { MEDIA_DIGEST_LENGTH, mediaFileName } from '../../src/utils/media-name';

const digestA = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const digestB = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

describe('names of uploaded photos', () => {
  it('transliterate Kazakh and Russian like entry slugs, so nothing is dropped', () => {
    expect(mediaFileName('Әжелер ойыны.jpg', digestA, 'jpg')).toBe('azheler-oyyny-a1b2c3d4.jpg');
    expect(mediaFileName('Ұлттық ойындар.jpg', digestB, 'jpg')).toBe('ulttyq-oyyndar-0f1e2d3c.jpg');
    expect(mediaFileName('Фото с конкурса.JPG', digestA, 'jpg')).toBe('foto-s-konkursa-a1b2c3d4.jpg');
  });

  it('never give two different photos the same name, even with the same original name', () => {
    expect(mediaFileName('IMG_0001.jpg', digestA, 'jpg')).not.toBe(mediaFileName('IMG_0001.jpg', digestB, 'jpg'));
    expect(mediaFileName('Әжелер ойыны.jpg', digestA, 'jpg')).not.toBe(mediaFileName('Ұлттық ойындар.jpg', digestA, 'jpg'));
  });

  it('are plain lower-case ASCII that Decap keeps as they are, with a fallback for names with nothing to transliterate', () => {
    for (const original of ['😀😀.png', '.jpg', '«»—.heic', 'C:\\Users\\Айгүл\\Desktop\\Мектеп.JPEG', `${'ұзын '.repeat(40)}.jpg`]) {
      const name = mediaFileName(original, digestA, 'JPG');
      expect(name, original).toMatch(new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{${MEDIA_DIGEST_LENGTH}}\\.jpg$`));
      expect(name.length, original).toBeLessThanOrEqual(80);
    }
    expect(mediaFileName('😀.png', digestA, 'webp')).toBe('photo-a1b2c3d4.webp');
    expect(mediaFileName('C:\\Users\\Айгүл\\Desktop\\Мектеп.JPEG', digestA, 'jpg')).toBe('mektep-a1b2c3d4.jpg');
  });

  it('refuse a digest that is not hex', () => {
    expect(() => mediaFileName('a.jpg', 'xyz', 'jpg')).toThrow(/hex digest/);
  });
});
