import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { markdownRehypePlugins } from '../../src/utils/sanitize';

/** Markdown through the site's own pipeline (Astro's processor with the sanitising plugins), as <img> elements. */
async function html(markdown: string) {
  const processor = await createMarkdownProcessor({ rehypePlugins: markdownRehypePlugins });
  const { code } = await processor.render(markdown, { fileURL: new URL('file:///site/content/news/kk/report.md') });
  return code;
}
const images = async (markdown: string) => parse(await html(markdown)).querySelectorAll('img');

describe('pictures in Markdown after sanitising', () => {
  it('drops an <img> whose source cannot show a picture, instead of leaving a broken image without a description', async () => {
    for (const html of ['<img src=x onerror="alert(1)">', '<img alt="no source">', '<img src="">', '<img src="javascript:alert(1)">', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img src="http://example.org/a.jpg">']) {
      expect(await images(`Text\n\n${html}\n`), html).toEqual([]);
    }
  });

  it('keeps Markdown photos from the media folder and https pictures, with a description or alt=""', async () => {
    const kept = await images('![Аналар дөңгелек үстел басында](../../media/round-table.jpg)\n\n<img src="https://example.org/a.png">\n\n<img src="https://example.org/b.png" alt="Логотип">\n');
    // Astro turns a Markdown photo into its image marker (optimised later), with the description inside.
    const description = (img: (typeof kept)[number]) => {
      const marker = img.getAttribute('__astro_image_');
      return marker ? (JSON.parse(marker) as { alt: string }).alt : img.getAttribute('alt');
    };
    expect(kept.map(description)).toEqual(['Аналар дөңгелек үстел басында', '', 'Логотип']);
    expect(kept.slice(1).map((img) => img.getAttribute('src'))).toEqual(['https://example.org/a.png', 'https://example.org/b.png']);
  });
});

describe('blocks left inside a paragraph by the sanitiser', () => {
  it('are taken out of the paragraph, content kept, so the page stays valid HTML', async () => {
    const code = await html('Текст.\n\n<math><mtext><table><tr><td>31</td></tr></table></mtext></math>\n\n<span>қысқа</span>\n');
    expect(code).not.toMatch(/<p>\s*<table/);
    expect(code).toMatch(/<table>[^]*<td>31<\/td>[^]*<\/table>/);
    // A paragraph with inline content only is left alone.
    expect(code).toContain('<p><span>қысқа</span></p>');
  });
});
