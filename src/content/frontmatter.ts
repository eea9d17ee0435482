/**
 * The one Markdown + YAML front matter format of the content files, read by the site's loader
 * and written by the CMS (registered there as a custom format), so that saving an entry in
 * the CMS rewrites only what the editor changed.
 *
 * Canonical form:
 * - `---`, the fields in the content model's order (fields it does not know follow, as found), `---`;
 * - text in double quotes on one line (`\n` for line breaks), a date-only `YYYY-MM-DD` unquoted;
 *   numbers and true/false bare; lists as `- item` lines, an empty list as `[]`;
 * - a field with no value (absent, `null` or `""`) is left out: the schema reads all three alike;
 * - the body follows the closing `---` line byte for byte.
 *
 * Pure, with no Node APIs: the CMS bundles it for the browser.
 */
import { Document, parse as parseYaml, visit } from 'yaml';

export interface RawEntry {
  data: Record<string, unknown>;
  body: string;
}

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The YAML text between a file's `---` lines, and the 1-based line of the file it starts on,
 * for tools that point at a field's line; undefined when the file has no front matter.
 */
export function frontMatterBlock(source: string): { yaml: string; firstLine: number } | undefined {
  const m = FRONT_MATTER.exec(source.replace(/^\uFEFF/, ''));
  return m ? { yaml: m[1] ?? '', firstLine: 2 } : undefined;
}

/**
 * Splits a Markdown file into front matter and body. The YAML is read with the core
 * schema, so dates stay text and are checked by the schema rather than silently rolled over.
 */
export function splitMarkdown(source: string): RawEntry {
  const text = source.replace(/^\uFEFF/, '');
  const m = FRONT_MATTER.exec(text);
  if (!m) return { data: {}, body: text };
  const parsed = parseYaml(m[1] ?? '', { schema: 'core' }) as unknown;
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: text.slice(m[0].length) };
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The data with empty values removed, keys in `order` first, then the rest as they came. */
export function orderFields(data: Record<string, unknown>, order: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const value = data[key];
    if (!isEmptyValue(value)) out[key] = value;
  }
  return out;
}

/** Writes an entry in the canonical form. */
export function stringifyMarkdown(data: Record<string, unknown>, body: string, order: readonly string[] = []): string {
  const fields = orderFields(data, order);
  if (Object.keys(fields).length === 0) return `---\n---\n${body}`;
  const doc = new Document(fields);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && DATE_ONLY.test(node.value)) node.type = 'PLAIN';
    },
  });
  const yaml = doc.toString({
    lineWidth: 0,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
  });
  return `---\n${yaml}---\n${body}`;
}

/** The entry as the CMS sees it: the fields plus `body`. */
export function fromFile(content: string): Record<string, unknown> {
  const { data, body } = splitMarkdown(content);
  return { ...data, body };
}

/** The inverse of `fromFile`; `order` is the field order of the collection. */
export function toFile(entry: Record<string, unknown>, order: readonly string[] = []): string {
  const { body, ...data } = entry;
  return stringifyMarkdown(data, typeof body === 'string' ? body : '', order);
}

/** True when a file is already in the canonical form, so the CMS would write it back unchanged. */
export function isCanonical(content: string, order: readonly string[] = []): boolean {
  return toFile(fromFile(content), order) === content;
}
