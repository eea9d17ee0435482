/**
 * Small fixes to Decap CMS's own code, applied while the CMS bundle is made (a Vite plugin in
 * `cms-bundle.ts`). Each one replaces an exact piece of one file of one exact version: the
 * versions are pinned in package.json (`decap-cms-app` pins the others exactly), and the bundle
 * fails to build, naming the patch, when a piece is no longer there, so an update of Decap
 * cannot silently drop a fix. `test/unit/decap-patches.test.ts` checks them against the
 * installed files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export interface SourcePatch {
  /** The package and the version the patch was written for. */
  pkg: string;
  version: string;
  /** The file in the package, as Vite bundles it (the ES module build). */
  file: string;
  /** Text that must occur exactly once, and what replaces it. */
  find: string;
  replace: string;
  /** Added at the top of the file (an import the replacement needs). */
  prepend?: string;
  /** What goes wrong without it. */
  why: string;
}

const adminDir = fileURLToPath(new URL('../../admin/', import.meta.url));

export const decapPatches: SourcePatch[] = [
  {
    pkg: 'decap-cms-core',
    version: '3.19.1',
    file: 'dist/esm/components/Editor/EditorControlPane/EditorControlPane.js',
    find: 'this.props.onLocaleChange(val);',
    replace: 'this.props.onLocaleChange?.(val);',
    why: 'The right pane is given no onLocaleChange, so switching its language (KK → EN) threw "this.props.onLocaleChange is not a function".',
  },
  {
    pkg: 'decap-cms-widget-datetime',
    version: '3.6.2',
    file: 'dist/esm/DateTimeControl.js',
    find: "fieldName: field.get('name'),",
    replace: "fieldName: field.get('label', field.get('name')),",
    why: 'The "Now" button\'s screen-reader label named the field by its key ("Set date to now"), not by its label in the interface language.',
  },
  {
    pkg: 'decap-cms-core',
    version: '3.19.1',
    file: 'dist/esm/lib/formatters.js',
    find: "export function summaryFormatter(summaryTemplate, entry, collection) {\n  let entryData = entry.get('data');",
    replace: "export function summaryFormatter(summaryTemplate, entry, collection) {\n  let entryData = ulagatListData(entry);",
    prepend: `import { listData as ulagatListData } from ${JSON.stringify(join(adminDir, 'list-data.ts'))};\n`,
    why: 'Lists and workflow cards showed only the default language\'s title: blank for an entry not yet written in the interface language.',
  },
  {
    pkg: 'decap-cms-widget-file',
    version: '3.5.3',
    file: 'dist/esm/withFileControl.js',
    find: `  const [asset, setAsset] = useState(null);
  useEffect(() => {
    if (value) {
      const newAsset = getAsset(value, field);
      setAsset(newAsset);
    } else {
      setAsset(null);
    }
  }, [value, field, getAsset]);`,
    replace: `  const [asset, setAsset] = useState(null);
  useEffect(() => {
    if (!value) {
      setAsset(null);
      return undefined;
    }
    let tries = 0;
    let timer;
    const show = () => {
      const newAsset = getAsset(value, field);
      setAsset(newAsset);
      if (newAsset && newAsset.path === 'empty.svg' && tries++ < 40) timer = setTimeout(show, 250);
    };
    show();
    return () => clearTimeout(timer);
  }, [value, field, getAsset]);`,
    why: 'An entry\'s photo showed as an empty box: Decap gives a blank placeholder while the photo loads and never asks for it again (decaporg/decap-cms#7099). It is asked for again until it is there.',
  },
];

/** The installed version of a package. */
export function installedVersion(pkg: string, root = fileURLToPath(new URL('../..', import.meta.url))): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Applies the patches meant for `file` (a path ending in `node_modules/<pkg>/<file>`) to its code; throws when one no longer fits. */
export function applyPatches(path: string, code: string, patches: readonly SourcePatch[] = decapPatches, version = installedVersion): string {
  const normal = path.split('?')[0]!.replace(/\\/g, '/');
  let out = code;
  for (const patch of patches) {
    if (!normal.endsWith(`/node_modules/${patch.pkg}/${patch.file}`)) continue;
    const installed = version(patch.pkg);
    const found = out.split(patch.find).length - 1;
    if (installed !== patch.version || found !== 1) {
      throw new Error(
        `The fix to ${patch.pkg}/${patch.file} no longer applies (written for ${patch.version}, installed ${installed}; the text to replace occurs ${found} times). ` +
          `It was needed because: ${patch.why} Fix: check whether the new version still has the bug, then update or remove the patch in src/integrations/decap-patches.ts.`,
      );
    }
    out = (patch.prepend ?? '') + out.replace(patch.find, patch.replace);
  }
  return out;
}

/** The Vite plugin that applies the patches while the CMS bundle is made. */
export function decapPatchesPlugin(): Plugin {
  return {
    name: 'ulagat-decap-patches',
    enforce: 'pre',
    transform(code, id) {
      const patched = applyPatches(id, code);
      return patched === code ? undefined : { code: patched, map: null };
    },
  };
}
