/** The published HTML of a validated Markdown file (minutes or a page): its body without the front matter. */
import { readFile } from 'node:fs/promises';
import { readFrontMatter } from '../loading/sources/front-matter.ts';
import { renderProse } from './render-prose.ts';

export async function proseHtml(file: string): Promise<string> {
  return renderProse(readFrontMatter(await readFile(file, 'utf8'), file).body);
}
