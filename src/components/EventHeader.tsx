import type { attendanceModes, eventStatuses } from '../model/options';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import EntryTitle from './EntryTitle';
import type { LinkedEntry } from './EntryLink';
import EventTime from './EventTime';
import Kicker from './Kicker';

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
  /** The project's tone (1 …), for its label. */
  tone?: number | undefined;
  attendance: (typeof attendanceModes)[number];
  status: (typeof eventStatuses)[number];
  free: boolean;
  registration?: string | undefined;
  /** The event is over: say so, and hide the registration button. */
  past: boolean;
  /** Language of the text when it is shown through a fallback. */
  lang?: string | undefined;
}

/**
 * The top of an event page: its project, status, title and summary, when and where in one line,
 * and registration. The full facts follow (`EventFacts`). Used by the page and by the CMS preview.
 */
export default function EventHeader(props: EventHeaderProps) {
  const { locale, title, summary, start, end, venue, project, tone, status, registration, past, lang } = props;
  const t = useTranslations(locale);
  return (
    <header className="entry-header">
      <Kicker project={project} tone={tone} />
      {past && (
        <p className="past-note" data-event-past="" data-pagefind-ignore="">
          {t('events.isPast')}
        </p>
      )}
      {status !== 'scheduled' && <p className="status" data-pagefind-ignore="">{t(`events.status.${status}`)}</p>}
      <EntryTitle title={title} summary={summary} lang={lang} />
      <p className="event-glance" data-pagefind-ignore="">
        {start && end && <EventTime start={start} end={end} locale={locale} />}
        {venue && <span lang={lang}>{venue}</span>}
      </p>
      {registration && !past && (
        <p data-pagefind-ignore="">
          <a className="button" href={registration} rel="noopener">
            {t('events.register')}
          </a>
        </p>
      )}
    </header>
  );
}
