/** The latest news of a locale as RSS, newest first; untranslated reports are listed in the language they exist in. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeCachedPaths, newsItems } from '../../../content/query';
import type { Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { feedChannel, NEWS_FEED_ITEMS } from '../../../utils/feeds';
import { entryHref, feedHref } from '../../../utils/urls';

export const getStaticPaths = () => localeCachedPaths(newsItems);

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const items = await newsItems(locale);
  return rss({
    ...feedChannel({ locale, site, self: feedHref.news(locale) }),
    title: `${t('site.name')}: ${t('news.title')}`,
    description: t('news.intro'),
    items: items.slice(0, NEWS_FEED_ITEMS).map((item) => ({
      title: item.entry.data.title,
      description: item.entry.data.summary,
      pubDate: item.entry.data.date,
      link: entryHref('news', locale, item.slug),
      categories: item.entry.data.tags,
    })),
  });
};
