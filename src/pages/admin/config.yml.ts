/** /admin/config.yml: the CMS config with a Kazakh interface, for tools that expect the usual name. */
import { cmsYaml, referencedCollections } from '../../../admin/config';
import { referenceEntries } from '../../content/cms-references';

export const GET = async () =>
  new Response(cmsYaml('kk', await referenceEntries(referencedCollections())), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
