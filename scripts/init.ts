/**
 * Starts a new organisation: `npm run init -- <folder> [--languages nl,fr,en] [--name "Name"]`.
 * Writes the least that validates and builds (src/lib/staff/init.ts), checks it with the same loader
 * as `npm run validate`, and refuses a folder that already holds data.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite } from '../src/lib/loading/load-site.ts';
import { formatProblem } from '../src/lib/loading/problems.ts';
import { initialFiles, parseLanguages } from '../src/lib/staff/init.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { languages: { type: 'string', default: 'nl,fr,en' }, name: { type: 'string' } } });
const target = positionals[0];
if (!target || positionals.length > 1) {
  console.error('Usage: npm run init -- <folder> [--languages nl,fr,en] [--name "Name of the organisation"]');
  process.exit(1);
}
const folder = resolve(target);
let languages;
try {
  languages = parseLanguages(values.languages);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (existsSync(join(folder, 'data')) || existsSync(join(folder, 'content'))) {
  console.error(`${relative(process.cwd(), folder) || '.'} already holds data/ or content/: nothing was written. Pick an empty folder.`);
  process.exit(1);
}
const files = initialFiles({ languages, name: values.name ?? basename(folder), today: new Date().toISOString().slice(0, 10) });
for (const [path, text] of files) {
  await mkdir(dirname(join(folder, path)), { recursive: true });
  await writeFile(join(folder, path), text);
}
const { problems } = await loadSite(folder);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const shown = relative(process.cwd(), folder) || '.';
console.log(`✓ a new organisation in ${shown} (${languages.join(', ')}): ${[...files.keys()].join(', ')}`);
console.log(`  Edit ${join(shown, 'data/site.yaml')}, then: VITRINE_SITE_DIR=${shown} npm run validate`);
