/**
 * npm run cms            the site (astro dev) and the CMS on this checkout; edits are written to content/
 * MODE=git npm run cms   the same with the review workflow: drafts on cms/… branches, Publish commits
 *                        only the entry's files on the current branch (scripts/cms/git-drafts.ts)
 * Ports: PORT (site, 4321) and DECAP_SERVER_PORT (backend, 8081), both on 127.0.0.1.
 */
import { runnerImport } from 'vite';
import type * as Launch from './cms/launch.ts';

const mode = process.env.MODE === 'git' ? 'git' : 'fs';
if (process.env.MODE && process.env.MODE !== mode) {
  console.error(`MODE must be fs or git, not "${process.env.MODE}".`);
  process.exit(1);
}
const { module } = await runnerImport<typeof Launch>('./scripts/cms/launch.ts');
const cms = await module.startCms({
  mode,
  repo: process.cwd(),
  sitePort: Number(process.env.PORT || 4321),
  backendPort: Number(process.env.DECAP_SERVER_PORT || 8081),
  echoDev: true,
});
const stop = () => {
  void cms.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
