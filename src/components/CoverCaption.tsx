import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';

interface Props {
  locale: Locale;
  caption?: string | undefined;
  credit?: string | undefined;
  /** Language of the caption when it is shown through a fallback. */
  lang?: string | undefined;
}

/** What a photo shows and who took it, under the photo on its page and in the CMS preview; nothing when neither is given. */
export default function CoverCaption({ locale, caption, credit, lang }: Props) {
  if (!caption && !credit) return null;
  const t = useTranslations(locale);
  return (
    <figcaption className="cover-caption">
      {caption && <span lang={lang}>{caption}</span>}
      {/* A space between the two, so that search and copied text do not run them together. */}
      {caption && credit && ' '}
      {credit && <span className="credit">{t('cover.credit', { name: credit })}</span>}
    </figcaption>
  );
}
