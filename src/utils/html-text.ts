/**
 * Rewrites the text of an HTML document and leaves its markup alone: tags, attribute
 * values, comments, and the contents of <script> and <style> pass through unchanged.
 * Pure string work; meant for letter-for-letter rewrites such as Kazakh folding.
 */

// A tag, with quoted attribute values that may themselves contain ">"; a comment; a doctype.
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const RAW_TEXT = /^<(script|style)\b/i;

export function mapHtmlText(html: string, fn: (text: string) => string): string {
  let out = '';
  let last = 0;
  let rawUntil: RegExp | undefined;
  for (const m of html.matchAll(MARKUP)) {
    const start = m.index;
    const text = html.slice(last, start);
    out += rawUntil ? text : fn(text);
    const tag = m[0];
    out += tag;
    last = start + tag.length;
    if (rawUntil) {
      if (rawUntil.test(tag)) rawUntil = undefined;
    } else {
      const raw = RAW_TEXT.exec(tag);
      if (raw) rawUntil = new RegExp(`^</${raw[1]}\\s*>$`, 'i');
    }
  }
  const rest = html.slice(last);
  return out + (rawUntil ? rest : fn(rest));
}
