/**
 * The list page of every section, by its kind's list template: `paged` (12 a page, newest
 * first), `agenda` (what is still to come, then the latest past, and an archive of the past),
 * `grid` (all at once) and `regions` (the map and the list).
 */
import { locales, type Locale } from '../../i18n/locales';
import { kinds, sectionCollections, type CollectionName, type SectionCollection } from '../../model/collections';
import { isUpcoming } from '../../utils/dates';
import { sectionHref } from '../../utils/urls';
import { keyed } from '../keys';
import { buildNow } from '../now';
import { projectLabels, type ProjectLabels } from '../project-labels';
import { itemsOf, type AnyItem, type Item } from '../readers';
import { hasCalendar, type WithCalendar } from '../templates';

export const PAGE_SIZE = 12;
/** Past events on the events page before the archive link. */
export const PAST_PREVIEW = 3;
/** The archive page's segment under an agenda section. */
export const ARCHIVE = 'archive';

interface Common {
  locale: Locale;
  collection: SectionCollection;
  /** The projects' names and tones, for the cards. */
  labels: ProjectLabels;
}

export type SectionProps = Common &
  (
    | { template: 'paged'; items: AnyItem[]; total: number; current: number; last: number; prev?: string | undefined; next?: string | undefined }
    | { template: 'agenda'; upcoming: Item<WithCalendar>[]; past: Item<WithCalendar>[]; pastTotal: number }
    | { template: 'archive'; past: Item<WithCalendar>[] }
    | { template: 'grid'; items: AnyItem[] }
    | { template: 'regions'; items: Item<'regions'>[] }
  );

/** Events still to come (soonest first) and those that have ended (latest first), at build time. */
export function splitByTime(items: AnyItem[], now = buildNow()) {
  const events = items.filter(hasCalendar);
  return {
    upcoming: events.filter((i) => isUpcoming(i.entry.data, now)),
    past: events.filter((i) => !isUpcoming(i.entry.data, now)).reverse(),
  };
}

const pageHref = (collection: CollectionName, locale: Locale, n: number) => (n === 1 ? sectionHref(collection, locale) : `${sectionHref(collection, locale)}${n}/`);

async function sectionPages(collection: SectionCollection, locale: Locale): Promise<{ page: string | undefined; props: SectionProps }[]> {
  const items = await itemsOf(collection, locale);
  const common = { locale, collection, labels: await projectLabels(locale) };
  switch (kinds[collection].list) {
    case 'paged': {
      const last = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
      return Array.from({ length: last }, (_, i) => {
        const current = i + 1;
        return {
          page: current === 1 ? undefined : String(current),
          props: {
            ...common,
            template: 'paged',
            items: items.slice(i * PAGE_SIZE, current * PAGE_SIZE),
            total: items.length,
            current,
            last,
            prev: current > 1 ? pageHref(collection, locale, current - 1) : undefined,
            next: current < last ? pageHref(collection, locale, current + 1) : undefined,
          },
        };
      });
    }
    case 'agenda': {
      const { upcoming, past } = splitByTime(items);
      return [
        { page: undefined, props: { ...common, template: 'agenda', upcoming, past: past.slice(0, PAST_PREVIEW), pastTotal: past.length } },
        { page: ARCHIVE, props: { ...common, template: 'archive', past } },
      ];
    }
    case 'grid':
      return [{ page: undefined, props: { ...common, template: 'grid', items } }];
    case 'regions':
      return [{ page: undefined, props: { ...common, template: 'regions', items: await itemsOf('regions', locale) } }];
    case null:
      return [];
  }
}

/** `getStaticPaths` of `/<locale>/<segment>/[page]/`: every section's list pages. */
export async function sectionPaths() {
  const paths = [];
  for (const locale of locales) {
    for (const collection of sectionCollections) {
      for (const { page, props } of await sectionPages(collection, locale)) {
        paths.push({ params: { locale, section: kinds[collection].segment, page }, props });
      }
    }
  }
  return keyed(paths);
}
