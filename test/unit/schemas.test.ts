import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';

// The reference check reads the content folder: point it at a small one.
const dir = mkdtempSync(join(tmpdir(), 'ulagat-schema-'));
for (const [collection, slug] of [
  ['regions', 'zhetysu'],
  ['projects', 'school-of-moms'],
]) {
  mkdirSync(join(dir, collection!, 'ru'), { recursive: true });
  writeFileSync(join(dir, collection!, 'ru', `${slug}.md`), '---\n---\n');
}
process.env.ULAGAT_CONTENT_DIR = dir;

let schemas: (typeof import('../../src/content/schemas'))['schemas'];
let shapes: (typeof import('../../src/content/schemas'))['shapes'];
let translatableFields: (typeof import('../../src/content/fields'))['translatableFields'];
let collectionNames: readonly string[];
beforeAll(async () => {
  ({ schemas, shapes } = await import('../../src/content/schemas'));
  ({ translatableFields } = await import('../../src/content/fields'));
  ({ collectionNames } = await import('../../src/content/collections'));
});

const image = () => z.string();
const issues = (collection: string, data: unknown) => {
  const r = (schemas(image) as Record<string, z.ZodType>)[collection]!.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const news = { title: 'Заголовок', date: '2025-10-25', summary: 'Кратко.', project: 'school-of-moms' };
const event = {
  title: 'Круглый стол',
  summary: 'Кратко.',
  start: '2025-10-25T11:00',
  end: '2025-10-25T12:30',
  venue: 'Дворец школьников',
  organiser: '«Школа мам»',
};

describe('content schemas', () => {
  it("use each entry's own image helper, and build the other fields once", () => {
    // Astro's image() is bound to one entry's file: a cover must be checked by the helper passed in.
    const seen: string[] = [];
    const tracking = () => z.string().transform((v) => (seen.push(v), v));
    const parsed = schemas(tracking).news.parse({ ...news, cover: './a.jpg', coverAlt: 'Фото' });
    expect(parsed.cover).toBe('./a.jpg');
    expect(seen).toEqual(['./a.jpg']);
    const [a, b] = [shapes(image), shapes(tracking)];
    expect(a.news.cover).not.toBe(b.news.cover);
    expect(a.news.title).toBe(b.news.title);
    // Field order (which the CMS shows) is the definition's, cover fields included.
    expect(Object.keys(b.news)).toEqual(Object.keys(a.news));
    expect(Object.keys(b.news).indexOf('cover')).toBeLessThan(Object.keys(b.news).indexOf('region'));
  });

  it('cover every collection', () => {
    expect(Object.keys(schemas(image)).sort()).toEqual([...collectionNames].sort());
  });

  it('accept a valid news report and fill defaults', () => {
    const r = schemas(image).news.parse(news);
    expect(r).toMatchObject({ draft: false, tags: [] });
    expect(r.date.toISOString()).toBe('2025-10-25T00:00:00.000Z');
  });

  it('name the field and the fix for a missing title', () => {
    expect(issues('news', { ...news, title: undefined })).toEqual(['title: is missing. Fix: add it; every entry needs it.']);
  });

  it('reject an impossible date', () => {
    expect(issues('news', { ...news, date: '2025-02-30' })[0]).toMatch(/^date: "2025-02-30" is not a real calendar date\. Fix:/);
  });

  it('reject an unknown region with the known ones listed', () => {
    expect(issues('news', { ...news, region: 'zhetsu' })[0]).toMatch(/^region: "zhetsu" is not a known entry of regions\. Fix: use one of: zhetysu/);
  });

  it('require alt text when there is a cover', () => {
    expect(issues('news', { ...news, cover: '../../media/x.jpg' })[0]).toMatch(/^coverAlt: is missing for the image in "cover"/);
    expect(issues('news', { ...news, cover: '../../media/x.jpg', coverAlt: 'Фото' })).toEqual([]);
  });

  it('reject a summary over its limit', () => {
    expect(issues('news', { ...news, summary: 'я'.repeat(301) })[0]).toMatch(/^summary: is 301 characters long; the limit is 300/);
  });

  it('convert event times from Kazakhstan time and reject an end before the start', () => {
    const ok = schemas(image)['master-classes'].parse(event);
    expect(ok.start.toISOString()).toBe('2025-10-25T06:00:00.000Z');
    expect(ok.attendance).toBe('offline');
    expect(issues('master-classes', { ...event, end: '2025-10-25T10:00' })[0]).toMatch(/^end: is before the start/);
  });

  it('restrict select fields to their options', () => {
    const base = { name: 'область Жетісу', summary: 'x', kind: 'province' };
    expect(issues('regions', base)[0]).toMatch(/^kind: "province" is not one of the allowed values\. Fix: use one of: oblast, city/);
  });

  it('mark which fields are translated and which are shared', () => {
    const s = shapes(image);
    expect(translatableFields(s.news)).toEqual(['title', 'summary', 'coverAlt', 'tags']);
    expect(translatableFields(s['master-classes'])).toEqual(
      expect.arrayContaining(['title', 'summary', 'venue', 'address', 'organiser', 'host', 'coverAlt']),
    );
    expect(translatableFields(s['master-classes'])).not.toContain('start');
    expect(translatableFields(s.regions)).not.toContain('kind');
  });
});
