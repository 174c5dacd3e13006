/**
 * The lists of income and expenditure lines, kept on disk from the hand-over to the pages. The build lets
 * the money lines go before Astro renders (a million lines are some 400 MB of heap at the benchmark size
 * L), yet the lists of lines are pages too: so each page of each list is written here as a small JSON
 * file, once, while the lines are still in memory, and the page that shows it reads that file alone.
 * What stays in memory is the lists' figures and the lines that signals rest on (their evidence).
 * The files go when the process ends (or, if it was killed, with the next build).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Expenditure } from '../../schemas/expenditure.ts';
import type { Income } from '../../schemas/income.ts';
import { LINES_PAGE_SIZE, type LinePlace } from './addresses.ts';
import { LINES_PAGED_UP_TO, lineLists, placeIn, type LineList, type ListedLine, type SourcedLine } from './lines.ts';

/** A line asked for when the store was made, with the page that shows it. */
export interface FoundLine {
  dataset: LineList['dataset'];
  line: ListedLine;
  /** The category of its list. */
  part: string;
  /** Undefined for a line a list of the largest lines leaves out: it is read on the SQL page. */
  place: LinePlace | undefined;
}

export interface LineStore {
  /** Every list, newest year first, then by dataset and category. */
  lists: readonly LineList[];
  /** The lines asked for (`income:<id>`, `expenditure:<id>`: the signals' evidence), where they are listed. */
  found: ReadonlyMap<string, FoundLine>;
  /** The lines of one page of a list, in the list's order. */
  page(list: LineList, page: number): ListedLine[];
  /** The SHA-256 of the lines of one page (for the page's key in the incremental build), without reading them again. */
  pageKey(list: LineList, page: number): string | undefined;
}

interface Loaded<T> {
  data: T;
  file: string;
  line: number;
}

const fileOf = (dir: string, list: LineList, page: number) => join(dir, `${list.dataset}-${list.year}-${list.part}-${page}.json`);

/**
 * A folder for this process's pages, named after it (`vitrine-lines-<pid>-…`), removed when the process
 * ends. Folders of processes that no longer run (a build killed outright) are removed first.
 */
function pagesFolder(): string {
  const base = tmpdir();
  for (const name of readdirSync(base)) {
    const pid = Number(/^vitrine-lines-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(base, name), { recursive: true, force: true });
    }
  }
  const folder = mkdtempSync(join(base, `vitrine-lines-${process.pid}-`));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * Orders the lines into their lists, writes every page of every list, and keeps where the `wanted` lines
 * are. `dir` is the organisation's folder (sources are published relative to it); `firstMonth` the month
 * the financial year starts in; `pagedUpTo` the longest list in date order that is paged (lines.ts).
 */
export function storeLines(
  dir: string,
  income: ReadonlyArray<Loaded<Income>>,
  expenditure: ReadonlyArray<Loaded<Expenditure>>,
  threshold: number,
  wanted: ReadonlySet<string>,
  firstMonth = 1,
  pagedUpTo = LINES_PAGED_UP_TO,
): LineStore {
  const files = new Map<string, string>();
  const sourced = <T>(record: Loaded<T>): SourcedLine<T> => {
    let file = files.get(record.file);
    if (file === undefined) files.set(record.file, (file = relative(dir, record.file).split('\\').join('/')));
    return { data: record.data, source: `${file}:${record.line}` };
  };
  const lists = lineLists(income.map(sourced), expenditure.map(sourced), threshold, firstMonth, pagedUpTo);
  const folder = pagesFolder();
  const found = new Map<string, FoundLine>();
  const keys = new Map<string, string>();
  for (const { list, lines } of lists) {
    for (let page = 1; page <= list.pages; page++) {
      const file = fileOf(folder, list, page);
      const text = JSON.stringify(lines.slice((page - 1) * LINES_PAGE_SIZE, page * LINES_PAGE_SIZE));
      writeFileSync(file, text);
      keys.set(file, createHash('sha256').update(text).digest('hex'));
    }
    if (wanted.size === 0) continue;
    lines.forEach((line, position) => {
      const key = `${list.dataset}:${line.id}`;
      if (wanted.has(key)) found.set(key, { dataset: list.dataset, line, part: list.part, place: placeIn(list, position) });
    });
  }
  return {
    lists: lists.map(({ list }) => list),
    found,
    page: (list, page) => JSON.parse(readFileSync(fileOf(folder, list, page), 'utf8')) as ListedLine[],
    pageKey: (list, page) => keys.get(fileOf(folder, list, page)),
  };
}
