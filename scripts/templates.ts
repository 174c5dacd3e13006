/**
 * Writes the templates staff download into public/templates/: `npm run templates`. They are made from
 * the schemas (src/lib/staff/templates.ts); run this after changing a schema, and commit the result.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeTemplates } from '../src/lib/staff/templates.ts';

const folder = resolve(import.meta.dirname, '..', 'public', 'templates');
await mkdir(folder, { recursive: true });
const templates = makeTemplates();
for (const name of await readdir(folder)) if (!templates.has(name)) await rm(join(folder, name));
for (const [name, text] of templates) await writeFile(join(folder, name), text);
console.log(`Wrote ${templates.size} templates to public/templates/: ${[...templates.keys()].join(', ')}`);
