/** Splits a Markdown file into its YAML front matter and its body. */
import { readYaml, type YamlFile } from './yaml.ts';

export interface FrontMatterFile extends YamlFile {
  /** Whether the file has a front matter block at all (an empty block counts). */
  hasFrontMatter: boolean;
  body: string;
  /** How many lines of the file come before the body (the front matter block and its fences). */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export function readFrontMatter(text: string, file: string): FrontMatterFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = source.startsWith('---') ? FENCE.exec(source) : null;
  if (!match || match.index !== 0) {
    return { value: undefined, locate: () => ({ file, line: 1, column: 1 }), problems: [], hasFrontMatter: false, body: source, bodyLine: 0 };
  }
  const yaml = readYaml(match[1] ?? '', file, 1);
  return { ...yaml, hasFrontMatter: true, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length - 1 };
}
