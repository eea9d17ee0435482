import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText, contentFiles, fieldOrder } from '../../src/content/canonical';
import { fromFile, isCanonical, splitMarkdown, stringifyMarkdown, toFile } from '../../src/content/frontmatter';

const order = ['title', 'date', 'summary', 'region', 'tags', 'draft'];

describe('the content file format', () => {
  it('writes fields in the schema order, text quoted on one line, dates bare, lists one item a line', () => {
    const file = stringifyMarkdown(
      { tags: ['школа мам', 'Қазына'], draft: false, summary: 'Первая строка\nвторая «цитата» "и" \\', date: '2025-10-25', title: 'Заголовок: с двоеточием' },
      'Текст.\n',
      order,
    );
    expect(file).toBe(
      [
        '---',
        'title: "Заголовок: с двоеточием"',
        'date: 2025-10-25',
        'summary: "Первая строка\\nвторая «цитата» \\"и\\" \\\\"',
        'tags:',
        '  - "школа мам"',
        '  - "Қазына"',
        'draft: false',
        '---',
        'Текст.',
        '',
      ].join('\n'),
    );
  });

  it('keeps fields the schema does not know, after the known ones, in their order', () => {
    const file = toFile({ zeta: 1, title: 'T', alpha: 'a', body: '' }, order);
    expect(file).toBe('---\ntitle: "T"\nzeta: 1\nalpha: "a"\n---\n');
  });

  it('leaves out empty values, which the schema reads as absent', () => {
    expect(toFile({ title: 'T', region: '', source: null, body: 'x' }, order)).toBe('---\ntitle: "T"\n---\nx');
    expect(toFile({ body: '' }, order)).toBe('---\n---\n');
  });

  it('reads back exactly what it wrote, values and body byte for byte', () => {
    const entry = {
      title: 'Ұлағат: «тәрбие»',
      date: '2025-02-28',
      start: '2025-10-25T11:00',
      order: 3,
      free: true,
      figures: [{ value: 31, label: 'тәлімгер' }],
      links: [],
      body: '\nFirst line, no final newline  \n\n- item\n* other\n\ttab',
    };
    expect(fromFile(toFile(entry, order))).toEqual(entry);
  });

  it('reads an empty front matter block as no fields', () => {
    expect(splitMarkdown('---\n---\n')).toEqual({ data: {}, body: '' });
    expect(splitMarkdown('---\n---\nText')).toEqual({ data: {}, body: 'Text' });
  });
});

describe('the content files', () => {
  const files = contentFiles();

  it('are all in the form the CMS writes, so a CMS edit changes only what the editor changed (npm run content:format)', () => {
    expect(files.length).toBeGreaterThan(100);
    const off = files.filter((f) => !isCanonical(readFileSync(f.path, 'utf8'), fieldOrder(f.collection))).map((f) => f.name);
    expect(off).toEqual([]);
  });

  it('lose nothing when rewritten in that form', () => {
    for (const f of files) {
      const before = splitMarkdown(readFileSync(f.path, 'utf8'));
      const after = splitMarkdown(canonicalText(f));
      expect(after.body, f.name).toBe(before.body);
      const kept = Object.fromEntries(Object.entries(before.data).filter(([, v]) => v !== null && v !== ''));
      expect(after.data, f.name).toEqual(kept);
    }
  });
});
