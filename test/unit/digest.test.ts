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
});
