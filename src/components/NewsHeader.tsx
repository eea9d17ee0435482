import type { Locale } from '../i18n/locales';
import type { DatePrecision } from '../model/options';
import EntryTitle from './EntryTitle';
import type { LinkedEntry } from './EntryLink';
import FormattedDate from './FormattedDate';
import Kicker from './Kicker';

export interface NewsHeaderProps {
  locale: Locale;
  title: string;
  summary: string;
  date: Date | undefined;
  /** How much of the date its source gives. */
  datePrecision?: DatePrecision | undefined;
  project?: LinkedEntry | undefined;
  /** The project's tone (1 …), for its label. */
  tone?: number | undefined;
  /** None: news for all of Kazakhstan. */
  region?: LinkedEntry | undefined;
  source?: string | undefined;
  /** Language of the text when it is shown through a fallback. */
  lang?: string | undefined;
}

/** The top of a news report: its project and date, title and summary. Used by the page and by the CMS preview. */
export default function NewsHeader({ locale, title, summary, date, datePrecision, project, tone, lang }: NewsHeaderProps) {
  return (
    <header className="entry-header">
      <Kicker project={project} tone={tone}>
        {date && <FormattedDate date={date} precision={datePrecision} locale={locale} />}
      </Kicker>
      <EntryTitle title={title} summary={summary} lang={lang} />
    </header>
  );
}
