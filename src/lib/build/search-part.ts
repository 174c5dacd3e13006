/**
 * One part of one language's search index (search-shards.ts): its pages given to a Pagefind process of
 * its own, and the files Pagefind makes of them written into the part's folder. Run in the build's own
 * thread or in a worker thread (search-part-worker.ts), so that two parts are indexed at once on two
 * cores; a part's files depend only on its pages, whichever thread indexes it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** What the build asks of a part: its pages (below the site's root, in order) and where its files go. */
export interface PartTask {
  site: string;
  paths: readonly string[];
  lang: string;
  /** Below the site's root: `pagefind` for the main part, `pagefind/parts/<part>` for the others. */
  folder: string;
  /** The main part also writes Pagefind's scripts and wasm; the others only their index. */
  main: boolean;
  /** Pages sent to Pagefind before the first is answered (the index is the same for any number). */
  inFlight: number;
}

type Entry = { languages?: Record<string, { page_count?: number }> } & Record<string, unknown>;

/** What a part of one language's index gives the part's `pagefind-entry.json`, kept with its files in the cache. */
export interface PartValue {
  /** Its entry's fields: Pagefind's version and the characters it indexes. */
  entry: Record<string, unknown>;
  /** Its language's record in the entry: the hash of its metadata, its wasm, its page count. */
  language: { page_count?: number } & Record<string, unknown>;
}

/** The files a part wrote (below the site's root) and what it gives its folder's entry. */
export interface MadePart {
  files: string[];
  value: PartValue;
}

/** Pagefind's files every index carries, written once into `pagefind/` by the main part: the scripts and wasm. */
const isIndexFile = (path: string) => path.endsWith('.pf_meta') || /^(index|fragment|filter)\//.test(path);

/**
 * Indexes the pages `paths` of one language with a Pagefind process of its own (one per thread: the
 * Pagefind package runs one service per module instance) and writes its files into
 * `folder` (below the site's root): all of them for the main part, only the index itself for the others.
 * Returns the files written (below the site's root) and what the part gives its folder's entry.
 */
export async function indexPart({ site, paths, lang, folder, main, inFlight }: PartTask): Promise<MadePart> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    await addPages(index, site, paths, inFlight);
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind could not write the index: ${got.errors.join('; ')}`);
    const entryFile = got.files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
    const { languages, ...entry } = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as Entry;
    const language = languages?.[lang];
    if (!language) throw new Error(`Pagefind indexed no page in ${lang} among ${paths.length} (each page's <html lang> names its language)`);
    const files = got.files.filter((file) => file.path !== 'pagefind-entry.json' && (main || isIndexFile(file.path)));
    for (const file of files) {
      const target = join(site, folder, file.path);
      await mkdir(dirname(target), { recursive: true });
      // Pagefind's scripts are the same in every language's main part, which may be written at the same
      // time by another worker: each is written beside its place and renamed there, whole.
      if (isIndexFile(file.path)) await writeFile(target, file.content);
      else {
        const temporary = `${target}.${process.pid}-${threadId}`;
        await writeFile(temporary, file.content);
        await rename(temporary, target);
      }
    }
    return { files: files.map((file) => `${folder}/${file.path}`), value: { entry, language } };
  } finally {
    await pagefind.close();
  }
}

/** What addPages needs of a Pagefind index. */
interface HtmlIndex {
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
}

/**
 * Gives Pagefind the pages `files` (of one language, each marking content for search), in their order,
 * each as text that reads (`spacedForIndex`). The next few files are read while one is
 * indexed, and a few pages are sent before the first of them is answered: the Pagefind service takes its
 * messages one after the other in the order they were sent (so the index is the same), but it decodes
 * and parses a page while this process reads and encodes the next, which keeps both cores busy. Throws
 * on the first page Pagefind refuses.
 */
async function addPages(index: HtmlIndex, site: string, files: readonly string[], inFlight: number): Promise<void> {
  const AHEAD = 8;
  const reads = files.slice(0, AHEAD).map((path) => readFile(join(site, path), 'utf8'));
  const sent: Array<Promise<void>> = [];
  let refused: Error | undefined;
  for (let position = 0; position < files.length && !refused; position++) {
    const path = files[position] as string;
    const html = await (reads[position] as Promise<string>);
    reads[position] = Promise.resolve('');
    if (position + AHEAD < files.length) reads.push(readFile(join(site, files[position + AHEAD] as string), 'utf8'));
    // Each answer is looked at when it comes, so that no refusal waits unhandled while later pages are sent.
    sent.push(
      index.addHTMLFile({ sourcePath: path, content: spacedForIndex(html) }).then(
        (added) => {
          if (added.errors.length > 0) refused ??= new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
        },
        (error: unknown) => {
          refused ??= error instanceof Error ? error : new Error(String(error));
        },
      ),
    );
    if (sent.length >= inFlight) await sent.shift();
  }
  await Promise.all(sent);
  await Promise.allSettled(reads);
  if (refused) throw refused;
}

/**
 * The page's HTML as the index should read it: Pagefind runs the text of neighbouring elements together
 * unless it knows them as blocks (`p`, `td`, `li`, headings…), so a definition list, a table's header cells
 * or a caption would give "PartyLijst Open Stad" in the excerpts. A space after each closing tag of the
 * elements that end a cell, a term or a line keeps the words apart. Only what is indexed changes; the
 * published page stays as it is.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/<\/(?:th|td|dt|dd|caption|figcaption|summary|legend|label|button|option|tr|li|p|div|h[1-6]|section|article|header|footer|nav|ul|ol|dl|table|thead|tbody|tfoot|figure|details|blockquote|pre)>/gi, '$& ');
}
