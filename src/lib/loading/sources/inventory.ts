/**
 * Where each kind of file lives in an organisation's folder, and the inventory of what is really there.
 * Every entry under data/ and content/ is either a file a reader takes, or a problem that says what
 * Vitrine expected instead (a wrong extension or its case, a stray file, a folder, a symbolic link), so
 * that no record is left unpublished without a word.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { FILE_KINDS, RECORD_KINDS, type FileKindName, type KindFiles } from '../../../schemas/kinds.ts';
import type { Problem } from '../problems.ts';

/** The kinds of file an organisation's folder holds (the registry's kinds read from files), each read in load-site.ts. */
export { FILE_KINDS };
export type FileKind = FileKindName;

interface Home {
  kind: FileKind;
  /** A file, or a folder of files, relative to the organisation's folder (with `/`). */
  path: string;
  extension: '.yaml' | '.csv' | '.md';
  folder: boolean;
  /** Declarations sit one folder deeper, per year. */
  perYear?: boolean;
  /** What the place holds, for messages. */
  holds: string;
}

/**
 * Where each kind's files live, from the registry (src/schemas/kinds.ts): single files first (YAML, then
 * CSV), then folders, the per-year one last, the order in which messages name them.
 */
const rank = (home: Home) => (home.folder ? (home.perYear ? 3 : 2) : home.extension === '.csv' ? 1 : 0);
export const LAYOUT: readonly Home[] = FILE_KINDS.map((kind): Home => {
  const files: KindFiles = RECORD_KINDS[kind].files;
  return { kind, path: files.path, extension: `.${files.format}`, folder: files.folder, ...(files.perYear ? { perYear: true } : {}), holds: files.holds };
}).sort((a, b) => rank(a) - rank(b));

/** The folders under `data/` or `content/`, as messages name them. */
const foldersIn = (root: string) => LAYOUT.filter((place) => place.folder && place.path.startsWith(`${root}/`)).map((place) => `${place.path.slice(root.length + 1)}/`);

/** Other spellings of an extension that mean the same kind of file, and how to rename them. */
const ALIASES: Record<string, Home['extension']> = { '.yml': '.yaml', '.mdx': '.md', '.markdown': '.md', '.txt': '.csv', '.tsv': '.csv' };
/** Files that hold nothing and are only there to keep a folder in git. */
const PLACEHOLDERS = new Set(['.gitkeep']);

export interface Inventory {
  files: Record<FileKind, string[]>;
  problems: Problem[];
}

const problemAt = (file: string, message: string): Problem => ({ file, line: 1, column: 1, field: '', message });

/** Lists data/ and content/ of an organisation: each file under its kind (sorted), the rest as problems. */
export async function takeInventory(dir: string): Promise<Inventory> {
  const files = Object.fromEntries(FILE_KINDS.map((kind) => [kind, [] as string[]])) as Record<FileKind, string[]>;
  const problems: Problem[] = [];
  const rel = (path: string) => relative(dir, path).split(sep).join('/');

  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      const at = rel(path);
      if (entry.isSymbolicLink()) {
        problems.push(problemAt(path, 'is a symbolic link: Vitrine reads only files kept in the folder itself; put a copy of the file here instead'));
      } else if (entry.isDirectory()) {
        const home = homeOfFolder(at);
        if (home === 'walk') await walk(path);
        else problems.push(problemAt(path, `is a folder Vitrine does not read${home ? `: ${home}` : ''}; move the files it holds to where they belong, or remove it`));
      } else if (!entry.isFile()) {
        problems.push(problemAt(path, 'is not a regular file: remove it'));
      } else if (!PLACEHOLDERS.has(entry.name)) {
        const placed = placeFile(at);
        if (typeof placed === 'string') problems.push(problemAt(path, placed));
        else files[placed.kind].push(path);
      }
    }
  };
  await walk(join(dir, 'data'));
  await walk(join(dir, 'content'));
  return { files, problems };
}

/** 'walk' for a folder whose files are read; otherwise what that part of the tree holds, if anything. */
function homeOfFolder(at: string): 'walk' | string | undefined {
  if (at === 'data' || at === 'content') return 'walk';
  const home = LAYOUT.find((place) => place.folder && place.path === at);
  if (home) return 'walk';
  const parent = LAYOUT.find((place) => place.folder && at.startsWith(`${place.path}/`));
  if (parent?.perYear && /^\d{4}$/.test(at.slice(parent.path.length + 1))) return 'walk';
  if (parent) return `${parent.path}/ holds ${parent.holds}, not folders`;
  return at.startsWith('content/') ? `content/ holds ${foldersIn('content').join(' and ')}` : `data/ holds the folders ${foldersIn('data').join(', ')}`;
}

/** The kind of a file at a path, or what is wrong with it. */
function placeFile(at: string): { kind: FileKind } | string {
  const single = LAYOUT.find((place) => !place.folder && place.path === at);
  if (single) return { kind: single.kind };
  const folder = at.slice(0, at.lastIndexOf('/'));
  const name = at.slice(at.lastIndexOf('/') + 1);
  const extension = extname(name);
  const home = LAYOUT.find((place) => place.folder && (place.path === folder || (place.perYear && folder.startsWith(`${place.path}/`))));
  if (home) {
    if (home.perYear && folder === home.path) return `is not where a declaration goes: put it at ${home.path}/<year>/<official-id>.yaml, e.g. ${home.path}/2025/an-verlinden.yaml`;
    if (extension === home.extension) return { kind: home.kind };
    const lower = extension.toLowerCase();
    const meant = lower === home.extension ? home.extension : ALIASES[lower] === home.extension ? home.extension : undefined;
    const renamed = `${name.slice(0, name.length - extension.length)}${home.extension}`;
    if (meant && lower === '.mdx') return `is MDX, which Vitrine no longer reads because MDX can run code when the site is built: minutes and pages are Markdown; rename it to ${renamed} and remove any import, export or {expression}`;
    if (meant) return `is not read: ${home.path}/ holds ${home.holds} with the extension ${home.extension} written exactly so; rename it to ${renamed}`;
    return `is not read: ${home.path}/ holds ${home.holds}; move this file elsewhere or remove it`;
  }
  const sibling = LAYOUT.find((place) => !place.folder && place.path.toLowerCase() === at.toLowerCase().replace(/\.yml$/, '.yaml').replace(/\.(txt|tsv)$/, '.csv'));
  if (sibling) return `is not read: rename it to ${sibling.path.slice(sibling.path.lastIndexOf('/') + 1)}`;
  const singles = LAYOUT.filter((place) => !place.folder && place.path.startsWith(`${folder}/`)).map((place) => place.path.slice(folder.length + 1));
  return `is not a file Vitrine reads: ${folder}/ holds ${singles.length ? `${singles.join(', ')} and ` : ''}the folders of the record kinds; move this file where it belongs or remove it`;
}
