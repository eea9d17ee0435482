/** /admin/config.<lang>.yml: the CMS config with the interface, labels and hints in kk, ru or en. */
import type { APIRoute } from 'astro';
import { cmsYaml, referencedCollections } from '../../../admin/config';
import { referenceEntries } from '../../content/cms-references';
import { isLocale, locales } from '../../i18n/locales';

export const getStaticPaths = () => locales.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = isLocale(params.lang) ? params.lang : 'kk';
  return new Response(cmsYaml(lang, await referenceEntries(referencedCollections())), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
