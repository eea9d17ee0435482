/**
 * Language rules for what readers see: the house style of `docs/style.kk.md` and
 * `docs/style.ru.md` that a machine can check. Pure: the caller reads the files and the
 * region entries and passes their text in (the content check's `language` rule set does).
 *
 * Every problem names the file, the line and the fix in plain words.
 */
import { locales, type Locale } from '../i18n/locales';
import type { ContentProblem } from './content-problem';

/** A content file's text, as read from disk. */
export interface ContentText {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The whole file: front matter and body. */
  text: string;
  locale: Locale;
  /** The collection folder the file is in, e.g. `news`. */
  collection: string;
}

/** The official names a file is checked against, in the file's language. */
export interface OfficialNames {
  /** Region names as the region entries write them (their `title` field): the source of truth. */
  regions: readonly string[];
}

/** A stretch of prose on one line of a file, with what is not prose (code, URLs, markup) blanked out. */
interface Prose {
  line: number;
  text: string;
  /** The `title` field of a region entry: the official name itself. */
  isRegionName: boolean;
}

// ---------------------------------------------------------------------------------------
// Reading prose out of a Markdown file with YAML front matter
// ---------------------------------------------------------------------------------------

const blank = (s: string) => ' '.repeat(s.length);

/** Blanks out what is not prose in a line of Markdown: inline code, HTML, link targets, URLs. */
function proseOf(line: string): string {
  return line
    .replace(/`[^`]*`/g, blank)
    .replace(/<!--.*?-->/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/\bhttps?:\/\/\S+/g, blank)
    .replace(/^\s*\[[^\]]+\]:\s.*$/, blank);
}

/** The text of a front-matter value written as a YAML string, without the YAML quotes around it. */
function yamlStringValue(line: string): { key: string | undefined; value: string } | undefined {
  const m = /^(?:\s*-\s+|([\w-]+):\s+|\s+([\w-]+):\s+)(["'])(.*)\3\s*$/.exec(line);
  if (!m) return undefined;
  const quote = m[3]!;
  const raw = m[4]!;
  const value = quote === '"' ? raw.replace(/\\(["\\])/g, '$1') : raw.replace(/''/g, "'");
  return { key: m[1] ?? m[2], value };
}

/** Every line of prose in a file: front-matter text values and the body outside code blocks. */
function proseLines(file: ContentText): Prose[] {
  const lines = file.text.split(/\r?\n/);
  const out: Prose[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
      const value = yamlStringValue(lines[i]!);
      if (value) out.push({ line: i + 1, text: proseOf(value.value), isRegionName: file.collection === 'regions' && value.key === 'title' });
    }
    i++;
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const opens = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opens && opens[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (opens) {
      fence = opens[1]![0]!.repeat(3);
      continue;
    }
    out.push({ line: i + 1, text: proseOf(line), isRegionName: false });
  }
  return out;
}

/** Each language's outer quotation marks. */
const quotePairs: Record<Locale, readonly [open: string, close: string]> = { kk: ['«', '»'], ru: ['«', '»'], en: ['“', '”'] };

/** Whether a position in a line is inside quotation marks: someone else's wording, quoted. */
function insideQuotes(text: string, index: number, locale: Locale): boolean {
  const [open, close] = quotePairs[locale];
  const before = text.slice(0, index);
  return before.split(open).length > before.split(close).length;
}

/** The sentence of a line that holds a position. */
function sentenceAt(text: string, index: number): string {
  const boundary = /[.!?…]\s+(?=[«"„“(]?[\p{Lu}\d])/gu;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index! + m[0].length;
    if (at <= index) start = at;
    else {
      end = m.index! + 1;
      break;
    }
  }
  return text.slice(start, end);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a name that also finds it declined: each long word may change its ending
 * (Министерство → Министерством, министрлігі → министрлігіне), short words are kept as they are.
 */
function declinable(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => (word.length <= 4 ? escape(word) : `${escape(word.slice(0, Math.max(4, word.length - 2)))}\\p{L}*`))
    .join('\\s+');
}

/** Not preceded by a letter or a hyphen: the start of a word. */
const WORD_START = '(?<![\\p{L}-])';

// ---------------------------------------------------------------------------------------
// Rules for content files
// ---------------------------------------------------------------------------------------

/** The languages whose text takes « » quotation marks, and how the fix reads in each. */
const quotationMarks: Partial<Record<Locale, { language: string; example: string }>> = {
  kk: { language: 'Kazakh', example: '«Мың жаса!», and „ “ inside « »' },
  ru: { language: 'Russian', example: '«Мың жаса!», and „ “ inside « »' },
};

/** ASCII quotation marks in Kazakh or Russian text (an apostrophe between two letters is left alone). */
function asciiQuotes(file: ContentText, prose: Prose[]): ContentProblem[] {
  const style = quotationMarks[file.locale];
  if (!style) return [];
  return prose
    .filter((p) => /"|(?<!\p{L})'|'(?!\p{L})/u.test(p.text))
    .map((p) => ({
      file: file.file,
      line: p.line,
      rule: 'ascii-quotes',
      message: `ASCII quotation mark in ${style.language} text. Fix: use « » instead, e.g. ${style.example}.`,
    }));
}

/** Languages in which "2025 ж." is an abbreviation for tables, not for text. */
const abbreviatedYears: Partial<Record<Locale, { pattern: RegExp; fix: string }>> = {
  kk: {
    pattern: /(?<!\d)\d{4}(?:\s*[–-]\s*\d{4})?\s*жж?\./gu,
    fix: 'write the year out: «2025 жылғы 25 қазан», «2025 жылы», «2019–2022 жылдары». The short «2025 ж.» is for cards and lists, where the site writes it itself',
  },
};

function abbreviatedDates(file: ContentText, prose: Prose[]): ContentProblem[] {
  const rule = abbreviatedYears[file.locale];
  if (!rule) return [];
  return prose.flatMap((p) =>
    [...p.text.matchAll(rule.pattern)].slice(0, 1).map((m) => ({
      file: file.file,
      line: p.line,
      rule: 'date-abbreviation',
      message: `Date written with «ж.»: "${m[0]}". Fix: ${rule.fix}.`,
    })),
  );
}

/**
 * The capital's name from 2019 to 2022, as each language writes it, and the words of a sentence
 * that explains it ("then", "was called", "now"…).
 */
const oldCapital: Record<Locale, { name: string; explains: RegExp; fix: string }> = {
  kk: { name: 'Нұр-Сұлтан', explains: /ол кезде|деп атал|бұрынғы|қазіргі/iu, fix: 'write «Астана»; keep the old name only where the sentence explains it, e.g. «Астана (ол кезде — Нұр-Сұлтан)»' },
  ru: { name: 'Нур-Султан', explains: /тогда|назыв|прежн|бывш|ныне|переименов/iu, fix: 'write «Астана»; keep the old name only where the sentence explains it, e.g. «Астана (тогда — Нур-Султан)»' },
  en: { name: 'Nur-Sultan', explains: /\bthen\b|\bcall(?:ed|s)?\b|\bformer|\bnow\b|renamed/iu, fix: 'write "Astana"; keep the old name only where the sentence explains it, e.g. "Astana (then Nur-Sultan)"' },
};
const oldCapitalNames = new RegExp(`(?:${locales.map((l) => escape(oldCapital[l].name)).join('|')})\\p{L}*`, 'gu');

function oldCapitalName(file: ContentText, prose: Prose[]): ContentProblem[] {
  const { explains, fix } = oldCapital[file.locale];
  return prose.flatMap((p) => {
    const unexplained = [...p.text.matchAll(oldCapitalNames)].find((m) => !explains.test(sentenceAt(p.text, m.index!)));
    return unexplained
      ? [{ file: file.file, line: p.line, rule: 'old-capital-name', message: `"${unexplained[0]}" is the capital's name of 2019–2022, used here without saying so. Fix: ${fix}.` }]
      : [];
  });
}

/**
 * The ministries of education, in one list: their official names in each language, when they
 * held them, and forms that are not official names (shortened, or the wrong ministry).
 */
export const ministries = [
  {
    names: { kk: 'Білім және ғылым министрлігі', ru: 'Министерство образования и науки', en: 'Ministry of Education and Science' },
    period: { kk: '2022 жылғы маусымға дейін', ru: 'до июня 2022 года', en: 'until June 2022' },
  },
  {
    names: { kk: 'Оқу-ағарту министрлігі', ru: 'Министерство просвещения', en: 'Ministry of Education' },
    period: { kk: '2022 жылғы маусымнан бері', ru: 'с июня 2022 года', en: 'since June 2022' },
  },
] as const satisfies readonly { names: Record<Locale, string>; period: Record<Locale, string> }[];

/** Ministry names that are not official in each language (the source's wording may be kept in quotation marks). */
const unofficialMinistryNames: Partial<Record<Locale, readonly string[]>> = {
  kk: ['Білім министрлігі', 'Ағарту министрлігі', 'Білім беру министрлігі', 'БҒМ'],
  ru: ['Министерство образования', 'Минобразования', 'МОН РК'],
  en: ['Ministry of Enlightenment', 'Ministry of Science and Education'],
};

/** Kazakh letters, and the Russian letters they are often replaced with. */
const russified: Record<string, readonly string[]> = {
  ә: ['а'], ғ: ['г'], қ: ['к'], ң: ['н'], ө: ['о'], ұ: ['у'], ү: ['у'], һ: ['х'], і: ['и', 'ы'],
  Ә: ['А'], Ғ: ['Г'], Қ: ['К'], Ң: ['Н'], Ө: ['О'], Ұ: ['У'], Ү: ['У'], Һ: ['Х'], І: ['И', 'Ы'],
};

/** Spellings of a word with some or all of its Kazakh letters replaced by Russian ones ("Жетісу" → "Жетысу", "Жетису"). */
function russifiedSpellings(word: string): string[] {
  let spellings = [''];
  for (const ch of word) spellings = spellings.flatMap((s) => [ch, ...(russified[ch] ?? [])].map((c) => s + c));
  return spellings.filter((s) => s !== word);
}

/** In Russian, a region named "область X" is not "X-ская область". */
const adjectivalRegionNames: Partial<Record<Locale, { prefix: string; adjective: string }>> = {
  ru: { prefix: 'область ', adjective: 'ск\\p{L}*\\s+област\\p{L}*' },
};

/** Known wrong region names in a language with the official name they stand for; used only when that name is among the official ones. */
const knownWrongRegionNames: Partial<Record<Locale, readonly (readonly [wrong: string, right: string])[]>> = {
  en: [
    ['Zhetisu', 'Zhetysu Region'],
    ['Jetisu', 'Zhetysu Region'],
    ['Abay Region', 'Abai Region'],
    ['Ulutau', 'Ulytau Region'],
  ],
};

interface NameCheck {
  pattern: RegExp;
  message: (found: string) => string;
}

/** The checks of official names for a language, derived from the region names given and the ministries list. */
function nameChecks(locale: Locale, names: OfficialNames): NameCheck[] {
  const checks: NameCheck[] = [];
  const regionSet = new Set(names.regions);
  for (const official of names.regions) {
    const fix = `Fix: write «${official}», as on the region's own page.`;
    for (const word of official.split(/\s+/).filter((w) => [...w].some((ch) => ch in russified))) {
      for (const spelling of russifiedSpellings(word)) {
        checks.push({ pattern: new RegExp(`${WORD_START}${escape(spelling)}\\p{L}*`, 'gu'), message: (found) => `"${found}" is not the official spelling of the region. ${fix}` });
      }
    }
    const shape = adjectivalRegionNames[locale];
    if (shape && official.startsWith(shape.prefix)) {
      const stem = official.slice(shape.prefix.length);
      const stems = [stem, ...russifiedSpellings(stem)].map(escape).join('|');
      checks.push({ pattern: new RegExp(`${WORD_START}(?:${stems})${shape.adjective}`, 'gu'), message: (found) => `"${found}" is not the region's official name. ${fix}` });
    }
  }
  for (const [wrong, right] of knownWrongRegionNames[locale] ?? []) {
    if (regionSet.has(right)) {
      checks.push({ pattern: new RegExp(`${WORD_START}${escape(wrong)}\\p{L}*`, 'gu'), message: (found) => `"${found}" is not the region's official name. Fix: write "${right}", as on the region's own page.` });
    }
  }
  const officialMinistries = ministries.map((m) => `«${m.names[locale]}» (${m.period[locale]})`).join(' or ');
  for (const wrong of unofficialMinistryNames[locale] ?? []) {
    checks.push({
      pattern: new RegExp(`${WORD_START}${declinable(wrong)}(?!\\p{L})`, 'gu'),
      message: (found) => `"${found}" is not an official ministry name. Fix: write ${officialMinistries}; to keep a source's own wording, put it in quotation marks.`,
    });
  }
  return checks;
}

/** Where official ministry names stand in a line: a shorter unofficial form inside one of them is not a problem. */
function officialSpans(text: string, locale: Locale): [number, number][] {
  const official = new RegExp(ministries.map((m) => `${WORD_START}${declinable(m.names[locale])}`).join('|'), 'gu');
  return [...text.matchAll(official)].map((m) => [m.index!, m.index! + m[0].length]);
}

function officialNames(file: ContentText, prose: Prose[], names: OfficialNames): ContentProblem[] {
  const checks = nameChecks(file.locale, names);
  return prose.flatMap((p) => {
    if (p.isRegionName) return [];
    const spans = officialSpans(p.text, file.locale);
    const found = checks.flatMap((check) =>
      [...p.text.matchAll(check.pattern)]
        .filter((m) => !insideQuotes(p.text, m.index!, file.locale) && !spans.some(([a, b]) => m.index! >= a && m.index! < b))
        .map((m) => ({ index: m.index!, message: check.message(m[0]) })),
    );
    const first = found.sort((a, b) => a.index - b.index)[0];
    return first ? [{ file: file.file, line: p.line, rule: 'official-name', message: first.message }] : [];
  });
}

/** The language problems of one content file, in line order. */
export function languageProblems(file: ContentText, names: OfficialNames): ContentProblem[] {
  const prose = proseLines(file);
  return [...asciiQuotes(file, prose), ...abbreviatedDates(file, prose), ...oldCapitalName(file, prose), ...officialNames(file, prose, names)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule),
  );
}

// ---------------------------------------------------------------------------------------
// The UI dictionaries
// ---------------------------------------------------------------------------------------

/** A UI dictionary file: its language, path, text (for line numbers) and values. */
export interface DictionaryText {
  locale: Locale;
  file: string;
  text: string;
  values: Readonly<Record<string, string>>;
}

/**
 * Strings that are rightly the same in two or more languages, each with the reason. Anything else
 * that reads the same in two languages was left untranslated.
 */
export const sameInLanguages: readonly { key: string; locales: readonly Locale[]; reason: string }[] = [
  { key: 'site.name', locales: ['kk', 'ru'], reason: 'the site’s name is the Kazakh word «Ұлағат» on the Kazakh and Russian pages alike' },
  { key: 'events.attendance.online', locales: ['kk', 'ru'], reason: 'Kazakh and Russian both write «Онлайн»' },
  { key: 'cms.media.megabytes', locales: ['kk', 'ru'], reason: 'Kazakh and Russian both abbreviate megabytes «МБ»' },
  { key: 'cms.media.kilobytes', locales: ['kk', 'ru'], reason: 'Kazakh and Russian both abbreviate kilobytes «КБ»' },
];

/** The 1-based line of a key in a dictionary file, if it is written there as `'key':`. */
function lineOfKey(text: string, key: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(`'${key}':`));
  return index < 0 ? undefined : index + 1;
}

/** A value that reads the same as another language's value: a string left untranslated. */
export function dictionaryProblems(dictionaries: readonly DictionaryText[]): ContentProblem[] {
  const ordered = [...dictionaries].sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
  const problems: ContentProblem[] = [];
  for (const [i, later] of ordered.entries()) {
    for (const [key, value] of Object.entries(later.values)) {
      if (!/\p{L}/u.test(value.replace(/\{\{\w+\}\}/g, ''))) continue;
      const earlier = ordered.slice(0, i).find((d) => d.values[key]?.trim() === value.trim());
      if (!earlier) continue;
      const agreed = sameInLanguages.some((s) => s.key === key && s.locales.includes(earlier.locale) && s.locales.includes(later.locale));
      if (agreed) continue;
      const lineAt = (d: DictionaryText) => {
        const line = lineOfKey(d.text, key);
        return line ? `:${line}` : '';
      };
      const line = lineOfKey(later.text, key);
      problems.push({
        file: later.file,
        ...(line ? { line } : {}),
        rule: 'untranslated',
        message: `"${key}" reads the same here as in ${earlier.file}${lineAt(earlier)} ("${value}"): one of them was left untranslated. Fix: write each in its own language; if it is a name or a word both languages share, add it to sameInLanguages in src/utils/language-rules.ts with the reason.`,
      });
    }
  }
  return problems;
}
