/**
 * Kazakh text helpers for search: a light suffix stemmer, the 2021 Latin alphabet
 * to Cyrillic, and a folding that drops the letters Russian keyboards lack.
 * Pure functions; the search page and the index builder share them.
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

// ---------------------------------------------------------------------------
// Stemmer

/**
 * Suffixes, outermost group first. Each group is stripped at most once, longest match first.
 * `afterPossessive` suffixes follow only the 3rd-person possessive (-ы/-і), as in
 * облыс-ы-на, аудан-ы-нда: elsewhere the same letters belong to the root (Астана).
 */
interface SuffixGroup {
  name: string;
  suffixes: string[];
  afterPossessive?: string[];
  /** Letters the stem must keep after this group is removed. */
  minStem: number;
}

const GROUPS: SuffixGroup[] = [
  {
    name: 'case',
    suffixes: [
      // locative-attributive: Жетісу-дегі, сарай-ындағы
      'дағы', 'дегі', 'тағы', 'тегі',
      // instrumental
      'менен', 'бенен', 'пенен', 'мен', 'бен', 'пен',
      // ablative
      'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
      // genitive
      'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
      // locative
      'да', 'де', 'та', 'те',
      // dative
      'ға', 'ге', 'қа', 'ке',
      // accusative
      'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
    ],
    afterPossessive: ['ндағы', 'ндегі', 'нда', 'нде', 'на', 'не', 'н'],
    minStem: 3,
  },
  {
    name: 'possessive',
    suffixes: ['ымыз', 'іміз', 'ыңыз', 'іңіз', 'мыз', 'міз', 'ңыз', 'ңіз', 'ым', 'ім', 'ың', 'ің', 'сы', 'сі', 'ы', 'і'],
    minStem: 3,
  },
  { name: 'plural', suffixes: ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'], minStem: 2 },
];

/** Extra letters a stem must keep when the stripped possessive is a 1st/2nd person one (білім stays білім). */
const SHORT_POSSESSIVE = new Set(['ым', 'ім', 'ың', 'ің']);

const VOWELS = /[аәеиоөұүыіэюяу]/;
/**
 * Final consonants that alternate before a vowel (мектеп → мектебі, тілек → тілегі,
 * министрлік → министрлігі), and the voiced letters mapped back to the dictionary form.
 */
const ALTERNATING = 'пбкгқғ';
const DEVOICE: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

interface Table {
  groups: SuffixGroup[];
  possessiveVowels: string;
  shortPossessive: Set<string>;
  alternating: RegExp;
  devoice: Record<string, string>;
}

const sortLongestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

function makeTable(map: (s: string) => string): Table {
  return {
    groups: GROUPS.map((g) => ({
      ...g,
      suffixes: sortLongestFirst(g.suffixes.map(map)),
      ...(g.afterPossessive ? { afterPossessive: sortLongestFirst(g.afterPossessive.map(map)) } : {}),
    })),
    possessiveVowels: map('ыі'),
    shortPossessive: new Set([...SHORT_POSSESSIVE].map(map)),
    alternating: new RegExp(`[${[...new Set(map(ALTERNATING))].join('')}]$`),
    devoice: Object.fromEntries(Object.entries(DEVOICE).map(([k, v]) => [map(k), map(v)])),
  };
}

const TABLE = makeTable((s) => s);
const FOLDED_TABLE = makeTable(foldKazakh);

const hasVowel = (s: string) => VOWELS.test(s);

/**
 * A light Kazakh stemmer for queries: strips one case ending, one possessive and one
 * plural suffix, outermost first (`мұғалімдерге` → `мұғалім`, `мектептеріндегі` →
 * `мектеп`), then copes with the consonant that alternates before a vowel
 * (`министрлігіне` → `министрлі`, matching both министрлік and министрлігі).
 *
 * The result is meant as a prefix: Pagefind matches every indexed word that starts
 * with it, so cutting a letter too many still finds the entry, while a stem that is
 * not a prefix of the text's forms would miss it. Stems keep at least three letters
 * and a vowel. With `folded`, the word and the suffixes are compared without the
 * Kazakh-specific letters (for queries typed on a Russian keyboard).
 */
export function stemKazakh(word: string, { folded = false } = {}): string {
  const table = folded ? FOLDED_TABLE : TABLE;
  const original = word.toLowerCase().replace(/ь$/, '');
  let w = original;
  let strippedVowelSuffix = false;
  for (const group of table.groups) {
    const cut = findSuffix(w, group, table);
    if (cut) {
      w = w.slice(0, w.length - cut.length);
      strippedVowelSuffix = hasVowel(cut[0]!) || strippedVowelSuffix;
    }
  }
  // анcамбль → ансамблі: the soft sign drops before a suffix, so drop it from the prefix too.
  w = w.replace(/ь$/, '');
  if (table.alternating.test(w)) {
    if (w.length >= 6) {
      // Long stems: cut the alternating consonant, so both forms match as a prefix.
      w = w.slice(0, -1);
    } else if (strippedVowelSuffix || /[бгғ]$/.test(w)) {
      // Short stems: restore the dictionary form (кітаб(ы) → кітап) rather than risk a two-letter prefix.
      const last = w[w.length - 1]!;
      w = w.slice(0, -1) + (table.devoice[last] ?? last);
    }
  }
  return w.length >= 3 && hasVowel(w) ? w : original;
}

function findSuffix(w: string, group: SuffixGroup, table: Table): string | undefined {
  const fits = (suffix: string) => {
    if (!w.endsWith(suffix)) return false;
    const stem = w.slice(0, w.length - suffix.length);
    const min = group.minStem + (group.name === 'possessive' && table.shortPossessive.has(suffix) ? 1 : 0);
    return stem.length >= min && hasVowel(stem);
  };
  const afterPossessive = (group.afterPossessive ?? []).filter(
    (s) => fits(s) && table.possessiveVowels.includes(w[w.length - s.length - 1] ?? ''),
  );
  // The longest ending that fits wins: облысының is облыс-ы-ның, not облыс-ы-ны-ң.
  return [...afterPossessive, ...group.suffixes.filter(fits)].sort((a, b) => b.length - a.length)[0];
}

/** Words of a query as Pagefind splits them: on spaces and punctuation, keeping hyphens inside words. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/[\s«»"“”„‘’'.,;:!?()[\]{}…/\\|]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/**
 * Every word of a query stemmed; words with digits or Latin letters are kept as typed.
 * Hyphenated words are stemmed on their last part (`іс-шараларға` → `іс-шара`).
 */
export function stemQuery(query: string, { folded = false } = {}): string {
  return queryWords(query)
    .map((word) => {
      const lower = word.toLowerCase();
      if (/[0-9]/.test(lower) || hasLatin(lower)) return lower;
      const dash = lower.lastIndexOf('-');
      return dash > 0 ? lower.slice(0, dash + 1) + stemKazakh(lower.slice(dash + 1), { folded }) : stemKazakh(lower, { folded });
    })
    .join(' ');
}
