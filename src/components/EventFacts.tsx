import { useTranslations } from '../i18n/ui';
import EntryLink from './EntryLink';
import type { EventHeaderProps } from './EventHeader';
import EventTime from './EventTime';
import FactList from './FactList';

/** An event's key facts: when (in Kazakhstan time), where, region, organiser, host, project and format. */
export default function EventFacts(props: EventHeaderProps) {
  const { locale, start, end, venue, address, region, organiser, host, project, attendance, free, lang } = props;
  const t = useTranslations(locale);
  return (
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
          value: free ? `${t(`events.attendance.${attendance}`)}, ${t('events.free').toLowerCase()}` : t(`events.attendance.${attendance}`),
        },
      ]}
    />
  );
}
