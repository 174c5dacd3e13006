// Docs that cannot drift from the code, as Datasette tests its docs: every npm script, every environment
// variable the code reads and every key of an import mapping file is named where a newcomer looks for it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingSchema, TRANSFORMS } from '../../src/lib/staff/import/mapping.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const readme = read('README.md');
const docs = [readme, read('CONTRIBUTING.md'), ...readdirSync(join(root, 'docs')).map((name) => read(`docs/${name}`))].join('\n');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the README and docs', () => {
  it('name every npm script the way it is run', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const missing = scripts.filter((name) => !readme.includes(name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`));
    expect(missing).toEqual([]);
  });

  it('name every environment variable the code reads', () => {
    const code = [...sources('src'), ...sources('scripts'), 'playwright.config.ts', 'astro.config.ts'].map(read).join('\n');
    const variables = [...new Set([...code.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)|process\.env\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)].map((match) => match[1] ?? match[2] ?? ''))];
    expect(variables.length).toBeGreaterThan(5);
    expect(variables.filter((name) => !docs.includes(name))).toEqual([]);
  });

  it('describe every key of a mapping file and every transformation in CONTRIBUTING.md', () => {
    const guide = read('CONTRIBUTING.md');
    const keys = Object.keys(mappingSchema.shape);
    expect(keys.filter((key) => !new RegExp(`(^|[\\s\`{])${key}:`, 'm').test(guide))).toEqual([]);
    expect(TRANSFORMS.filter((name) => !guide.includes(name))).toEqual([]);
  });

  it('name every import option and kind the import command accepts', () => {
    const usage = read('scripts/import.ts');
    const options = [...new Set([...usage.matchAll(/--[a-z][a-z-]+/g)].map((match) => match[0]))];
    expect(options.length).toBeGreaterThan(1);
    expect(options.filter((option) => !readme.includes(option) || !read('CONTRIBUTING.md').includes(option))).toEqual([]);
  });

  it('point only at source files that exist', () => {
    const named = [...new Set([...docs.matchAll(/`((?:src|scripts|tests)\/[\w./[\]-]+\.(?:ts|astro|css))`/g)].map((match) => match[1] ?? ''))];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((file) => { try { statSync(join(root, file)); return false; } catch { return true; } })).toEqual([]);
  });
});
