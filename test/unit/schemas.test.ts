import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { translatableFields } from '../../src/content/fields';
import { referenceProblems } from '../../src/content/file-rules';
import { entrySchema, plainShapes, shapes } from '../../src/content/schemas';
import { collectionNames, type CollectionName } from '../../src/model/collections';

const image = () => z.string();
const issues = (collection: CollectionName, data: unknown) => {
  const r = entrySchema(collection, image).safeParse(data);
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
    const parsed = entrySchema('news', tracking).parse({ ...news, cover: './a.jpg', coverAlt: 'Фото' });
    expect(parsed.cover).toBe('./a.jpg');
    expect(seen).toEqual(['./a.jpg']);
    const [a, b] = [shapes(image), shapes(tracking)];
    expect(a.news.cover).not.toBe(b.news.cover);
    expect(a.news.title).toBe(b.news.title);
    // Field order (which the CMS and the files show) is the definition's, cover fields included.
    expect(Object.keys(b.news)).toEqual(Object.keys(a.news));
    expect(Object.keys(b.news).slice(0, 6)).toEqual(['title', 'date', 'datePrecision', 'summary', 'cover', 'coverAlt']);
    expect(Object.keys(b.events).slice(-2)).toEqual(['tags', 'draft']);
    expect(Object.keys(b.projects).slice(-2)).toEqual(['order', 'draft']);
  });

  it('cover every collection', () => {
    expect(Object.keys(plainShapes()).sort()).toEqual([...collectionNames].sort());
  });

  it('accept a valid news report and fill defaults', () => {
    const r = entrySchema('news', image).parse(news);
    expect(r).toMatchObject({ draft: false, tags: [], datePrecision: 'day' });
    expect(r.date.toISOString()).toBe('2025-10-25T00:00:00.000Z');
  });

  it('keep how much of a date is known', () => {
    expect(entrySchema('news', image).parse({ ...news, date: '2021-05-01', datePrecision: 'month' }).datePrecision).toBe('month');
    expect(issues('news', { ...news, datePrecision: 'week' })[0]).toMatch(/^datePrecision: "week" is not one of the allowed values\. Fix: use one of: day, month, year/);
  });

  it('name the field and the fix for a missing title', () => {
    expect(issues('news', { ...news, title: undefined })).toEqual(['title: is missing. Fix: add it; every entry needs it.']);
  });

  it('reject an impossible date', () => {
    expect(issues('news', { ...news, date: '2025-02-30' })[0]).toMatch(/^date: "2025-02-30" is not a real calendar date\. Fix:/);
  });

  it('reject an unknown region with the known ones listed (checked against the files by the loader)', () => {
    const problems = referenceProblems({ region: 'zhetsu' }, [{ field: 'region', collection: 'regions' }], () => new Set(['zhetysu', 'abai']));
    expect(problems).toEqual(['region: "zhetsu" is not a known entry of regions. Fix: use one of: abai, zhetysu; or add content/regions/<locale>/zhetsu.md first.']);
    expect(referenceProblems({ regions: ['abai'] }, [{ field: 'regions', collection: 'regions' }], () => new Set(['abai']))).toEqual([]);
  });

  it('require alt text when there is a cover', () => {
    expect(issues('news', { ...news, cover: '../../media/x.jpg' })[0]).toMatch(/^coverAlt: is missing for the image in "cover"/);
    expect(issues('news', { ...news, cover: '../../media/x.jpg', coverAlt: 'Фото' })).toEqual([]);
  });

  it('reject a summary over its limit', () => {
    expect(issues('news', { ...news, summary: 'я'.repeat(301) })[0]).toMatch(/^summary: is 301 characters long; the limit is 300/);
  });

  it('convert event times from Kazakhstan time and reject an end before the start', () => {
    const ok = entrySchema('events', image).parse(event);
    expect(ok.start.toISOString()).toBe('2025-10-25T06:00:00.000Z');
    expect(ok.attendance).toBe('offline');
    expect(issues('events', { ...event, end: '2025-10-25T10:00' })[0]).toMatch(/^end: is before the start/);
  });

  it('restrict select fields to their options', () => {
    const base = { title: 'область Жетісу', summary: 'x', kind: 'province' };
    expect(issues('regions', base)[0]).toMatch(/^kind: "province" is not one of the allowed values\. Fix: use one of: oblast, city/);
  });

  it('mark which fields are translated and which are shared', () => {
    const s = shapes(image);
    expect(translatableFields(s.news)).toEqual(['title', 'summary', 'coverAlt', 'coverCaption', 'tags']);
    expect(translatableFields(s.events)).toEqual(expect.arrayContaining(['title', 'summary', 'venue', 'address', 'organiser', 'host', 'coverAlt', 'coverCaption']));
    expect(translatableFields(s.events)).not.toContain('start');
    expect(translatableFields(s.events)).not.toContain('coverCredit');
    expect(translatableFields(s.regions)).not.toContain('kind');
  });
});
