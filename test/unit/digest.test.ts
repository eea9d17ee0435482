import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/utils/digest';

describe('digestOf', () => {
  it('is stable for equal parts and changes with any part', () => {
    const a = digestOf({ title: 'Жетісу', date: new Date('2025-04-19T00:00:00Z') }, ['kk', false]);
    expect(digestOf({ title: 'Жетісу', date: new Date('2025-04-19T00:00:00Z') }, ['kk', false])).toBe(a);
    expect(digestOf({ title: 'Жетісу', date: new Date('2025-04-20T00:00:00Z') }, ['kk', false])).not.toBe(a);
    expect(digestOf({ title: 'Жетысу', date: new Date('2025-04-19T00:00:00Z') }, ['kk', false])).not.toBe(a);
    expect(digestOf({ title: 'Жетісу', date: new Date('2025-04-19T00:00:00Z') }, ['kk', true])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps parts apart: moving a value from one part to the next is a change', () => {
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf(undefined)).not.toBe(digestOf(null));
  });

  it('refuses what JSON would drop without a word', () => {
    expect(() => digestOf({ regions: new Map([['zhetysu', 'Жетісу']]) })).toThrow(/"regions" is a Map.*Fix/);
    expect(() => digestOf({ tags: new Set(['a']) })).toThrow(/Set/);
    expect(() => digestOf({ render: () => 1 })).toThrow(/function/);
  });

  it('tells images apart by their fields without reading them through getters, which would make the build copy the original', () => {
    const read: PropertyKey[] = [];
    // Like Astro's content images in a build: a read of a field is recorded as a use of the original file.
    const image = (src: string) =>
      new Proxy({ src, width: 1600, height: 1200, format: 'jpg' }, { get: (target, name) => (read.push(name), Reflect.get(target, name)) });
    const a = digestOf({ title: 'X', cover: image('/_astro/a.1111.jpg') });
    expect(digestOf({ title: 'X', cover: image('/_astro/a.1111.jpg') })).toBe(a);
    expect(digestOf({ title: 'X', cover: image('/_astro/a.2222.jpg') })).not.toBe(a);
    expect(read.filter((name) => name !== 'toJSON')).toEqual([]);
  });
});
