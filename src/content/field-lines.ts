/**
 * Where a field is in a content file: the 1-based line of its key in the front matter, so a
 * problem can point at the line an editor has to change.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, YAMLError } from 'yaml';
import { frontMatterBlock } from './frontmatter';

export type FieldPath = readonly PropertyKey[];

/**
 * A function that gives the line of a field path (`['links', 0, 'url']`): of the deepest part
 * of the path present in the file, so a missing field of a list item points at the item. A
 * path absent altogether gives the line of the opening `---`; a file without front matter, line 1.
 */
export function fieldLines(source: string): (path: FieldPath) => number {
  const block = frontMatterBlock(source);
  if (!block) return () => 1;
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { schema: 'core', lineCounter: counter });
  const lineAt = (offset: number) => block.firstLine - 1 + counter.linePos(offset).line;
  return (path) => {
    let node: unknown = doc.contents;
    let line = block.firstLine - 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (!pair || start === undefined) break;
        line = lineAt(start);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!isNode(item) || !item.range) break;
        line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}

/** The 1-based line of the file where a YAML parse error (from the `yaml` package) was found, if it says. */
export function yamlErrorLine(source: string, error: unknown): number | undefined {
  const block = frontMatterBlock(source);
  const pos = error instanceof YAMLError ? error.linePos?.[0] : undefined;
  return block && pos ? block.firstLine - 1 + pos.line : undefined;
}
