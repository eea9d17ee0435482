/**
 * CMS previews drawn with the site's own components and CSS, so the preview pane looks
 * like the published page. The components are the ones the Astro pages render to static
 * HTML (src/components/*.tsx); here React renders them live in Decap's preview frame.
 */
import type { CMS as DecapCms, PreviewTemplateComponentProps } from 'decap-cms-core';
import { useEffect, type ReactNode } from 'react';
import fontCss from '../src/styles/fonts.css?inline';
import CoverCaption from '../src/components/CoverCaption';
import EntryTags from '../src/components/EntryTags';
import EntryTitle from '../src/components/EntryTitle';
import EventFacts from '../src/components/EventFacts';
import EventHeader, { type EventHeaderProps } from '../src/components/EventHeader';
import FactList from '../src/components/FactList';
import NewsFacts from '../src/components/NewsFacts';
import NewsHeader, { type NewsHeaderProps } from '../src/components/NewsHeader';
import { collectionNames, kinds, type DetailTemplate } from '../src/model/collections';
import { attendanceModes, coverFocuses, datePrecisions, eventStatuses } from '../src/model/options';
import { isLocale, type Locale } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/ui';
import siteCss from '../src/styles/global.css?inline';
import { isUpcoming, parseDateOnly, parseLocalDateTime } from '../src/utils/dates';
import { entryHref } from '../src/utils/urls';
import type { CmsClientData } from './config';

type Props = PreviewTemplateComponentProps & { locale?: string };
type Values = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const optional = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []);
const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** The preview's language: the left pane's, else the interface language (the CMS's default locale). */
let defaultLocale: Locale = 'kk';

function useLocale(props: Props): Locale {
  const locale = isLocale(props.locale) ? props.locale : defaultLocale;
  useEffect(() => {
    props.document.documentElement.lang = locale;
  }, [props.document, locale]);
  return locale;
}

function values(props: Props): Values {
  const data = props.entry.get('data');
  return data && typeof data.toJS === 'function' ? (data.toJS() as Values) : {};
}

/** A referenced region or project under its name in the preview's language (else any language), linked to its page. */
function linked(data: CmsClientData, collection: 'regions' | 'projects', slug: unknown, locale: Locale) {
  if (typeof slug !== 'string' || slug === '') return undefined;
  const names = data.names[collection]?.[slug] ?? {};
  const lang = names[locale] ? undefined : (Object.keys(names)[0] as Locale | undefined);
  return { name: names[locale] ?? (lang && names[lang]) ?? slug, href: entryHref(collection, locale, slug), lang };
}

/** The page frame of an entry; room on the right for Decap's pane buttons, which float over the preview. */
function Page({ children }: { children: ReactNode }) {
  return (
    <main className="container" style={{ paddingInlineEnd: '3.5rem' }}>
      <article className="article" style={{ maxWidth: 'var(--measure)', paddingBlock: 'var(--space-5)' }}>
        {children}
      </article>
    </main>
  );
}

/** The photo as its page shows it: its focus, its caption and its author. */
function Cover({ props, v, locale }: { props: Props; v: Values; locale: Locale }) {
  const src = optional(v.cover);
  if (!src) return null;
  const asset = props.getAsset(src) as unknown as { url?: string; toString(): string } | undefined;
  const url = asset?.url ?? asset?.toString();
  if (!url) return null;
  return (
    <figure className="cover-figure">
      <img className={`cover cover-hero focus-${oneOf(coverFocuses, v.coverFocus, 'center')}`} src={url} alt={text(v.coverAlt)} />
      <CoverCaption locale={locale} caption={optional(v.coverCaption)} credit={optional(v.coverCredit)} />
    </figure>
  );
}

function Body({ props }: { props: Props }) {
  return <div className="prose entry-body">{props.widgetFor('body')}</div>;
}

function newsPreview(data: CmsClientData) {
  return function NewsPreview(props: Props) {
    const locale = useLocale(props);
    const v = values(props);
    const t = useTranslations(locale);
    const header: NewsHeaderProps = {
      locale,
      title: text(v.title),
      summary: text(v.summary),
      date: parseDateOnly(v.date),
      datePrecision: oneOf(datePrecisions, v.datePrecision, 'day'),
      project: linked(data, 'projects', v.project, locale),
      region: linked(data, 'regions', v.region, locale),
      source: optional(v.source),
    };
    return (
      <Page>
        <NewsHeader {...header} />
        <Cover props={props} v={v} locale={locale} />
        <Body props={props} />
        <EntryTags tags={list(v.tags)} label={t('news.tags')} />
        <NewsFacts {...header} />
      </Page>
    );
  };
}

function eventPreview(data: CmsClientData) {
  return function EventPreview(props: Props) {
    const locale = useLocale(props);
    const v = values(props);
    const start = parseLocalDateTime(v.start);
    const end = parseLocalDateTime(v.end);
    const header: EventHeaderProps = {
      locale,
      title: text(v.title),
      summary: text(v.summary),
      start,
      end,
      venue: text(v.venue),
      address: optional(v.address),
      region: linked(data, 'regions', v.region, locale),
      organiser: text(v.organiser),
      host: optional(v.host),
      project: linked(data, 'projects', v.project, locale),
      attendance: oneOf(attendanceModes, v.attendance, 'offline'),
      status: oneOf(eventStatuses, v.status, 'scheduled'),
      free: v.free === true,
      registration: optional(v.registration),
      past: end ? !isUpcoming({ end }, new Date()) : false,
    };
    return (
      <Page>
        <EventHeader {...header} />
        <Cover props={props} v={v} locale={locale} />
        <Body props={props} />
        <EventFacts {...header} />
      </Page>
    );
  };
}

function projectPreview(data: CmsClientData) {
  return function ProjectPreview(props: Props) {
    const locale = useLocale(props);
    const v = values(props);
    const t = useTranslations(locale);
    const goals = list(v.goals);
    return (
      <Page>
        <EntryTitle title={text(v.title)} summary={text(v.summary)} />
        <Cover props={props} v={v} locale={locale} />
        <FactList
          facts={[
            { term: t('projects.organiser'), value: optional(v.organiser) },
            { term: t('projects.regions'), value: list(v.regions).map((slug) => linked(data, 'regions', slug, locale)?.name).join(', ') },
          ]}
        />
        {goals.length > 0 && (
          <section>
            <h2>{t('projects.goals')}</h2>
            <ul className="goals">
              {goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
          </section>
        )}
        <Body props={props} />
      </Page>
    );
  };
}

function simplePreview() {
  return function SimplePreview(props: Props) {
    useLocale(props);
    const v = values(props);
    return (
      <Page>
        <EntryTitle title={text(v.title)} summary={text(v.summary)} />
        <Body props={props} />
      </Page>
    );
  };
}

/** Registers a preview for every collection, and the site's CSS and font inside the preview frame. */
export function registerPreviews(cms: DecapCms, data: CmsClientData, uiLocale: Locale) {
  defaultLocale = uiLocale;
  cms.registerPreviewStyle(fontCss, { raw: true });
  cms.registerPreviewStyle(siteCss, { raw: true });
  // One preview per detail template: a collection shows the preview of the page it gets.
  const templates: Record<DetailTemplate, (props: Props) => ReactNode> = {
    article: newsPreview(data),
    event: eventPreview(data),
    project: projectPreview(data),
    region: simplePreview(),
    page: simplePreview(),
  };
  for (const collection of collectionNames) {
    cms.registerPreviewTemplate(collection, templates[kinds[collection].detail] as never);
  }
}
