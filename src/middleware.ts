import { middleware as i18nMiddleware } from 'astro:i18n';
import { defineMiddleware } from 'astro:middleware';

/**
 * Astro's i18n routing (every locale has a prefix), except for the CMS under /admin/:
 * it is one page for editors, not a page of the site in some locale, and the
 * prefix rule would answer it with 404 in `astro dev`.
 */
const localeRouting = i18nMiddleware({ prefixDefaultLocale: true, redirectToDefaultLocale: false, fallbackType: 'redirect' });

export const onRequest = defineMiddleware((context, next) =>
  context.url.pathname.startsWith('/admin/') ? next() : localeRouting(context, next),
);
