/**
 * Reader display preferences (theme, low-vision mode), kept in localStorage and
 * applied as attributes on <html> before the first paint.
 */
export const PREFS_KEY = 'ulagat-display';

export interface DisplayPrefs {
  /** Pinned colour theme; absent = follow the system. */
  theme?: 'light' | 'dark';
  /** Low-vision mode: black on white or white on black; absent = off. */
  vision?: 'bw' | 'wb';
  /** Hide pictures in low-vision mode. */
  hideImages?: boolean;
}

/** Reads stored preferences, ignoring anything malformed. */
export function parsePrefs(raw: string | null | undefined): DisplayPrefs {
  try {
    const v = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    const out: DisplayPrefs = {};
    if (v.theme === 'light' || v.theme === 'dark') out.theme = v.theme;
    if (v.vision === 'bw' || v.vision === 'wb') out.vision = v.vision;
    if (v.hideImages === true && out.vision) out.hideImages = true;
    return out;
  } catch {
    return {};
  }
}

/** The attributes on <html> for a set of preferences (`undefined` = remove). */
export function prefsAttributes(p: DisplayPrefs): Record<'data-theme' | 'data-vision' | 'data-vision-images', string | undefined> {
  return {
    'data-theme': p.theme,
    'data-vision': p.vision,
    'data-vision-images': p.vision && p.hideImages ? 'hidden' : undefined,
  };
}

/**
 * The inline script for <head>: applies stored preferences before paint, so there is no flash.
 * Self-contained (it runs before any module); it mirrors parsePrefs/prefsAttributes, and a
 * browser test checks the two agree.
 */
export const prefsBootScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var p=JSON.parse(localStorage.getItem('${PREFS_KEY}')||'{}');if(p.theme==='light'||p.theme==='dark')d.setAttribute('data-theme',p.theme);if(p.vision==='bw'||p.vision==='wb'){d.setAttribute('data-vision',p.vision);if(p.hideImages===true)d.setAttribute('data-vision-images','hidden')}}catch(e){}})();`;
