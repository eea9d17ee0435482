import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The seed-like fixture site every build and browser test reads: all collections, all three languages. */
export const siteContent = fileURLToPath(new URL('../fixtures/site/content/', import.meta.url));
/** Where the test run builds it, once (`build-site.ts`). */
export const dist = fileURLToPath(new URL('../.output/site/', import.meta.url));
/** The instant the test build treats as "now": after every seed event, before the fixture's upcoming ones. */
export const TEST_NOW = '2026-11-22T12:00:00+05:00';
/** What the one build of the fixture site leaves for the tests: its log, a digest of the content before it, and what it was built from. */
export const siteBuild = {
  log: fileURLToPath(new URL('../.output/site.log', import.meta.url)),
  contentBefore: fileURLToPath(new URL('../.output/site.content-digest', import.meta.url)),
  stamp: fileURLToPath(new URL('../.output/site.stamp', import.meta.url)),
};
