/** A section's RSS feed: its latest entries, or (events) those still to come, soonest first. */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedPaths } from '../../../content/routes/files';
import { feedItem } from '../../../content/feeds';
import { useTranslations } from '../../../i18n/ui';
import { feedChannel, feedTitle } from '../../../utils/feeds';
import { feedHref } from '../../../utils/urls';

export const getStaticPaths = feedPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { locale, collection, items } = props;
  const t = useTranslations(locale);
  return rss({
    ...feedChannel({ locale, site, self: feedHref(collection, locale) }),
    title: feedTitle(collection, t),
    description: t(`${collection}.intro`),
    items: items.map((item) => feedItem(item, locale)),
  });
};
