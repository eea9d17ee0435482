/**
 * Failures Decap does not show. When it reopens an entry, Decap reads each language's file
 * separately and drops, without a word, a language whose file it could not read: the entry
 * then opens with that language empty, and saving it would write the emptiness. This watches
 * the answers of the local backend (`npm run cms`) for the requests whose failures Decap hides,
 * and tells the editor, in the interface language, not to save. (Saves that fail Decap reports
 * itself, with the backend's message, which the local backend writes in the same language.)
 */
import type { Locale } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/ui';
import { showNotice } from './notice';

const LOCAL_BACKEND = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/api\/v1(?:\?|$)/;
/** Reads whose failure Decap swallows (`.catch(() => null)` and the like). */
const HIDDEN_FAILURES = new Set(['unpublishedEntryDataFile', 'unpublishedEntryMediaFile', 'entriesByFiles', 'getEntry', 'getMedia', 'getMediaFile']);

function actionOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const action = (JSON.parse(body) as { action?: unknown }).action;
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
    if (!response.ok && LOCAL_BACKEND.test(url) && action && HIDDEN_FAILURES.has(action)) {
      const answer = (await response.clone().json().catch(() => ({}))) as { error?: unknown };
      const details = typeof answer.error === 'string' ? answer.error : `${action}: HTTP ${response.status}`;
      showNotice(t('cms.error.loadFailed', { details }), 'error', t('cms.media.close'));
    }
    return response;
  };
}
