/**
 * The version of the code that writes an output, for the build cache's keys: the text of a module and of
 * every project module it imports, directly or not (static, dynamic and type-only relative imports), with
 * the lockfile (the versions of the packages they use) and Node's version. A change in any line of that
 * code path gives another digest, so that nothing a changed writer would write differently is reused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const IMPORTS = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/** The project modules `entries` import, directly or not, themselves included, as paths below `root`, sorted. */
export function codePath(root: string, entries: readonly string[], read: (path: string) => string = (path) => readFileSync(path, 'utf8')): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(root, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of read(file).matchAll(IMPORTS)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
    }
  }
  return [...seen].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/** The digest of the code path of `entries` (see `codePath`), of `package-lock.json` and of Node's version. */
export function codeDigest(root: string, entries: readonly string[], read: (path: string) => string = (path) => readFileSync(path, 'utf8')): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const file of [...codePath(root, entries, read), 'package-lock.json']) {
    const text = read(resolve(root, file));
    hash.update(`${file}\n${Buffer.byteLength(text)}\n`);
    hash.update(text);
  }
  return hash.digest('hex');
}
