/**
 * The props of a report's and an event's header and facts, from the entry page's props: the
 * header sits above the text, the facts beside it (after it on a phone), and both say the same.
 */
import type { AnyEntryPage } from '../../content/routes/entries';
import type { AnyItem, Item } from '../../content/readers';
import { hasDetail, type WithDetail } from '../../content/templates';
import type { EventHeaderProps } from '../EventHeader';
import type { NewsHeaderProps } from '../NewsHeader';

/** Whether an entry's page has a block of key facts: reports and events. */
export const hasFacts = (item: AnyItem): boolean => hasDetail(item, 'article') || hasDetail(item, 'event');

const foreignLang = (item: { isFallback: boolean; lang: string }) => (item.isFallback ? item.lang : undefined);

/** The tone of the project an entry names, if it names one. */
function toneOf(page: AnyEntryPage, project: string | undefined): number | undefined {
  return project ? page.labels[project]?.tone : undefined;
}

export function newsHeaderProps(page: AnyEntryPage, item: Item<WithDetail<'article'>>): NewsHeaderProps {
  const { data } = item.entry;
  return {
    locale: page.locale,
    title: data.title,
    summary: data.summary,
    date: data.date,
    // A collection that reuses the article template may lack the optional fields.
    datePrecision: 'datePrecision' in data ? data.datePrecision : undefined,
    project: page.links.project?.[0],
    tone: toneOf(page, 'project' in data ? data.project : undefined),
    region: page.links.region?.[0],
    source: 'source' in data ? data.source : undefined,
    lang: foreignLang(item),
  };
}

export function eventHeaderProps(page: AnyEntryPage, item: Item<WithDetail<'event'>>): EventHeaderProps {
  const { data } = item.entry;
  return {
    locale: page.locale,
    title: data.title,
    summary: data.summary,
    start: data.start,
    end: data.end,
    venue: data.venue,
    address: data.address,
    region: page.links.region?.[0],
    organiser: data.organiser,
    host: data.host,
    project: page.links.project?.[0],
    tone: toneOf(page, data.project),
    attendance: data.attendance,
    status: data.status,
    free: data.free,
    registration: data.registration,
    past: page.past,
    lang: foreignLang(item),
  };
}
