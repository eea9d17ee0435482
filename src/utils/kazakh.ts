/**
 * Kazakh text helpers for search: the 2021 Latin alphabet to Cyrillic, a folding that
 * drops the letters Russian keyboards lack, and the words of a query. The stemmer is in
 * `kazakh-stem.ts`. Pure functions; the search page and the index builder share them.
 */

/**
 * Kazakh-specific letters (and ё) → the letter people type when they lack them, one
 * letter for one letter. ы joins і and и, because Latin spellings write all three as
 * `y` or `i` (Zhetysu for Жетісу, Qyzylorda for Қызылорда).
 */
const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ы: 'и',
  ё: 'е',
};
const FOLD_ALL: Record<string, string> = {
  ...FOLD,
  ...Object.fromEntries(Object.entries(FOLD).map(([k, v]) => [k.toUpperCase(), v.toUpperCase()])),
  // The Latin look-alikes that turn up in Kazakh text typed on other keyboards.
  i: 'и',
  I: 'И',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD_ALL).join('')}]`, 'g');

/**
 * `мұғалімдерге` → `мугалимдерге`: what the word looks like typed without the
 * Kazakh letters. Letter for letter, so word positions and lengths are kept.
 * Only Cyrillic-adjacent letters change: a Latin `i` inside a Latin word is kept.
 */
export function foldKazakh(text: string): string {
  return text.replace(FOLD_RE, (ch, offset: number, whole: string) => {
    if (ch === 'i' || ch === 'I') {
      // Only the Latin i standing in for і in a Cyrillic word (e.g. "мектебi").
      const near = whole.slice(Math.max(0, offset - 1), offset + 2);
      return /[а-яёәғқңөұүһі]/i.test(near) ? FOLD_ALL[ch]! : ch;
    }
    return FOLD_ALL[ch]!;
  });
}

// ---------------------------------------------------------------------------
// Latin → Cyrillic

/** The 2021 Kazakh Latin alphabet, letter by letter. `i` and `h` are decided in context below. */
const LATIN_2021: Record<string, string> = {
  a: 'а',
  ä: 'ә',
  b: 'б',
  c: 'с',
  ç: 'ч',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'ғ',
  h: 'х',
  ı: 'і',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  ŋ: 'ң',
  o: 'о',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'ұ',
  ü: 'ү',
  v: 'в',
  w: 'у',
  x: 'х',
  y: 'ы',
  z: 'з',
};
const CYRILLIC_VOWELS = 'аәеиоөұүыіэюяу';

/** True when the text holds Latin letters (including the 2021 alphabet's own). */
export function hasLatin(text: string): boolean {
  return /[a-zäçğıñŋöşūü]/i.test(text);
}

/**
 * Kazakh written in the 2021 Latin alphabet → Cyrillic: `mūğalım` → `мұғалім`,
 * `Jetısu` → `Жетісу`. With `informal`, the digraphs of older spellings are read too:
 * `zh` → ж, `sh` → ш, `ch` → ч (`Zhetysu` → `Жетысу`). Other characters are kept.
 */
export function latinToCyrillic(text: string, { informal = false } = {}): string {
  // NFC joins letters typed with combining marks; the dotted capital İ lowercases to i + U+0307.
  let s = text.normalize('NFC').toLowerCase().replace(/\u0307/g, '');
  if (informal) s = s.replace(/zh/g, 'ж').replace(/sh/g, 'ш').replace(/ch/g, 'ч');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === 'i') {
      // и after a consonant or at a word start, й after a vowel (qalaiyn → қалайын, üiıne → үйіне).
      const prev = out[out.length - 1];
      out += prev && CYRILLIC_VOWELS.includes(prev) ? 'й' : 'и';
      continue;
    }
    out += LATIN_2021[ch] ?? ch;
  }
  return out;
}

/** Words of a query as Pagefind splits them: on spaces and punctuation, keeping hyphens inside words. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/[\s«»"“”„‘’'.,;:!?()[\]{}…/\\|]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}
