/**
 * The display toggles (dark theme, the version for the visually impaired and its options):
 * every `button[data-pref]` on the page, wherever it sits (the header's strip, the phone menu,
 * the low-vision panel). A click updates the stored preferences, the attributes on <html>
 * and the pressed state of every button; the boot script in <head> applies them on the next
 * page before the first paint.
 */
import { PREFS_KEY, parsePrefs, prefsAttributes, type DisplayPrefs } from '../utils/preferences';

const root = document.documentElement;

function load(): DisplayPrefs {
  try {
    return parsePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    return {};
  }
}

const darkNow = (p: DisplayPrefs) => p.theme === 'dark' || (!p.theme && matchMedia('(prefers-color-scheme: dark)').matches);

/** Whether each kind of button shows as pressed for these preferences. */
function pressedStates(p: DisplayPrefs): Record<string, boolean> {
  return {
    theme: darkNow(p),
    vision: Boolean(p.vision),
    'vision-bw': p.vision === 'bw',
    'vision-wb': p.vision === 'wb',
    images: Boolean(p.hideImages),
  };
}

function apply(p: DisplayPrefs) {
  for (const [name, value] of Object.entries(prefsAttributes(p))) {
    if (value === undefined) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  const pressed = pressedStates(p);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-pref]')) {
    const state = pressed[button.dataset.pref ?? ''];
    if (state !== undefined) button.setAttribute('aria-pressed', String(state));
  }
}

function save(p: DisplayPrefs) {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(p));
  } catch {
    /* storage may be disabled: the choice lasts for this page only */
  }
  apply(p);
}

/** The preferences after a click on the button named `pref`. */
function next(p: DisplayPrefs, pref: string | undefined): DisplayPrefs {
  switch (pref) {
    case 'theme':
      p.theme = darkNow(p) ? 'light' : 'dark';
      break;
    case 'vision':
      if (p.vision) delete p.vision;
      else p.vision = 'bw';
      break;
    case 'vision-bw':
      p.vision = 'bw';
      break;
    case 'vision-wb':
      p.vision = 'wb';
      break;
    case 'images':
      p.hideImages = !p.hideImages;
      break;
    case 'vision-off':
      delete p.vision;
      delete p.hideImages;
      break;
  }
  if (!p.vision) delete p.hideImages;
  return p;
}

document.addEventListener('click', (event) => {
  const target = event.target;
  const button = target instanceof Element ? target.closest<HTMLButtonElement>('button[data-pref]') : null;
  if (button) save(next(load(), button.dataset.pref));
});
apply(load());
