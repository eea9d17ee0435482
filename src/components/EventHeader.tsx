import type { attendanceModes, eventStatuses } from '../model/options';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import EntryTitle from './EntryTitle';
import EntryLink, { type LinkedEntry } from './EntryLink';
import EventTime from './EventTime';
import FactList from './FactList';

export interface EventHeaderProps {
  locale: Locale;
  title: string;
  summary: string;
  start: Date | undefined;
  end: Date | undefined;
  venue: string;
  address?: string | undefined;
  region?: LinkedEntry | undefined;
  organiser: string;
  host?: string | undefined;
  project?: LinkedEntry | undefined;
  attendance: (typeof attendanceModes)[number];
  status: (typeof eventStatuses)[number];
  free: boolean;
  registration?: string | undefined;
  /** The event is over: say so, and hide the registration button. */
  past: boolean;
  /** Language of the text when it is shown through a fallback. */
  lang?: string | undefined;
}

/** The top of an event page: status, title, summary, facts and registration. Used by the page and by the CMS preview. */
export default function EventHeader(props: EventHeaderProps) {
  const { locale, title, summary, start, end, venue, address, region, organiser, host, project, attendance, status, free, registration, past, lang } = props;
  const t = useTranslations(locale);
  return (
    <header>
      {past && (
        <p className="past-note" data-event-past="" data-pagefind-ignore="">
          {t('events.isPast')}
        </p>
      )}
      {status !== 'scheduled' && <p className="status" data-pagefind-ignore="">{t(`events.status.${status}`)}</p>}
      <EntryTitle title={title} summary={summary} lang={lang} />
      <FactList
        facts={[
          {
            term: t('events.when'),
            value: start && end && (
              <>
                <EventTime start={start} end={end} locale={locale} /> <span className="muted">{`(${t('events.timeZoneNote')})`}</span>
              </>
            ),
          },
          {
            term: t('events.where'),
            value: (
              <>
                {venue}
                {address && (
                  <>
                    <br />
                    {address}
                  </>
                )}
              </>
            ),
            lang,
          },
          { term: t('common.region'), value: region && <EntryLink entry={region} /> },
          { term: t('events.organiser'), value: organiser, lang },
          { term: t('events.host'), value: host, lang },
          { term: t('common.project'), value: project && <EntryLink entry={project} /> },
          {
            term: t('events.format'),
            value: (
              <>
                {free ? `${t(`events.attendance.${attendance}`)}, ${t('events.free').toLowerCase()}` : t(`events.attendance.${attendance}`)}
              </>
            ),
          },
        ]}
      />
      {registration && !past && (
        <p>
          <a className="button" href={registration} rel="noopener">
            {t('events.register')}
          </a>
        </p>
      )}
    </header>
  );
}
