import type { Locale } from '../i18n/locales';
import type { DatePrecision } from '../model/options';
import { useTranslations } from '../i18n/ui';
import EntryTitle from './EntryTitle';
import EntryLink, { type LinkedEntry } from './EntryLink';
import FactList from './FactList';
import FormattedDate from './FormattedDate';

export interface NewsHeaderProps {
  locale: Locale;
  title: string;
  summary: string;
  date: Date | undefined;
  /** How much of the date its source gives. */
  datePrecision?: DatePrecision | undefined;
  project?: LinkedEntry | undefined;
  /** None: news for all of Kazakhstan. */
  region?: LinkedEntry | undefined;
  source?: string | undefined;
  /** Language of the text when it is shown through a fallback. */
  lang?: string | undefined;
}

/** The top of a news report: title, summary and facts. Used by the page and by the CMS preview. */
export default function NewsHeader({ locale, title, summary, date, datePrecision, project, region, source, lang }: NewsHeaderProps) {
  const t = useTranslations(locale);
  return (
    <header>
      <EntryTitle title={title} summary={summary} lang={lang} />
      <FactList
        facts={[
          { term: t('news.published'), value: date && <FormattedDate date={date} precision={datePrecision} locale={locale} /> },
          { term: t('common.project'), value: project && <EntryLink entry={project} /> },
          { term: t('common.region'), value: region ? <EntryLink entry={region} /> : t('common.national') },
          { term: t('news.source'), value: source },
        ]}
      />
    </header>
  );
}
