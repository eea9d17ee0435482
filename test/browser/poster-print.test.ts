import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

describe('event poster in Chromium print emulation', () => {
  it('prints on exactly one A4 sheet in every locale', async () => {
    const page = await (await site.browser.newContext()).newPage();
    for (const l of locales) {
      // The event with the longest texts.
      await page.goto(`${site.url}/${l}/master-classes/seven-facets-master-classes/poster/`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, l).toBe(1);
      // A4 portrait: 595 × 842 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    }
  });
});
