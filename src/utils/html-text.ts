/**
 * Small string-level HTML helpers for the search index builder: rewrite or read the text of
 * a document and leave its markup alone (tags, attribute values, comments, and the contents
 * of <script> and <style> pass through), find where an element ends, drop elements by an
 * attribute. Pure; meant for the site's own built pages, not for arbitrary HTML.
 */

// A tag, with quoted attribute values that may themselves contain ">"; a comment; a doctype.
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const RAW_TEXT = /^<(script|style)\b/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Piece {
  kind: 'text' | 'raw' | 'markup';
  value: string;
  index: number;
}

/** The document from `from` on as text, markup, and raw text (inside <script> and <style>), in order. */
function* pieces(html: string, from = 0): Generator<Piece> {
  let last = from;
  let rawUntil: RegExp | undefined;
  const markup = new RegExp(MARKUP.source, 'g');
  markup.lastIndex = from;
  for (let m = markup.exec(html); m; m = markup.exec(html)) {
    if (m.index > last) yield { kind: rawUntil ? 'raw' : 'text', value: html.slice(last, m.index), index: last };
    const tag = m[0];
    last = m.index + tag.length;
    if (rawUntil) {
      // Inside <script> or <style>, only the end tag is markup.
      const isEnd = rawUntil.test(tag);
      yield { kind: isEnd ? 'markup' : 'raw', value: tag, index: m.index };
      if (isEnd) rawUntil = undefined;
    } else {
      yield { kind: 'markup', value: tag, index: m.index };
      const raw = RAW_TEXT.exec(tag);
      if (raw) rawUntil = new RegExp(`^</${raw[1]}\\s*>$`, 'i');
    }
  }
  if (last < html.length) yield { kind: rawUntil ? 'raw' : 'text', value: html.slice(last), index: last };
}

export function mapHtmlText(html: string, fn: (text: string) => string): string {
  let out = '';
  for (const piece of pieces(html)) out += piece.kind === 'text' ? fn(piece.value) : piece.value;
  return out;
}

const tagName = (tag: string) => /^<\/?([a-zA-Z][^\s/>]*)/.exec(tag)?.[1]?.toLowerCase();

/**
 * Index just past the element whose start tag begins at `start`: after its matching end
 * tag, nested elements of the same name counted. A void or self-closed element ends with its tag.
 */
export function elementEnd(html: string, start: number): number {
  let name: string | undefined;
  let depth = 0;
  for (const piece of pieces(html, start)) {
    if (piece.kind !== 'markup' || piece.value.startsWith('<!')) continue;
    const tag = piece.value;
    const end = piece.index + tag.length;
    if (name === undefined) {
      if (piece.index !== start) break;
      name = tagName(tag);
      if (!name || VOID.has(name) || tag.endsWith('/>')) return end;
      depth = 1;
    } else if (tagName(tag) === name && !tag.endsWith('/>')) {
      depth += tag[1] === '/' ? -1 : 1;
      if (depth === 0) return end;
    }
  }
  throw new Error(`No end tag for the element at ${start}: ${html.slice(start, start + 80)}`);
}

/** The HTML without the elements whose start tag has `attribute` (their content included). */
export function withoutElements(html: string, attribute: string): string {
  const has = new RegExp(`^<[a-zA-Z][^\\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*?\\s${attribute}(?:[\\s=/>])`);
  let out = '';
  let skipUntil = 0;
  for (const piece of pieces(html)) {
    if (piece.index < skipUntil) continue;
    if (piece.kind === 'markup' && has.test(piece.value)) skipUntil = elementEnd(html, piece.index);
    else out += piece.value;
  }
  return out;
}
