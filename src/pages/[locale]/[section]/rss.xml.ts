/** A section's RSS feed: its latest entries, or (events) those still to come, soonest first. */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedPaths } from '../../../content/routes/files';
import { feedItem } from '../../../content/feeds';
import { useTranslations } from '../../../i18n/ui';
import { feedChannel } from '../../../utils/feeds';
import { feedHref } from '../../../utils/urls';

export const getStaticPaths = feedPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { locale, collection, feed, items } = props;
  const t = useTranslations(locale);
  return rss({
    ...feedChannel({ locale, site, self: feedHref(collection, locale) }),
    title: `${t('site.name')}: ${feed === 'upcoming' ? t('home.upcoming') : t(`nav.${collection}`)}`,
    description: t(`${collection}.intro`),
    items: items.map((item) => feedItem(item, locale)),
  });
};
