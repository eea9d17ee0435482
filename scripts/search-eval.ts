/**
 * Prints the Kazakh search evaluation (recall before and after) for the built site.
 * Run: npm run build && npm run search:eval
 */
import { launchBrowser, preview } from '../test/helpers/browser.ts';
import { formatReport, runKazakhEval } from '../test/search/eval.ts';
import { kazakhQueries } from '../test/search/kazakh-queries.ts';

const server = await preview();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  console.log(formatReport(await runKazakhEval(page, server.url, kazakhQueries)));
} finally {
  await browser.close();
  server.stop();
}
