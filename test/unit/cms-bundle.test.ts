import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsBundleKey, cmsEntryUrl } from '../../src/integrations/cms-bundle';

/** A project tree with what the CMS bundle is made from. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'ulagat-cms-key-'));
  mkdirSync(join(root, 'admin'));
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  writeFileSync(join(root, 'tsconfig.json'), '{"compilerOptions":{"jsx":"react-jsx"}}');
  writeFileSync(join(root, 'admin/main.ts'), 'boot();');
  writeFileSync(join(root, 'src/components/Title.tsx'), 'export default 1;');
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/a.md'), 'text');
  return root;
}
const copy = (root: string) => {
  const other = mkdtempSync(join(tmpdir(), 'ulagat-cms-key-'));
  cpSync(root, other, { recursive: true });
  return other;
};

describe('the CMS bundle key', () => {
  it('is the same for the same inputs, wherever the project is, and unchanged by content edits', () => {
    const root = project();
    const other = copy(root);
    writeFileSync(join(other, 'content/a.md'), 'edited text');
    expect(cmsBundleKey(other)).toBe(cmsBundleKey(root));
    expect(cmsEntryUrl(root)).toBe(`/admin/cms/${cmsBundleKey(root)}/main.js`);
  });

  it('changes with the lockfile, tsconfig.json, any admin file and any file under src/', () => {
    const root = project();
    const edits: Array<[string, string]> = [
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
      ['tsconfig.json', '{"compilerOptions":{"jsx":"preserve"}}'],
      ['admin/main.ts', 'boot(); // changed'],
      ['src/components/Title.tsx', 'export default 2;'],
      ['src/components/New.tsx', 'export default 3;'],
    ];
    for (const [file, text] of edits) {
      const other = copy(root);
      writeFileSync(join(other, file), text);
      expect(cmsBundleKey(other), file).not.toBe(cmsBundleKey(root));
    }
  });
});

describe('the CMS bundle key in the dev server', () => {
  it('is computed again when asked to be fresh, so an edit to the code makes a new bundle', () => {
    const root = project();
    const before = cmsBundleKey(root);
    writeFileSync(join(root, 'admin/main.ts'), 'boot(); // edited while the dev server runs');
    expect(cmsBundleKey(root)).toBe(before);
    expect(cmsBundleKey(root, true)).not.toBe(before);
  });
});
