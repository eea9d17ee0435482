/**
 * Cuts the site's font files (src/assets/fonts/) from the full Golos Text fonts and writes
 * their stylesheet (src/styles/fonts.css), as src/styles/fonts.ts defines them.
 *   npm run fonts
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import { fontCharacters, fontFaceCss, fontFaces } from '../src/styles/fonts.ts';

const root = new URL('..', import.meta.url).pathname;

/** The files to write, by path from the project root. */
export async function fontFiles(): Promise<Map<string, Buffer>> {
  const require = createRequire(join(root, 'package.json'));
  const files = new Map<string, Buffer>();
  for (const face of fontFaces) {
    const full = await readFile(require.resolve(face.source));
    files.set(`src/assets/fonts/${face.file}`, await subsetFont(full, fontCharacters(), { targetFormat: 'woff2' }));
  }
  files.set('src/styles/fonts.css', Buffer.from(fontFaceCss()));
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [path, bytes] of await fontFiles()) {
    writeFileSync(join(root, path), bytes);
    console.log(`${path}: ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}
