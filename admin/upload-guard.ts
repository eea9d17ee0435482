/**
 * Every file an editor picks in the CMS passes through `preparePhoto` before Decap sees it.
 *
 * Decap's media library reads the file from its `<input type="file">` when that input fires
 * `change`. A listener on the window, in the capture phase, runs first: it stops that event,
 * prepares the photo, puts the prepared file into the input and fires `change` again, which
 * Decap then handles as usual (it names the file after the prepared one). A refused file never
 * reaches Decap; the editor is told why in the interface language. Only the DOM is involved, no
 * Decap internals.
 */
import type { Locale } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/ui';
import { showNotice } from './notice';
import { preparePhoto, type PhotoRefusal } from './photo';

/** "5,2 МБ", "412 КБ": sizes in the interface language, without the browser's locale data (Chromium lacks Kazakh). */
export function formatBytes(bytes: number, t: ReturnType<typeof useTranslations>): string {
  if (bytes >= 1024 * 1024) {
    const value = (Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace('.', t('cms.media.decimal'));
    return t('cms.media.megabytes', { value });
  }
  return t('cms.media.kilobytes', { value: String(Math.max(1, Math.round(bytes / 1024))) });
}

const refusalKeys: Record<PhotoRefusal, 'cms.media.tooLarge' | 'cms.media.heic' | 'cms.media.unsupported' | 'cms.media.unreadable'> = {
  'too-large': 'cms.media.tooLarge',
  heic: 'cms.media.heic',
  unsupported: 'cms.media.unsupported',
  unreadable: 'cms.media.unreadable',
};

export function installUploadGuard(uiLocale: Locale) {
  const t = useTranslations(uiLocale);
  const close = t('cms.media.close');
  /** The `change` events this guard fires itself, which it lets through. */
  const replayed = new WeakSet<Event>();

  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || replayed.has(event)) return;
      const file = input.files?.[0];
      if (!file) return;
      event.stopImmediatePropagation();
      void (async () => {
        const working = showNotice(t('cms.media.preparing'), 'info', close);
        const outcome = await preparePhoto(file).catch(() => ({ ok: false as const, reason: 'unreadable' as const }));
        working();
        if (!outcome.ok) {
          input.value = '';
          showNotice(t(refusalKeys[outcome.reason], { name: file.name, size: formatBytes(file.size, t) }), 'error', close);
          return;
        }
        const { photo } = outcome;
        const transfer = new DataTransfer();
        transfer.items.add(photo.file);
        input.files = transfer.files;
        const replay = new Event('change', { bubbles: true });
        replayed.add(replay);
        input.dispatchEvent(replay);
        showNotice(
          t('cms.media.ready', {
            name: photo.file.name,
            size: formatBytes(photo.result.bytes, t),
            width: photo.result.width,
            height: photo.result.height,
            originalSize: formatBytes(photo.original.bytes, t),
            originalWidth: photo.original.width,
            originalHeight: photo.original.height,
          }),
          'success',
          close,
        );
      })();
    },
    true,
  );
}
