/**
 * Writes a synthetic trilingual content tree for the search benchmark: the seed content,
 * plus `perLocale` generated entries in each of kk, ru and en (80 % news, 20 % events),
 * with text drawn from the seed's own words in that language, Kazakh words inflected,
 * and one invented name per entry so the vocabulary grows with the site as real news does.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../src/i18n/locales.ts';

/** A small deterministic PRNG (mulberry32), so every run generates the same site. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KK_ENDINGS = ['', '', '', 'лар', 'дың', 'ға', 'да', 'дан', 'ды', 'мен', 'ы', 'лары', 'ларға', 'лардың', 'дағы'];
const SYLLABLES = ['ба', 'қа', 'са', 'жан', 'бек', 'нұр', 'ай', 'гүл', 'тал', 'ер', 'мар', 'дос', 'ат', 'ке', 'лі', 'ра', 'ғы', 'сұл', 'тан', 'әл'];
const LATIN = { а: 'a', қ: 'q', с: 's', ж: 'zh', н: 'n', б: 'b', е: 'e', к: 'k', ұ: 'u', р: 'r', й: 'i', г: 'g', ү: 'u', л: 'l', т: 't', і: 'i', м: 'm', д: 'd', о: 'o', ғ: 'g', ы: 'y', ә: 'a', ш: 'sh' } as Record<string, string>;

function vocabulary(contentDir: string, locale: Locale): string[] {
  const words: string[] = [];
  for (const collection of ['news', 'master-classes', 'projects', 'regions', 'pages']) {
    const dir = join(contentDir, collection, locale);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?---/, '');
      words.push(...(text.match(/[\p{L}][\p{L}-]*/gu) ?? []).filter((w) => w.length > 1));
    }
  }
  return words; // with repeats: sampling follows the seed's word frequencies
}

export function generateContent(
  targetDir: string,
  perLocale: number,
  seedContent = 'content',
  options: { covers?: readonly string[] } = {},
): { entries: number } {
  cpSync(seedContent, targetDir, { recursive: true });
  const covers = options.covers ?? [];
  const rnd = random(4242);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const regions = readdirSync(join(seedContent, 'regions', 'ru')).map((f) => f.replace(/\.md$/, ''));
  const projects = readdirSync(join(seedContent, 'projects', 'ru')).map((f) => f.replace(/\.md$/, ''));
  const vocab = Object.fromEntries(locales.map((l) => [l, vocabulary(seedContent, l)])) as Record<Locale, string[]>;

  const name = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
  const words = (locale: Locale, n: number, extra: string) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      let w = pick(vocab[locale]).toLowerCase();
      if (locale === 'kk' && rnd() < 0.3) w += pick(KK_ENDINGS);
      out.push(w);
    }
    out.splice(Math.floor(rnd() * out.length), 0, extra);
    return out;
  };
  const sentence = (ws: string[]) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  const q = (s: string) => JSON.stringify(s);

  for (const collection of ['news', 'master-classes']) for (const l of locales) mkdirSync(join(targetDir, collection, l), { recursive: true });
  for (let i = 0; i < perLocale; i++) {
    const isEvent = i % 5 === 4;
    const slug = `generated-${isEvent ? 'event' : 'news'}-${String(i).padStart(5, '0')}`;
    const year = 2019 + Math.floor(rnd() * 8);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const region = rnd() < 0.7 ? pick(regions) : undefined;
    const project = rnd() < 0.5 ? pick(projects) : undefined;
    const person = name();
    for (const l of locales) {
      const who = l === 'kk' ? person : l === 'ru' ? person : [...person].map((c) => LATIN[c] ?? c).join('');
      const title = sentence(words(l, 6 + Math.floor(rnd() * 5), who)).slice(0, 130);
      const summary = sentence(words(l, 18 + Math.floor(rnd() * 10), who)).slice(0, 290);
      const paragraphs = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () =>
        Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(words(l, 8 + Math.floor(rnd() * 12), pick(vocab[l])))).join(' '),
      );
      const cover = covers.length && i % 5 < 2 ? covers[i % covers.length] : undefined;
      const refs = `${region ? `region: ${q(region)}\n` : ''}${project ? `project: ${q(project)}\n` : ''}${cover ? `cover: ${q(`../../media/${cover}`)}\ncoverAlt: ${q(sentence(words(l, 6, who)).slice(0, 200))}\n` : ''}`;
      const front = isEvent
        ? `title: ${q(title)}\nsummary: ${q(summary)}\nstart: "${year}-${month}-${day}T10:00"\nend: "${year}-${month}-${day}T12:00"\nvenue: ${q(sentence(words(l, 3, who)).slice(0, 150))}\norganiser: ${q(sentence(words(l, 3, who)).slice(0, 190))}\n${refs}`
        : `title: ${q(title)}\ndate: ${year}-${month}-${day}\nsummary: ${q(summary)}\n${refs}`;
      writeFileSync(join(targetDir, isEvent ? 'master-classes' : 'news', l, `${slug}.md`), `---\n${front}---\n${paragraphs.join('\n\n')}\n`);
    }
  }
  return { entries: perLocale };
}
