// The project's own rules, checked on its source as Starlight checks its own: imports flow one way
// (schemas ← i18n ← lib ← pages, components, layouts, client ← scripts), browser code imports nothing of
// Node, and no module grows past ~300 lines without saying why at its top.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const files = [...sources('src'), ...sources('scripts')];

/** The layer of a file: a file may import from its own layer and the ones below. */
function layer(file: string): { name: string; rank: number } {
  if (file.startsWith('src/schemas/')) return { name: 'schemas', rank: 0 };
  if (file.startsWith('src/i18n/')) return { name: 'i18n', rank: 1 };
  if (file.startsWith('src/lib/')) return { name: 'lib', rank: 2 };
  if (file.startsWith('src/client/')) return { name: 'client', rank: 3 };
  if (file.startsWith('scripts/')) return { name: 'scripts', rank: 5 };
  return { name: 'site', rank: 4 };
}

/** The relative imports of a file (static, dynamic and type-only), resolved to paths from the root. */
function importsOf(file: string): Array<{ specifier: string; target: string | undefined }> {
  const text = readFileSync(join(root, file), 'utf8');
  const found: Array<{ specifier: string; target: string | undefined }> = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    found.push({ specifier, target: specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : undefined });
  }
  return found;
}

describe('the direction of imports', () => {
  it('every module imports only from its own layer or the ones below it', () => {
    const wrong: string[] = [];
    let edges = 0;
    for (const file of files) {
      const from = layer(file);
      for (const { specifier, target } of importsOf(file)) {
        if (!target) continue;
        edges += 1;
        if (target.startsWith('tests/')) wrong.push(`${file} imports test code ${specifier}`);
        const to = layer(target);
        // The browser's scripts are their own layer: pages load them, nothing imports them but pages.
        if (to.rank > from.rank || (to.name === 'client' && from.name !== 'client' && from.name !== 'site')) wrong.push(`${file} (${from.name}) imports ${target} (${to.name})`);
      }
    }
    expect(wrong).toEqual([]);
    // The reading of imports itself works: the project has hundreds of them.
    expect(edges).toBeGreaterThan(500);
  });

  it('schemas, strings and the lib use no Astro module, and code for the browser nothing of Node', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const { name } = layer(file);
      for (const { specifier } of importsOf(file)) {
        if (['schemas', 'i18n', 'lib'].includes(name) && /^astro(:|\/|$)/.test(specifier)) wrong.push(`${file} imports ${specifier}`);
        if (name === 'client' && specifier.startsWith('node:')) wrong.push(`${file} imports ${specifier}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('modules', () => {
  it('stay under about 300 lines, or say at their top why they are longer', () => {
    const long = files
      .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }))
      .filter(({ text }) => text.split('\n').length > 320)
      .filter(({ text }) => !/^(?:---\n)?\/\*\*[\s\S]*?longer than 300 lines[\s\S]*?\*\//i.test(text.replace(/^\/\/.*\n/, '')))
      .map(({ file, text }) => `${file}: ${text.split('\n').length} lines`);
    expect(long).toEqual([]);
  });
});
