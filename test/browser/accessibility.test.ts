import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { PREFS_KEY } from '../../src/utils/preferences';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

// One page of every type.
const pageTypes = [
  '',
  'news/',
  'news/zhetysu-akim-lecture-mentorship/',
  'news/round-table/',
  'master-classes/',
  'master-classes/archive/',
  'master-classes/unified-upbringing-round-table/',
  'master-classes/unified-upbringing-round-table/poster/',
  'projects/',
  'projects/school-of-moms/',
  'regions/',
  'regions/zhetysu/',
  'about/',
  'links/',
  '404/',
];

/**
 * Every page type in every language, in every display mode. Every rule in the light theme; in
 * the dark and low-vision modes, which change colours, sizes and spacing but not the markup, the
 * rules those can break: contrast, target size, text spacing, reflow. (Every rule in every mode
 * took over two minutes on two cores.) The modes run side by side, one browser tab each, so
 * both cores work.
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VISUAL_RULES = ['color-contrast', 'target-size', 'avoid-inline-spacing', 'meta-viewport', 'link-in-text-block'];
const modes = [
  { name: 'light, every rule', colorScheme: 'light' as const, prefs: undefined, rules: undefined },
  { name: 'dark, colour and size rules', colorScheme: 'dark' as const, prefs: undefined, rules: VISUAL_RULES },
  { name: 'low vision (white on black, no images), colour and size rules', colorScheme: 'light' as const, prefs: { vision: 'wb', hideImages: true }, rules: VISUAL_RULES },
];
const paths = locales.flatMap((locale) => pageTypes.map((type) => `/${locale}/${type}`));

describe.concurrent('axe-core, WCAG 2.2 AA', () => {
  for (const mode of modes) {
    it(`finds no violations on every page type in every locale: ${mode.name}`, async () => {
      const context = await site.browser.newContext({ colorScheme: mode.colorScheme, viewport: { width: 390, height: 844 } });
      if (mode.prefs) await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PREFS_KEY, JSON.stringify(mode.prefs)]);
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(site.url + path);
        // Legacy mode runs axe in the page itself, without a blank page to gather frames' results
        // in: half the time. It skips cross-origin frames, here only an embedded video, which is
        // not ours to fix. Only violations are gathered node by node; passes list each rule with
        // one node, which is all the check below reads.
        const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
        const result = await (mode.rules ? axe.withRules(mode.rules) : axe.withTags(WCAG)).analyze();
        expect(result.passes.length, path).toBeGreaterThan(mode.rules ? 0 : 10);
        for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      await context.close();
      expect(violations).toEqual([]);
    }, 240_000);
  }
});

describe('display preferences', () => {
  it('dark theme toggle and low-vision mode persist across pages with no flash', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/ru/`);
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const normalSize = await bodySize();
    expect(await bg()).toBe('rgb(251, 250, 246)');

    await page.click('button[data-pref="theme"]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('button[data-pref="theme"]', 'aria-pressed')).toBe('true');
    expect(await bg()).toBe('rgb(17, 22, 27)');

    await page.click('button[data-pref="vision"]');
    expect(await page.getAttribute('html', 'data-vision')).toBe('bw');
    expect(await bodySize()).toBeGreaterThan(normalSize * 1.2);
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.click('button[data-pref="vision-wb"]');
    await page.click('button[data-pref="images"]');
    expect(await bg()).toBe('rgb(0, 0, 0)');

    // Another page: the boot script applies everything before the first paint.
    await page.goto(`${site.url}/ru/regions/zhetysu/`, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-vision]', { state: 'attached' });
    const first = await page.evaluate(() => ({
      vision: document.documentElement.dataset.vision,
      images: document.documentElement.dataset.visionImages,
      theme: document.documentElement.dataset.theme,
    }));
    expect(first).toEqual({ vision: 'wb', images: 'hidden', theme: 'dark' });
    await page.waitForLoadState('load');
    expect(await bodySize()).toBeGreaterThan(normalSize * 1.2);
    expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing)).not.toBe('normal');
    const images = await page.$$eval('main img', (imgs) => imgs.map((i) => getComputedStyle(i).display));
    expect(images.every((d) => d === 'none')).toBe(true);

    await page.click('button[data-pref="vision-off"]');
    expect(await page.getAttribute('html', 'data-vision')).toBeNull();
    expect(await bodySize()).toBeCloseTo(normalSize, 0);
    await context.close();
  });

  it('folds the menu on phones behind an accessible button', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/kk/`);
    const menu = page.locator('[data-menu-button]');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#main-nav a').first().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // Nothing overflows a 320 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('shows the menu without JavaScript', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/kk/`);
    expect(await page.locator('#main-nav a').first().isVisible()).toBe(true);
    expect(await page.locator('[data-menu-button]').isVisible()).toBe(false);
    await context.close();
  });
});
