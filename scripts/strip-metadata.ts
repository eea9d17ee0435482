/**
 * Removes personal metadata (EXIF with GPS, XMP, IPTC, maker notes, comments) from every image in
 * the content folder that carries some, in place: without re-encoding where it can, and turning
 * the picture upright where its EXIF orientation said how to show it. The fix that
 * `npm run check:content` names for the `image-metadata` problem.
 * Run: npm run content:strip-metadata      (the real content, or $ULAGAT_CONTENT_DIR)
 */
import { runnerImport } from 'vite';
import type * as Images from '../src/content/check/images.ts';
import type * as Paths from '../src/content/paths.ts';
import type * as Text from '../src/utils/content-problem-text.ts';

// Through Vite, which resolves the site's extensionless imports.
const [{ module: images }, { module: paths }, { module: text }] = await Promise.all([
  runnerImport<typeof Images>('./src/content/check/images.ts'),
  runnerImport<typeof Paths>('./src/content/paths.ts'),
  runnerImport<typeof Text>('./src/utils/content-problem-text.ts'),
]);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const { stripped, problems } = await images.stripContentImages(paths.contentDir);
for (const s of stripped) {
  console.log(`cleaned: ${s.file} (${s.method === 'lossless' ? 'picture kept as it was' : 'turned upright and saved again'}, ${kb(s.before)} → ${kb(s.after)})`);
}
if (problems.length) console.log(`\n${text.problemsText(problems)}\n`);
console.log(stripped.length ? `${stripped.length} image(s) cleaned. Commit them.` : 'No image carries personal metadata.');
process.exit(problems.length ? 1 : 0);
