/**
 * Images on disk that still carry personal metadata: the photos under the content folder,
 * which stay in the repository's history for good, and the images of a built site.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ContentProblem } from '../../utils/content-problem';
import { describeMetadata, findImageMetadata, stripImageMetadata, type StripResult } from '../../utils/image-metadata';
import { fileNamer, imageFiles } from './sources';

/** The fix an editor runs; the CMS cleans photos on upload, so it is for files added another way. */
export const STRIP_COMMAND = 'npm run content:strip-metadata';

const UNREADABLE = 'cannot be read as an image. Fix: open it on a computer, export it as JPEG (phone HEIC photos too), and replace the file.';

export interface ImageCheck {
  /** How many images were looked at. */
  checked: number;
  problems: ContentProblem[];
}

/** Problems of the images under `dir`, named by `nameOf`; `rule` tells the content's from the build's. */
export async function imageMetadataProblems(dir: string, opts: { rule: string; fix: string; nameOf?: (path: string) => string }): Promise<ImageCheck> {
  const nameOf = opts.nameOf ?? fileNamer(dir);
  const problems: ContentProblem[] = [];
  const files = imageFiles(dir);
  for (const path of files) {
    const file = nameOf(path);
    try {
      const report = await findImageMetadata(await readFile(path));
      if (report.blocks.length === 0) continue;
      problems.push({ file, rule: opts.rule, message: `the image still carries ${describeMetadata(report)}, which anyone who downloads it can read. ${opts.fix}` });
    } catch {
      problems.push({ file, rule: opts.rule, message: `the file ${UNREADABLE}` });
    }
  }
  return { checked: files.length, problems };
}

/** The content's photos: the rule and the fix an editor is given. */
export function contentImageProblems(root: string, nameOf = fileNamer(root)): Promise<ImageCheck> {
  return imageMetadataProblems(root, {
    rule: 'image-metadata',
    nameOf,
    fix: `Fix: run "${STRIP_COMMAND}", which removes it in place and keeps the picture the right way up, then commit the file; or upload the photo again through the CMS, which cleans it.`,
  });
}

/** A built site's images: metadata there is a fault of the code that wrote them. */
export function builtImageProblems(dist: string, nameOf = fileNamer(dist)): Promise<ImageCheck> {
  return imageMetadataProblems(dist, {
    rule: 'built-image-metadata',
    nameOf,
    fix: 'Fix: find the code that writes this file (an original copied by astro:assets, a card, the logo) and make it encode the picture without metadata.',
  });
}

export interface StrippedImage {
  file: string;
  method: StripResult['method'];
  before: number;
  after: number;
}

/** Removes personal metadata from every image under `root` that carries some, in place. */
export async function stripContentImages(root: string, nameOf = fileNamer(root)): Promise<{ stripped: StrippedImage[]; problems: ContentProblem[] }> {
  const stripped: StrippedImage[] = [];
  const problems: ContentProblem[] = [];
  for (const path of imageFiles(root)) {
    const file = nameOf(path);
    try {
      const bytes = await readFile(path);
      if ((await findImageMetadata(bytes)).blocks.length === 0) continue;
      const result = await stripImageMetadata(bytes);
      await writeFile(path, result.bytes);
      stripped.push({ file, method: result.method, before: bytes.length, after: result.bytes.length });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({ file, rule: 'image-metadata', message: /^(still carries|cannot write)/.test(message) ? `the image ${message}` : `the file ${UNREADABLE}` });
    }
  }
  return { stripped, problems };
}
