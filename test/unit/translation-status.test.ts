import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { entryStatus } from '../../src/utils/translation-status';

describe('entryStatus', () => {
  it('is complete when every locale has a version no older than the source', () => {
    const s = entryStatus('x', { kk: { time: 5 }, ru: { time: 5 }, en: { time: 7 } }, locales, 'ru');
    expect(s.needsAttention).toBe(false);
    expect(s.states).toEqual({ kk: { state: 'ok' }, ru: { state: 'ok' }, en: { state: 'ok' } });
  });

  it('reports missing locales', () => {
    const s = entryStatus('x', { ru: { time: 5 } }, locales, 'ru');
    expect(s.states.kk).toEqual({ state: 'missing' });
    expect(s.states.en).toEqual({ state: 'missing' });
    expect(s.needsAttention).toBe(true);
  });

  it('reports a translation older than the preferred source', () => {
    const s = entryStatus('x', { kk: { time: 3 }, ru: { time: 5 }, en: { time: 5 } }, locales, 'ru');
    expect(s.states.kk).toEqual({ state: 'outdated', source: 'ru' });
    expect(s.states.en).toEqual({ state: 'ok' });
  });

  it('takes the newest version as the source when the preferred one is missing', () => {
    const s = entryStatus('x', { kk: { time: 9 }, en: { time: 2 } }, locales, 'ru');
    expect(s.states).toEqual({ kk: { state: 'ok' }, ru: { state: 'missing' }, en: { state: 'outdated', source: 'kk' } });
  });

  it('never calls a version outdated when a time is unknown', () => {
    const s = entryStatus('x', { kk: {}, ru: { time: 5 }, en: { time: 1 } }, locales, 'ru');
    expect(s.states.kk).toEqual({ state: 'ok' });
    expect(s.states.en).toEqual({ state: 'outdated', source: 'ru' });
  });
});
