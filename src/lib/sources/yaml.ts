/** Reads YAML while keeping where every value is written, so that errors can point at it. */
import { isCollection, isNode, LineCounter, parseDocument, type Node } from 'yaml';
import type { Locate, Problem } from '../problems.ts';

export interface YamlFile {
  value: unknown;
  /** Where a path inside the document is written; a missing key points at its parent. */
  locate: Locate;
  problems: Problem[];
}

/**
 * Parses YAML text. `lineOffset` shifts line numbers, for YAML that starts further down a file (front matter).
 * Syntax errors come back as problems; the value is then undefined.
 */
export function readYaml(text: string, file: string, lineOffset = 0): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  // Only the first syntax error: the ones after it are most often its consequences.
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => ({
    ...place(error.pos[0]),
    field: '',
    message: `is not valid YAML: ${error.message.split('\n')[0]} (check the indentation and that text with a colon is in quotes)`,
  }));
  const locate: Locate = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && (node as Node).range) {
        // A key that is missing is reported on the line of its parent mapping's first key.
        const offset = depth < path.length && isCollection(node) && node.items[0] ? rangeOf(node.items[0]) ?? node.range![0] : node.range![0];
        return place(offset);
      }
    }
    return { file, line: 1 + lineOffset, column: 1 };
  };
  return { value: problems.length ? undefined : doc.toJS({ maxAliasCount: 100 }), locate, problems };
}

function rangeOf(item: unknown): number | undefined {
  if (isNode(item)) return item.range?.[0];
  const key = (item as { key?: unknown }).key;
  return isNode(key) ? key.range?.[0] : undefined;
}
