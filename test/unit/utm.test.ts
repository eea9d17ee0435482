import { describe, expect, it } from 'vitest';
import { withUtm } from '../../src/utils/utm';

describe('withUtm', () => {
  const utm = { source: 'link-in-bio', medium: 'social', campaign: 'bio-kk' };
  it('adds the three tags', () => {
    expect(withUtm('/kk/news/x/', utm)).toBe('/kk/news/x/?utm_source=link-in-bio&utm_medium=social&utm_campaign=bio-kk');
  });
  it('keeps an existing query and a fragment', () => {
    expect(withUtm('/kk/search/?q=a#r', utm)).toBe('/kk/search/?q=a&utm_source=link-in-bio&utm_medium=social&utm_campaign=bio-kk#r');
  });
});
