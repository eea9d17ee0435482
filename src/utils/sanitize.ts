/**
 * The allowlist for HTML in Markdown. Astro passes raw HTML straight through, so the
 * rendered Markdown is parsed (`rehype-raw`) and then cleaned (`rehype-sanitize`):
 * tables, <details>, figure/figcaption and privacy-friendly video embeds stay;
 * scripts, styles, event handlers, foreign iframes and javascript:/data: URLs go.
 */
import type { Root, Element } from 'hast';
import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** Embeds allowed in content: YouTube's no-cookie player only. */
export const ALLOWED_EMBED = /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{6,20}(?:\?[\w=&.;-]*)?$/;

const base = defaultSchema as Required<Pick<SanitizeSchema, 'tagNames' | 'attributes' | 'strip' | 'protocols'>> & SanitizeSchema;

export const sanitizeSchema: SanitizeSchema = {
  ...base,
  tagNames: [...(base.tagNames ?? []), 'figure', 'figcaption', 'iframe', 'caption', 'colgroup', 'col', 'mark', 'abbr'],
  attributes: {
    ...base.attributes,
    // Astro's own Markdown image marker, so `![alt](../../media/x.jpg)` still becomes an optimised image.
    img: [...(base.attributes?.img ?? []), 'alt', 'width', 'height', 'loading', 'decoding', '__ASTRO_IMAGE_'],
    iframe: [['src', ALLOWED_EMBED], 'title', 'width', 'height', 'allowFullScreen', ['loading', 'lazy'], ['referrerPolicy', 'strict-origin-when-cross-origin']],
    th: [...(base.attributes?.th ?? []), 'scope'],
    td: [...(base.attributes?.td ?? [])],
  },
  protocols: { ...base.protocols, src: ['https'] },
  strip: ['script', 'style', 'noscript', 'template'],
};

/** Removes an <iframe> whose source the schema dropped, rather than leaving an empty frame. */
export function rehypeDropBareEmbeds() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'iframe' && !child.properties?.src));
      for (const child of node.children) if (child.type === 'element') walk(child);
    };
    walk(tree);
  };
}

/**
 * A picture the page can show: a web address (https, the only protocol the schema keeps) or a
 * picture file next to the content (`![…](../../media/photo.jpg)`, which Astro optimises).
 */
const USABLE_IMAGE_SOURCE = /^(?:https:\/\/\S+|[^:?#\s]+\.(?:jpe?g|png|webp|avif|gif|svg))$/i;

/**
 * Removes an <img> with no source the page could show (`<img src=x>`, a source the schema
 * dropped, none at all): it would only be a broken-image icon. A picture that stays gets
 * `alt=""` when it has no description, so a screen reader skips it instead of reading its
 * address; the content rules ask editors for real descriptions.
 */
export function rehypeDropBrokenImages() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      node.children = node.children.filter((child) => {
        if (child.type !== 'element' || child.tagName !== 'img') return true;
        const src = child.properties?.src;
        return typeof src === 'string' && USABLE_IMAGE_SOURCE.test(src.trim());
      });
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'img' && typeof child.properties.alt !== 'string') child.properties.alt = '';
        walk(child);
      }
    };
    walk(tree);
  };
}

/** Elements a paragraph cannot hold: the browser would close the paragraph before them. */
const BLOCKS = new Set(['table', 'div', 'figure', 'figcaption', 'ul', 'ol', 'dl', 'details', 'blockquote', 'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'aside', 'header', 'footer', 'nav', 'address', 'p']);

/**
 * Unwraps a paragraph that holds a block once the sanitiser has removed what stood around it
 * (`<math><mtext><table>` leaves a bare `<table>` inside the paragraph Markdown made for the
 * inline `<math>`): its content stays, and the page stays valid HTML.
 */
export function rehypeUnwrapBlocksInParagraphs() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      node.children = node.children.flatMap((child) =>
        child.type === 'element' && child.tagName === 'p' && child.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName)) ? child.children : [child],
      );
      for (const child of node.children) if (child.type === 'element') walk(child);
    };
    walk(tree);
  };
}

/** The rehype plugins for Markdown, in order. */
export const markdownRehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeDropBareEmbeds, rehypeDropBrokenImages, rehypeUnwrapBlocksInParagraphs];
