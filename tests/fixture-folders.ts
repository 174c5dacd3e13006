/**
 * Folders for tests that change an organisation's files: a fresh copy of a fixture organisation, and the
 * files of a folder by path, to see that a second run changed nothing; a fixture loaded as the build loads it.
 */
import { cpSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadSite, type SiteData } from '../src/lib/loading/load-site.ts';

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

/** A fixture organisation loaded as the build loads it, with its first appointment to copy new ones from. */
export async function loadedFixture(fixture = 'small-org'): Promise<{ data: SiteData; template: SiteData['agenda'][number] }> {
  const { data } = await loadSite(join(root, 'tests/fixtures', fixture));
  if (!data) throw new Error(`${fixture} did not load`);
  const [template] = data.agenda;
  if (!template) throw new Error(`${fixture} has no agenda`);
  return { data, template };
}

/**
 * Adds to a copy of small-org a fictional official whose only mandate has no known start (`start: unknown`,
 * as the Popolo import writes a membership without start_date): elected, paid and ongoing, no signature,
 * so that the term limit, the code's signature and the yearly declarations each need the start.
 */
export function addOfficialOfUnknownStart(dir: string): { id: string; file: string } {
  const file = join(dir, 'data/officials/mira-voskuil.yaml');
  writeFileSync(
    file,
    ['name: Mira Voskuil', 'sortName: Voskuil, Mira', 'mandates:', '  - post: councillor', '    body: council', '    selection: elected', '    start: unknown', '    paid: true', ''].join('\n'),
  );
  return { id: 'mira-voskuil', file };
}
