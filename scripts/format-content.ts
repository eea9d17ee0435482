/**
 * Rewrites the content files in the canonical form the CMS writes (field order of the
 * schema, quoted text, block lists), so that a later CMS edit changes only what the editor
 * changed. Values and bodies are kept byte for byte. `npm test` fails while a file is not
 * in this form.
 * Run: npm run content:format        (or with --check to list, not write)
 */
import { runnerImport } from 'vite';
import type * as Canonical from '../src/content/canonical.ts';

const check = process.argv.includes('--check');
const { module } = await runnerImport<typeof Canonical>('./src/content/canonical.ts');
const changed = module.formatContent(undefined, !check);
for (const name of changed) console.log(`${check ? 'not canonical' : 'formatted'}: ${name}`);
console.log(changed.length === 0 ? 'All content files are in canonical form.' : `${changed.length} file(s) ${check ? 'to format' : 'formatted'}.`);
if (check && changed.length > 0) process.exit(1);
