/** Reads YAML while keeping where every value is written, so that errors can point at it. */
import { isAlias, isCollection, isNode, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Locate, Problem } from '../problems.ts';

export interface YamlFile {
  value: unknown;
  /** Where a path inside the document is written; a missing key points at its parent. */
  locate: Locate;
  problems: Problem[];
}

/** Deeper than any record kind needs (an official's mandate's field is 4 levels): a deeper document is refused. */
export const MAX_YAML_DEPTH = 12;

/**
 * Parses YAML text. `lineOffset` shifts line numbers, for YAML that starts further down a file (front matter).
 * Syntax errors come back as problems; the value is then undefined.
 */
export function readYaml(text: string, file: string, lineOffset = 0): YamlFile {
  try {
    return parseYaml(text, file, lineOffset);
  } catch (error) {
    // The parser's own limits (a stack overflow on absurd nesting): a problem like any other, never a crash.
    const reason = error instanceof RangeError ? 'it is nested too deeply to read' : (error as Error).message;
    return { value: undefined, locate: () => ({ file, line: 1 + lineOffset, column: 1 }), problems: [{ file, line: 1 + lineOffset, column: 1, field: '', message: `cannot be read as YAML: ${reason}` }] };
  }
}

function parseYaml(text: string, file: string, lineOffset: number): YamlFile {
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
  if (problems.length === 0) problems.push(...unsafeNodes(doc, place));
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
  return { value: problems.length ? undefined : doc.toJS({ maxAliasCount: 0 }), locate, problems };
}

/**
 * Aliases (`*name`) and documents nested deeper than MAX_YAML_DEPTH. Records never need an alias, and a
 * few lines of nested aliases expand to billions of values (the "billion laughs"); refusing them with a
 * place keeps every other problem of the organisation visible instead of a crash.
 */
function unsafeNodes(doc: Document, place: (offset: number) => { file: string; line: number; column: number }): Problem[] {
  const problems: Problem[] = [];
  let aliases = 0;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      // One problem for the first alias, with the count: a bomb has thousands.
      if (aliases++ === 0) problems.push({ ...place(node.range?.[0] ?? 0), field: '', message: `uses the YAML alias *${node.source}: Vitrine does not expand aliases; write the value out in full here` });
      return visit.SKIP;
    }
    if (isCollection(node) && path.filter(isCollection).length >= MAX_YAML_DEPTH) {
      problems.push({ ...place(node.range?.[0] ?? 0), field: '', message: `is nested more than ${MAX_YAML_DEPTH} levels deep, deeper than any record: check the indentation` });
      return visit.BREAK;
    }
    return undefined;
  });
  const first = problems.find((problem) => problem.message.startsWith('uses the YAML alias'));
  if (first && aliases > 1) first.message += ` (this file uses ${aliases} aliases)`;
  return problems;
}

function rangeOf(item: unknown): number | undefined {
  if (isNode(item)) return item.range?.[0];
  const key = (item as { key?: unknown }).key;
  return isNode(key) ? key.range?.[0] : undefined;
}
