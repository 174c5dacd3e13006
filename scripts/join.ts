/**
 * Puts together the parts of a site built by language on several machines (docs/scaling.md):
 * `npm run join -- <out> <part> <part>…`, each part the output of `VITRINE_LANGS=<codes> npm run build`.
 * Every file of every part is copied into `<out>` (a new folder). A file that several parts hold (what
 * belongs to no language: `/`, the data, scripts, styles, Pagefind's own files) must be the same in each,
 * byte for byte, or nothing is joined: parts built from different commits or data are refused, never
 * mixed. The files every part writes differently are the search index's lists of languages, each
 * `pagefind-entry.json` (of the main index and of each further part, src/lib/build/search-shards.ts): the
 * joined ones list them all, as a whole build's do.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/** The files that list languages, put together rather than compared. */
const isListOfLanguages = (path: string) => /^pagefind[/\\](?:parts[/\\][^/\\]+[/\\])?pagefind-entry\.json$/.test(path);

type Entry = { languages?: Record<string, unknown> } & Record<string, unknown>;

/** An object's keys in order of code, as the build writes them. */
const byCode = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

async function joinParts(out: string, parts: string[]): Promise<{ files: number; shared: number }> {
  const sources = new Map<string, string>();
  const conflicts: string[] = [];
  let shared = 0;
  for (const part of parts) {
    for (const entry of await readdir(part, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(part, join(entry.parentPath, entry.name));
      const first = sources.get(path);
      if (first === undefined) sources.set(path, part);
      else if (!isListOfLanguages(path)) {
        shared += 1;
        const [a, b] = await Promise.all([readFile(join(first, path)), readFile(join(part, path))]);
        if (!a.equals(b)) conflicts.push(`${path}: differs between ${first} and ${part}`);
      }
    }
  }
  if (conflicts.length > 0) throw new Error(`the parts are not of one build (same commit, same data, same VITRINE_TODAY):\n${conflicts.slice(0, 20).join('\n')}${conflicts.length > 20 ? `\n… and ${conflicts.length - 20} more` : ''}`);
  await mkdir(out);
  for (const [path, part] of sources) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await copyFile(join(part, path), join(out, path));
  }
  // Each entry names every language its folder has in any part.
  for (const path of [...sources.keys()].filter(isListOfLanguages)) {
    const texts = await Promise.all(parts.map((part) => readFile(join(part, path), 'utf8').catch(() => undefined)));
    const read = texts.filter((text): text is string => text !== undefined).map((text) => JSON.parse(text) as Record<string, unknown>);
    const joined = { ...read[0], languages: byCode(Object.assign({}, ...read.map((entry: Entry) => entry.languages ?? {}))) };
    await writeFile(join(out, path), JSON.stringify(joined));
  }
  return { files: sources.size, shared };
}

const [target, ...parts] = process.argv.slice(2);
if (!target || parts.length < 2) {
  console.error('Usage: npm run join -- <out> <part> <part>… (each part built with VITRINE_LANGS set)');
  process.exit(2);
}
const out = resolve(target);
if (existsSync(out)) {
  console.error(`✗ ${target} exists: join into a new folder`);
  process.exit(2);
}
try {
  const { files, shared } = await joinParts(out, parts.map((part) => resolve(part)));
  console.log(`✓ ${parts.length} parts joined into ${target}: ${files.toLocaleString('en')} files (${shared.toLocaleString('en')} held by several parts, each the same)`);
} catch (error) {
  await rm(out, { recursive: true, force: true });
  console.error(`✗ nothing was joined: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
