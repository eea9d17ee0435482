import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/index';
import type { Locale } from '../../src/i18n/locales';
import { dictionaryProblems, languageProblems, sameInLanguages } from '../../src/utils/language-rules';
import en from '../fixtures/language/ui/en';
import kk from '../fixtures/language/ui/kk';
import ru from '../fixtures/language/ui/ru';
import { root } from '../helpers/paths';

const folder = 'test/fixtures/language/content';
/** What the content check's language rules find in the fixture folder. */
const found = (await checkContent({ root: join(root, folder) })).find((step) => step.name === 'rules')!.problems;
const inFile = (file: string) => found.filter((p) => p.file === `${folder}/${file}`);

describe('language rules on content files', () => {
  it('find ASCII quotation marks in Kazakh text, but not in code, link targets, HTML attributes, words or front-matter syntax', () => {
    expect(inFile('news/kk/ascii-quotes.md')).toEqual([
      {
        file: `${folder}/news/kk/ascii-quotes.md`,
        line: 8,
        rule: 'ascii-quotes',
        message: 'ASCII quotation mark in Kazakh text. Fix: use « » instead, e.g. «Мың жаса!», and „ “ inside « ».',
      },
    ]);
  });

  it('find a Kazakh date written with «ж.», and leave «2025 жылғы 25 қазан» alone', () => {
    expect(inFile('news/kk/date-abbreviation.md')).toEqual([
      {
        file: `${folder}/news/kk/date-abbreviation.md`,
        line: 8,
        rule: 'date-abbreviation',
        message:
          'Date written with «ж.»: "2026 ж.". Fix: write the year out: «2025 жылғы 25 қазан», «2025 жылы», «2019–2022 жылдары». The short «2025 ж.» is for cards and lists, where the site writes it itself.',
      },
    ]);
  });

  it('find the capital’s old name outside a sentence that explains it', () => {
    expect(inFile('news/ru/old-capital.md')).toEqual([
      {
        file: `${folder}/news/ru/old-capital.md`,
        line: 8,
        rule: 'old-capital-name',
        message:
          '"Нур-Султане" is the capital\'s name of 2019–2022, used here without saying so. Fix: write «Астана»; keep the old name only where the sentence explains it, e.g. «Астана (тогда — Нур-Султан)».',
      },
    ]);
  });

  it('find characters the site\'s fonts leave out, on their line', () => {
    expect(inFile('news/ru/outside-fonts.md')).toEqual([
      {
        file: `${folder}/news/ru/outside-fonts.md`,
        line: 8,
        rule: 'characters',
        message:
          '"🎉" (U+1F389) is not in the site\'s fonts, so readers would see it in another typeface. Fix: write it with the letters and signs the site uses, or ask a developer to add its range to src/styles/fonts.ts.',
      },
    ]);
  });

  it('find region and ministry names that are not official, taking the region names from the region entries', () => {
    expect(inFile('news/ru/official-names.md')).toEqual([
      {
        file: `${folder}/news/ru/official-names.md`,
        line: 8,
        rule: 'official-name',
        message: '"Жетысу" is not the official spelling of the region. Fix: write «область Жетісу», as on the region\'s own page.',
      },
      {
        file: `${folder}/news/ru/official-names.md`,
        line: 10,
        rule: 'official-name',
        message: '"Абайской области" is not the region\'s official name. Fix: write «область Абай», as on the region\'s own page.',
      },
      {
        file: `${folder}/news/ru/official-names.md`,
        line: 12,
        rule: 'official-name',
        message:
          '"Министерство образования" is not an official ministry name. Fix: write «Министерство образования и науки» (до июня 2022 года) or «Министерство просвещения» (с июня 2022 года); to keep a source\'s own wording, put it in quotation marks.',
      },
    ]);
  });

  it('find nothing in the region entries, whose names are the official ones', () => {
    expect(found.filter((p) => p.file.includes('/regions/'))).toEqual([]);
  });

  it('check region names only against the names they are given', () => {
    const file = { file: 'x.md', text: '---\ntitle: "x"\n---\nВ школах Жетысу работают менторы.\n', locale: 'ru' as Locale, collection: 'news' };
    expect(languageProblems(file, { regions: [] })).toEqual([]);
    expect(languageProblems(file, { regions: ['область Жетісу'] }).map((p) => p.line)).toEqual([4]);
  });
});

describe('language rules on the UI dictionaries', () => {
  const dictionary = (locale: Locale, values: Record<string, string>) => {
    const file = `test/fixtures/language/ui/${locale}.ts`;
    return { locale, file, text: readFileSync(join(root, file), 'utf8'), values };
  };

  it('find a string that reads the same in two languages, except the agreed ones', () => {
    expect(dictionaryProblems([dictionary('en', en), dictionary('kk', kk), dictionary('ru', ru)])).toEqual([
      {
        file: 'test/fixtures/language/ui/ru.ts',
        line: 5,
        rule: 'untranslated',
        message:
          '"nav.projects" reads the same here as in test/fixtures/language/ui/kk.ts:5 ("Проекты"): one of them was left untranslated. Fix: write each in its own language; if it is a name or a word both languages share, add it to sameInLanguages in src/utils/language-rules.ts with the reason.',
      },
      {
        file: 'test/fixtures/language/ui/en.ts',
        line: 4,
        rule: 'untranslated',
        message:
          '"nav.news" reads the same here as in test/fixtures/language/ui/ru.ts:4 ("Новости"): one of them was left untranslated. Fix: write each in its own language; if it is a name or a word both languages share, add it to sameInLanguages in src/utils/language-rules.ts with the reason.',
      },
    ]);
  });

  it('give a reason for every agreed exception', () => {
    for (const s of sameInLanguages) {
      expect(s.reason.length, s.key).toBeGreaterThan(10);
      expect(s.locales.length, s.key).toBeGreaterThan(1);
    }
  });
});
