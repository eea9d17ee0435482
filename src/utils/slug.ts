/**
 * ASCII slugs from titles in Kazakh, Russian or English: the file name of an entry,
 * shared by every language and never changed after the entry is created.
 */

/** Kazakh Cyrillic letters beyond the Russian alphabet, then the Russian alphabet. */
const CYRILLIC: Record<string, string> = {
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh Latin letters that do not decompose into a base letter and a mark.
  ı: 'i',
};

/** Apostrophes and soft signs join a word rather than split it: "Қазақстан'ға" → "qazaqstanga". */
const JOINERS = /['’ʼ`]/g;

/** An ASCII slug: lowercase letters, digits and single hyphens. Entry file names must be one. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_SLUG_LENGTH = 80;

/**
 * Transliterates text to a slug of `a-z`, `0-9` and single hyphens: Kazakh-aware
 * (ә→a, ғ→g, қ→q, ң→n, ө→o, ұ→u, ү→u, һ→h, і→i), Russian letters by the usual
 * English-readable scheme (ж→zh, х→kh, ц→ts, ш→sh, щ→shch, ю→yu, я→ya), accents
 * removed from Latin letters. Cut at a word boundary to at most `maxLength` characters.
 * Returns "" when nothing transliterable is left.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const letters = [...text.toLowerCase().replace(JOINERS, '')]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = letters.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * The file name for a new entry: the slug of its title, or, when the title has nothing
 * transliterable (only emoji or punctuation), `entry-` and the creation time.
 */
export function entrySlug(title: string, now: Date = new Date()): string {
  const slug = slugify(title);
  if (slug) return slug;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 12);
  return `entry-${stamp}`;
}
