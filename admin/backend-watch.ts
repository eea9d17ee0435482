/**
 * Failures Decap does not show. When it reopens an entry, Decap reads each language's file
 * separately and drops, without a word, a language whose file it could not read: the entry
 * then opens with that language empty, and saving it would write the emptiness. This watches
 * the answers of the local backend (`npm run cms`) for the requests whose failures Decap hides,
 * and tells the editor, in the interface language, not to save. Saves of entries that fail Decap
 * reports itself, with the backend's message (which the local backend writes in the interface
 * language); for media it does so in English only, so the message is shown here as well.
 */
import type { Locale } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/ui';
import { showNotice } from './notice';

const LOCAL_BACKEND = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/api\/v1(?:\?|$)/;
/** Reads whose failure Decap swallows (`.catch(() => null)` and the like). */
const HIDDEN_FAILURES = new Set(['unpublishedEntryDataFile', 'unpublishedEntryMediaFile', 'entriesByFiles', 'getEntry', 'getMedia', 'getMediaFile']);
/** Writes whose failure Decap reports only in English ("Failed to persist media: …"). */
const ENGLISH_FAILURES = new Set(['persistMedia', 'deleteFile', 'deleteFiles']);

function actionOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const request: unknown = JSON.parse(body);
    const action: unknown = typeof request === 'object' && request !== null ? Reflect.get(request, 'action') : undefined;
    return typeof action === 'string' ? action : undefined;
  } catch {
    return undefined;
  }
}

export function watchLocalBackend(uiLocale: Locale) {
  const t = useTranslations(uiLocale);
  const fetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const action = actionOf(init?.body);
    if (!response.ok && LOCAL_BACKEND.test(url) && action && (HIDDEN_FAILURES.has(action) || ENGLISH_FAILURES.has(action))) {
      const answer: unknown = await response.clone().json().catch(() => undefined);
      const error: unknown = typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'error') : undefined;
      const details = typeof error === 'string' ? error : `${action}: HTTP ${response.status}`;
      showNotice(HIDDEN_FAILURES.has(action) ? t('cms.error.loadFailed', { details }) : details, 'error', t('cms.media.close'));
    }
    return response;
  };
}
