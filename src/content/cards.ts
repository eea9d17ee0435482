/**
 * What the preview cards (Open Graph images) of entries and of the site say, by card template:
 * the label above the title and the one or two lines below it. Drawn by `src/utils/og.ts`.
 */
import { resolve } from 'node:path';
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { collectionNames, kinds } from '../model/collections';
import { formatEventRange } from '../utils/dates';
import { formatDateAt } from '../utils/date-precision';
import type { OgCard } from '../utils/og';
import { ogImageHref } from '../utils/urls';
import { imageSource } from './file-rules';
import { firstRegion, namedEntries } from './links';
import { everyEntry, type AnyItem } from './readers';
import { hasCard } from './templates';

type Site = URL | string | undefined;

export const domainOf = (site: Site) => new URL(site ?? 'https://ulagat.kz').host;

/** The site's card in a language: for lists, the home page and anything without its own. */
export function siteCard(locale: Locale, site: Site): OgCard {
  const t = useTranslations(locale);
  return {
    lang: locale,
    label: '',
    title: t('site.tagline'),
    meta: [collectionNames.filter((c) => kinds[c].nav).map((c) => t(`nav.${c}`)).join(' · ')],
    siteName: t('site.name'),
    domain: domainOf(site),
  };
}

/** The file of an entry's cover, found from the entry's own file and its front matter as written. */
export function coverFileOf(item: AnyItem): string | undefined {
  const { filePath, rendered } = item.entry;
  const frontmatter = rendered?.metadata?.frontmatter;
  const written = typeof frontmatter === 'object' && frontmatter !== null && 'cover' in frontmatter ? frontmatter.cover : undefined;
  return filePath ? imageSource(resolve(filePath), written) : undefined;
}

/** The label and lines of an entry's card, by its card template, in the language of its text. */
async function cardText(item: AnyItem): Promise<Pick<OgCard, 'label' | 'meta'>> {
  const lang = item.lang;
  const t = useTranslations(lang);
  const region = firstRegion(await namedEntries(item, lang));
  if (hasCard(item, 'dated')) {
    const { data, collection } = item.entry;
    return { label: t(`nav.${collection}`), meta: [formatDateAt(data.date, 'datePrecision' in data ? data.datePrecision : undefined, lang, 'short'), region ? region.entry.data.title : t('common.national')] };
  }
  if (hasCard(item, 'event')) {
    const { data, collection } = item.entry;
    const status = data.status === 'scheduled' ? '' : ` · ${t(`events.status.${data.status}`)}`;
    return {
      label: `${t(`nav.${collection}`)}${status}`,
      meta: [`${formatEventRange(data.start, data.end, lang, 'short')} (UTC+5)`, [data.venue, region?.entry.data.title].filter(Boolean).join(', ')],
    };
  }
  if (hasCard(item, 'project')) return { label: t('common.project'), meta: [item.entry.data.organiser] };
  if (hasCard(item, 'region')) {
    const { data } = item.entry;
    return { label: t(`regions.kind.${data.kind}`), meta: data.centre ? [`${t('regions.centre')}: ${data.centre}`] : [] };
  }
  return { label: '', meta: [t('site.tagline')] };
}

/**
 * The card of an entry, in the language its text is in (`item.lang`): a page shown through
 * a fallback uses the original's card.
 */
export async function entryCard(item: AnyItem, site: Site): Promise<OgCard> {
  const t = useTranslations(item.lang);
  return {
    lang: item.lang,
    siteName: t('site.name'),
    domain: domainOf(site),
    title: item.entry.data.title,
    ...(await cardText(item)),
    coverFile: coverFileOf(item),
  };
}

/** Every card to draw: each entry in each language it is really written in, and the site's card per locale. */
export async function allCards(site: Site): Promise<{ href: string; card: OgCard }[]> {
  const out: { href: string; card: OgCard }[] = [];
  for (const locale of locales) {
    out.push({ href: ogImageHref(locale), card: siteCard(locale, site) });
    for (const item of await everyEntry(locale)) {
      if (item.isFallback) continue;
      out.push({ href: ogImageHref(locale, { collection: item.entry.collection, slug: item.slug }), card: await entryCard(item, site) });
    }
  }
  return out;
}
