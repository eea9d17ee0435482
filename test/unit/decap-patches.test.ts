import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches, decapPatches, installedVersion } from '../../src/integrations/decap-patches';
import { root } from '../helpers/paths';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const installedFile = (p: (typeof decapPatches)[number]) => join(root, 'node_modules', p.pkg, p.file);

describe('fixes to Decap CMS’s own code', () => {
  it('are written for the versions installed, which package.json pins exactly (decap-cms-app pins its own packages)', () => {
    expect(pkg.dependencies['decap-cms-app']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies['decap-server']).toMatch(/^\d+\.\d+\.\d+$/);
    const app = JSON.parse(readFileSync(join(root, 'node_modules/decap-cms-app/package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    expect(app.version).toBe(pkg.dependencies['decap-cms-app']);
    for (const patch of decapPatches) {
      expect(installedVersion(patch.pkg), patch.pkg).toBe(patch.version);
      if (patch.pkg !== 'decap-cms-app') expect(app.dependencies[patch.pkg], `decap-cms-app pins ${patch.pkg}`).toBe(patch.version);
    }
  });

  it('each replace text found exactly once in the installed file', () => {
    for (const patch of decapPatches) {
      const code = readFileSync(installedFile(patch), 'utf8');
      const patched = applyPatches(installedFile(patch), code);
      expect(patched, patch.file).not.toBe(code);
      expect(patched, patch.file).toContain(patch.replace);
      expect(patched.split(patch.find).length - 1, patch.file).toBe(0);
    }
  });

  it('stop the bundle, naming the fix and why it was needed, when the text is no longer there', () => {
    const patch = decapPatches[0]!;
    const changed = readFileSync(installedFile(patch), 'utf8').replace(patch.find, '/* rewritten upstream */');
    expect(() => applyPatches(installedFile(patch), changed)).toThrow(/no longer applies.*onLocaleChange is not a function/s);
    expect(() => applyPatches(installedFile(patch), readFileSync(installedFile(patch), 'utf8'), decapPatches, () => '9.9.9')).toThrow(/written for 3\.19\.1, installed 9\.9\.9/);
  });

  it('leave other files alone', () => {
    expect(applyPatches(join(root, 'node_modules/decap-cms-core/dist/esm/index.js'), 'export {};')).toBe('export {};');
  });
});
