import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '../../src/content/frontmatter';
import { locales } from '../../src/i18n/locales';
import { collectionNames, kinds, type CollectionName } from '../../src/model/collections';
import { htmlPages, load } from '../helpers/html';
import { dist, siteContent } from '../helpers/paths';

/**
 * No picture stands in for a photo: every picture of the built fixture site outside an entry's
 * text (cards, the lead story, the top of an entry's page, an event's poster) is the photo the
 * entry it belongs to names as its cover in its front matter, and an entry without a cover shows none.
 */
const pages = htmlPages(dist).filter((p) => locales.some((l) => p.path.startsWith(`/${l}/`)));

/** The entry a site path is the page of, if it is one. */
function entryAt(path: string): { collection: CollectionName; slug: string } | undefined {
  const [, , first, second] = path.split('/');
  for (const collection of collectionNames) {
    const { segment } = kinds[collection];
    if (segment === '' && first && !second && existsSync(join(siteContent, kinds[collection].folder, 'ru', `${first}.md`))) return { collection, slug: first };
    if (segment !== '' && first === segment && second && !/^\d+$/.test(second) && second !== 'archive') return { collection, slug: second };
  }
  return undefined;
}

/** The file name (without extension) of the cover the entry's front matter names, in any language (the field is shared), or null. */
function coverOf({ collection, slug }: { collection: CollectionName; slug: string }): string | null {
  for (const locale of locales) {
    const file = join(siteContent, kinds[collection].folder, locale, `${slug}.md`);
    if (!existsSync(file)) continue;
    const { data } = splitMarkdown(readFileSync(file, 'utf8'));
    if (typeof data.cover === 'string' && data.cover !== '') return basename(data.cover).replace(/\.[^.]+$/, '');
  }
  return null;
}

/** The source photo an optimised picture was made from: `/_astro/dune.Ab12_Cd34.webp` → `dune`. */
const sourceOf = (img: HTMLElement) => basename(img.getAttribute('src') ?? '').split('.')[0];

/** The entry a card or the lead story links to, by its title link. */
function linkedEntry(img: HTMLElement) {
  let node: HTMLElement | null = img.parentNode;
  while (node && !node.classList?.contains('card') && !node.classList?.contains('lead-story')) node = node.parentNode;
  const href = node?.querySelector('.title a, .lead-title a')?.getAttribute('href');
  return href ? entryAt(href) : undefined;
}

describe('pictures on cards and at the top of entries', () => {
  const seen = { hero: 0, card: 0 };
  const wrong: string[] = [];
  for (const { path, file } of pages) {
    const doc = load(file);
    // An event's printable poster shows its event's photo; it has no site frame.
    const poster = path.endsWith('/poster/');
    // Outside an entry's own text (whose pictures the editor placed), every picture in the page is a cover.
    const pictures = doc.querySelectorAll(poster ? 'img' : 'main img').filter((img) => !img.closest('.prose'));
    for (const img of pictures) {
      const inCard = img.closest('.card') ?? img.closest('.lead-story');
      const entry = inCard ? linkedEntry(img) : poster ? entryAt(path.replace(/poster\/$/, '')) : img.closest('figure.cover-figure') ? entryAt(path) : undefined;
      if (!img.classList.contains('cover') || !entry) {
        wrong.push(`${path}: a picture that is no entry's cover (${img.getAttribute('src')})`);
        continue;
      }
      const named = coverOf(entry);
      if (named !== sourceOf(img)) wrong.push(`${path}: shows ${sourceOf(img)} for ${entry.collection}/${entry.slug}, whose cover is ${named ?? 'none'}`);
      seen[inCard ? 'card' : 'hero']++;
    }
  }

  it('are each the cover their entry names, and nothing else', () => {
    expect(wrong).toEqual([]);
  });

  it('were found: the fixture has photos on cards and at the top of their pages', () => {
    // Three reports and an event with photos, in three languages, on their pages (and the event's poster), lists and the home page.
    expect(seen.hero).toBeGreaterThanOrEqual(3 * 5);
    expect(seen.card).toBeGreaterThanOrEqual(3 * 4);
  });

  it('are cut to 3:2 on cards, around the focus the editor chose, in every width', () => {
    const cards = pages.flatMap(({ file }) => load(file).querySelectorAll('main img.cover-card'));
    expect(cards.length).toBeGreaterThan(0);
    for (const img of cards) {
      const [width, height] = [Number(img.getAttribute('width')), Number(img.getAttribute('height'))];
      expect(Math.abs(width / height - 3 / 2), `${img.getAttribute('src')}: ${width}×${height}`).toBeLessThan(0.01);
      expect(img.getAttribute('srcset')?.split(',').length, img.getAttribute('src')!).toBeGreaterThanOrEqual(2);
      expect(img.classList.contains('focus-center') || /focus-(top|bottom|left|right)/.test(img.getAttribute('class')!)).toBe(true);
    }
  });

  it('leave an entry without a cover without a picture', () => {
    for (const { path, file } of pages) {
      const entry = entryAt(path);
      if (!entry || coverOf(entry) !== null) continue;
      expect(load(file).querySelectorAll('main figure.cover-figure, main img.cover-hero'), path).toHaveLength(0);
    }
  });
});
