import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, load } from '../helpers/html';
import { dist, siteContent } from '../helpers/paths';

/** The fixture site's report full of hostile HTML (`news/ru/hostile-html.md`), built with the rest. */
const build = { outDir: dist };
const page = readFileSync(fileFor(dist, '/ru/news/hostile-html/')!, 'utf8');

describe('hostile HTML in Markdown', () => {
  it('lets none of the 23 payloads reach dist/', () => {
    const source = readFileSync(join(siteContent, 'news/ru/hostile-html.md'), 'utf8');
    const markers = [...new Set(source.match(/XSS-\d\d/g))];
    expect(markers.length).toBeGreaterThanOrEqual(15);
    for (const p of htmlPages(build.outDir)) {
      const html = readFileSync(p.file, 'utf8');
      for (const m of markers) expect(html.includes(m), `${m} in ${p.path}`).toBe(false);
    }
  });

  it('strips handlers, scripts, styles, foreign frames and dangerous URLs from the article', () => {
    const body = load(fileFor(build.outDir, '/ru/news/hostile-html/')!).querySelector('.entry-body')!;
    const html = body.toString();
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|data:text\/html|data:image\/svg|srcdoc|evil\.example/i);
    expect(body.querySelectorAll('script, style, svg, object, embed, form, meta, base, link, math')).toHaveLength(0);
    // The only input the allowlist keeps is a task-list tick box, disabled.
    for (const input of body.querySelectorAll('input')) {
      expect(input.getAttribute('type')).toBe('checkbox');
      expect(input.hasAttribute('disabled')).toBe(true);
    }
    expect(body.querySelectorAll('[style]')).toHaveLength(0);
    for (const frame of body.querySelectorAll('iframe')) {
      expect(frame.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    }
  });

  it('keeps the safe HTML editors use', () => {
    const body = load(fileFor(build.outDir, '/ru/news/hostile-html/')!).querySelector('.entry-body')!;
    expect(body.querySelector('table caption')?.textContent).toBe('Таблица');
    expect(body.querySelectorAll('th[scope="col"]')).toHaveLength(2);
    expect(body.querySelectorAll('details summary').map((s) => s.textContent)).toContain('Подробности');
    expect(body.querySelector('figure figcaption')?.textContent).toBe('Подпись к фото');
    expect(body.querySelector('iframe')?.getAttribute('title')).toBe('Видео с мероприятия');
    expect(page).toContain('Обычный текст отчёта.');
  });
});
