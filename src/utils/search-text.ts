/**
 * Text helpers for the search results: Pagefind excerpts as plain text parts (never
 * HTML), highlighting for folded matches, interpolation and plural forms for the
 * strings the page hands to its script. Pure.
 */
import { foldKazakh } from './kazakh';

export interface TextPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Pagefind writes into excerpts. Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A Pagefind excerpt (`text with <mark>words</mark>`) as text parts. Only `<mark>` and
 * `</mark>` are read as markup; anything else, a stray `<img onerror>` included, stays
 * text. The caller builds DOM nodes from the parts, so nothing here reaches innerHTML.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const parts: TextPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push(...(mark ? markedWord(decodeEntities(piece)) : [{ text: decodeEntities(piece), mark }]));
  }
  return merge(parts);
}

/**
 * A word Pagefind marked, which it takes with the punctuation around it (it splits the text on
 * white space only): the mark covers the letters and digits, from the first to the last, and
 * leaves out a full stop, a colon or quotes around them.
 */
function markedWord(text: string): TextPart[] {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text);
  if (!m?.[2]) return [{ text, mark: false }];
  return [
    { text: m[1]!, mark: false },
    { text: m[2], mark: true },
    { text: m[3]!, mark: false },
  ].filter((part) => part.text);
}

/** A word that ends a sentence: . ! ? or …, and any closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…][»“”"'’)\]]*$/u;
/** Pagefind's word boundaries. */
const SPACE = /[\r\n\s]+/;

/**
 * An excerpt with "…" where it cuts a sentence of the text: before it when it starts inside a
 * sentence, after it when it stops inside one (a comma or colon it stops at is dropped). The
 * excerpt is found among the words of `content`, the page's text as Pagefind stores it, which
 * ends at the word `textEnd` (on a Kazakh page, the heading of the folded words); an excerpt
 * that is not found there is returned as it is.
 */
export function withEllipses(parts: TextPart[], content: string, textEnd?: number): TextPart[] {
  const words = content.split(SPACE);
  const cut = parts.map((p) => p.text).join('').trim().split(SPACE);
  const start = words.findIndex((_, i) => cut.every((word, j) => words[i + j] === word));
  if (start < 0 || !cut[0]) return parts;
  const before = words.slice(0, start).filter(Boolean).at(-1);
  const after = words.slice(start + cut.length, textEnd ?? words.length).some(Boolean);
  const out = parts.map((p) => ({ ...p }));
  if (before !== undefined && !SENTENCE_END.test(before)) out.unshift({ text: '…', mark: false });
  if (after && !SENTENCE_END.test(cut.at(-1)!)) {
    const last = out[out.length - 1]!;
    if (last.mark) out.push({ text: '…', mark: false });
    else last.text = `${last.text.trimEnd().replace(/[,;:–—-]+$/u, '')}…`;
  }
  return merge(out);
}

/**
 * Marks the words of a text that start with one of the prefixes, compared without
 * case and without the Kazakh-specific letters: used for results found by a page's
 * folded words, whose own excerpts would be in folded text.
 */
export function highlightPrefixes(text: string, prefixes: readonly string[]): TextPart[] {
  const wanted = prefixes.map((p) => foldKazakh(p.toLowerCase())).filter((p) => p.length > 0);
  const parts: TextPart[] = [];
  for (const piece of text.split(/([\p{L}\p{N}-]+)/u)) {
    if (!piece) continue;
    const key = foldKazakh(piece.toLowerCase());
    parts.push({ text: piece, mark: /[\p{L}\p{N}]/u.test(piece) && wanted.some((p) => key.startsWith(p)) });
  }
  return merge(parts);
}

/** What `resultText` reads of a Pagefind result's data. */
export interface ResultFragment {
  excerpt: string;
  meta: { summary?: string | undefined };
  /** Word positions of the matches. */
  locations?: number[];
  /** Elements with an id, with the word position they start at. */
  anchors?: { id: string; location: number }[];
  /** The page's sections (by heading) that matched, each with its own excerpt. */
  sub_results?: { url: string; excerpt: string; locations: number[] }[];
  /** The page's text as stored, which the excerpts are cut from. */
  content?: string;
}

/**
 * The text under a search result, and whether it was found by the page's folded words.
 * A Kazakh page is indexed with its folded words after its text, from the anchor
 * `foldedAnchor` on (see scripts/search-index.ts). A page matched only there shows its
 * summary with the query's words marked; a page matched in its text shows the excerpt of
 * the section with the most matches in the text, never one from the folded words; any
 * other page shows Pagefind's excerpt. An excerpt that cuts a sentence shows "…" where it does
 * (`withEllipses`), when the page's stored text is given.
 */
export function resultText(fragment: ResultFragment, queryWords: readonly string[], foldedAnchor: string): { parts: TextPart[]; folded: boolean } {
  const start = fragment.anchors?.find((a) => a.id === foldedAnchor)?.location;
  const cut = (parts: TextPart[]) => (fragment.content === undefined ? parts : withEllipses(parts, fragment.content, start));
  // No folded words, or no words searched (filters only): Pagefind's excerpt, from the page's start.
  if (start === undefined || !fragment.locations?.length) return { parts: cut(excerptParts(fragment.excerpt)), folded: false };
  const inText = (s: { locations: number[] }) => s.locations.filter((l) => l < start).length;
  if (!fragment.locations.some((l) => l < start)) {
    return { parts: highlightPrefixes(fragment.meta.summary ?? '', queryWords), folded: true };
  }
  const best = (fragment.sub_results ?? [])
    .filter((s) => !s.url.endsWith(`#${foldedAnchor}`) && inText(s) > 0)
    .reduce<{ excerpt: string; locations: number[] } | undefined>((a, b) => (a && inText(a) >= inText(b) ? a : b), undefined);
  // Pagefind marks what matched in the text; a query word that matched only among the folded
  // words (`казина` for «Қазына») is marked here, so every word of the query shows.
  return { parts: cut(markPrefixes(excerptParts((best ?? fragment).excerpt), queryWords)), folded: false };
}

/** Text parts with the unmarked words that start with one of the prefixes marked too (see `highlightPrefixes`). */
function markPrefixes(parts: TextPart[], prefixes: readonly string[]): TextPart[] {
  return merge(parts.flatMap((part) => (part.mark ? [part] : highlightPrefixes(part.text, prefixes))));
}

function merge(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.mark === part.mark) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** `{{name}}` placeholders, as in the i18next dictionaries. Unknown names stay visible. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The plural form for a count, chosen by `Intl.PluralRules` as i18next does, with the count filled in. */
export function plural(forms: PluralForms, count: number, intlLocale: string, values: Record<string, string | number> = {}): string {
  const rule = new Intl.PluralRules(intlLocale).select(count);
  return interpolate(forms[rule] ?? forms.other, { ...values, count });
}

/** JSON safe to put inside `<script type="application/json">`: no `</script>` or `<!--` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Date patterns for the twelve months, made where `Intl` knows the language (at build
 * time, in Node), because browsers may lack Kazakh date names: Chromium formats a
 * Kazakh date as "2024 M04 19". `format` is the site's own date formatter.
 */
export function monthTemplates(format: (date: Date) => string): string[] {
  return Array.from({ length: 12 }, (_, m) => {
    // Day 28 and year 1999 cannot be confused with each other or with a month number.
    const text = format(new Date(Date.UTC(1999, m, 28, 12)));
    if (!text.includes('1999') || !text.includes('28')) throw new Error(`Cannot find the year and day in "${text}".`);
    return text.replace('1999', '{year}').replace('28', '{day}');
  });
}

/**
 * The patterns of dates known only to the month or the year ("2023 жылғы қыркүйек", "2021 жыл"),
 * made where the language's words are known (at build time): `{year}` to fill in.
 */
export function partialTemplates(format: (year: number, month: number | undefined) => string): { months: string[]; year: string } {
  const template = (text: string) => {
    if (!text.includes('1999')) throw new Error(`Cannot find the year in "${text}".`);
    return text.replace('1999', '{year}');
  };
  return { months: Array.from({ length: 12 }, (_, m) => template(format(1999, m + 1))), year: template(format(1999, undefined)) };
}

/**
 * A date as the search index keeps it, at its precision (`2025-10-25`, `2021-05`, `2021`), through
 * the templates ("2025 ж. 25 қазан", "2021 жылғы мамыр", "2021 жыл"). Other text is returned as is.
 */
export function formatIsoDate(iso: string, templates: readonly string[], partial?: { months: readonly string[]; year: string }): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const template = day ? templates[Number(month) - 1] : month ? partial?.months[Number(month) - 1] : partial?.year;
  if (!template) return iso;
  return template.replace('{year}', year!).replace('{day}', String(Number(day)));
}
