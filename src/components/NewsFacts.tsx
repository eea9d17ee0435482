import { useTranslations } from '../i18n/ui';
import EntryLink from './EntryLink';
import FactList from './FactList';
import FormattedDate from './FormattedDate';
import type { NewsHeaderProps } from './NewsHeader';

/** A report's key facts: date, project, region, source. Beside the text on a wide screen, after it on a phone and in the CMS preview. */
export default function NewsFacts({ locale, date, datePrecision, project, region, source }: NewsHeaderProps) {
  const t = useTranslations(locale);
  return (
    <FactList
      facts={[
        { term: t('news.published'), value: date && <FormattedDate date={date} precision={datePrecision} locale={locale} /> },
        { term: t('common.project'), value: project && <EntryLink entry={project} /> },
        { term: t('common.region'), value: region ? <EntryLink entry={region} /> : t('common.national') },
        { term: t('news.source'), value: source },
      ]}
    />
  );
}
