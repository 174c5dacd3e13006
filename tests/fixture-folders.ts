/**
 * Folders for tests that change an organisation's files: a fresh copy of a fixture organisation, and the
 * files of a folder by path, to see that a second run changed nothing.
 */
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** A copy of `tests/fixtures/<fixture>` in a new temporary folder named `<prefix>…`; the test removes it. */
export function copyOfFixture(fixture: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(root, 'tests/fixtures', fixture), dir, { recursive: true });
  return dir;
}

/** What `read` makes of every file below a folder, by its path relative to the folder. */
export function filesOf(dir: string, read: (path: string) => string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found[relative(dir, path)] = read(path);
    }
  };
  walk(dir);
  return found;
}
