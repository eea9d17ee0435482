/**
 * The content format as Decap CMS calls it (`CMS.registerCustomFormat`): the site's canonical
 * Markdown + front matter (`src/content/frontmatter.ts`), minus the helper field that names a
 * new entry's file, which must never reach the file.
 */
import { fromFile, toFile } from '../src/content/frontmatter';
import { NEW_SLUG_FIELD } from './constants';

export const contentFormat = {
  fromFile: (content: string): Record<string, unknown> => fromFile(content),
  toFile: (entry: object, sortedKeys: string[] = []): string => {
    const { [NEW_SLUG_FIELD]: _helper, ...fields } = entry as Record<string, unknown>;
    return toFile(fields, sortedKeys);
  },
};
