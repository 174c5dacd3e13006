// The validated records kept between builds (src/lib/loading/record-cache.ts): what a build reads from the
// cache is what it would have read from the files, record for record, with the same line and the same place
// for every field a message or a dataset's source column points at; a changed file is read again; a file
// with a problem is never kept, so its problem is reported by every build; an entry that is not whole is
// read as absent; entries of files no longer there are removed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/lib/build/code-digest.ts';
import { loadSite, type LoadResult, type SiteData } from '../../src/lib/loading/load-site.ts';
import type { Loaded } from '../../src/lib/loading/read-records.ts';
import { RecordCache } from '../../src/lib/loading/record-cache.ts';
import { copyOfFixture } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
const code = codeDigest(root, ['src/lib/loading/load-site.ts']);
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'vitrine-records-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function load(dir: string): Promise<LoadResult & { figures: RecordCache['figures'] }> {
  const cache = new RecordCache(folder, code);
  const result = await loadSite(dir, { cache });
  await cache.finish();
  return { ...result, figures: cache.figures };
}

/** Every path of a record a message or a dataset may ask for: each field, each item below it, a field that is missing, and deeper ones. */
function pathsOf(value: unknown): PropertyKey[][] {
  const paths: PropertyKey[][] = [[], ['no-such-field'], ['no-such-field', 0]];
  for (const [key, item] of Object.entries(value as object)) {
    paths.push([key], [key, 'no-such-field']);
    if (typeof item === 'object' && item !== null) {
      for (const [child, grand] of Object.entries(item)) {
        const step = Array.isArray(item) ? Number(child) : child;
        paths.push([key, step], [key, step, 'no-such-field']);
        if (typeof grand === 'object' && grand !== null) for (const deeper of Object.keys(grand)) paths.push([key, step, Array.isArray(grand) ? Number(deeper) : deeper]);
      }
    }
  }
  return paths;
}

/** The records of every kind as a build uses them: value, file, line, and the place of every path. */
function shapeOf(data: SiteData) {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => Array.isArray(value))
      .map(([kind, records]) => [kind, (records as Loaded<unknown>[]).map((record) => ({ data: record.data, file: record.file, line: record.line, places: pathsOf(record.data).map((path) => [path.map(String).join('.'), record.locate(path)]) }))]),
  );
}

describe('the record cache', () => {
  it('gives back the demo organisation record for record, with every line and place, as read from its files', async () => {
    const fresh = await loadSite(root);
    expect(fresh.problems).toEqual([]);
    const first = await load(root);
    expect(first.figures.reused).toBe(0);
    expect(first.figures.read).toBeGreaterThan(20);
    const again = await load(root);
    expect(again.problems).toEqual([]);
    // Every YAML and CSV file and every minutes file of the demo comes from the cache (the organisation's pages, a few, are read each time).
    expect(again.figures).toEqual({ reused: first.figures.read, read: 0 });
    const expected = shapeOf(fresh.data as SiteData);
    const kinds = Object.keys(expected).filter((kind) => (expected[kind] as unknown[]).length > 0);
    expect(kinds).toEqual(expect.arrayContaining(['officials', 'agenda', 'declarations', 'bodies', 'expenditure', 'income', 'remuneration', 'gifts']));
    expect(shapeOf(again.data as SiteData)).toEqual(expected);
  });

  describe('on a copy of the small fixture', () => {
    let org: string;
    beforeEach(() => {
      org = copyOfFixture('small-org', 'vitrine-records-org-');
    });
    afterEach(() => rmSync(org, { recursive: true, force: true }));

    it('reads a changed file again, and only that one', async () => {
      const first = await load(org);
      expect(first.problems).toEqual([]);
      const agenda = join(org, 'data/agenda/2025.csv');
      const text = readFileSync(agenda, 'utf8');
      const [header, row] = text.split('\n');
      const title = (first.data as SiteData).agenda[0]?.data.title as Record<string, string>;
      const nl = title.nl as string;
      expect(row).toContain(nl);
      writeFileSync(agenda, text.replace(nl, `${nl} (verplaatst)`));
      const again = await load(org);
      expect(again.problems).toEqual([]);
      expect(again.figures).toEqual({ reused: first.figures.read - 1, read: 1 });
      expect((again.data as SiteData).agenda[0]?.data.title).toMatchObject({ nl: `${nl} (verplaatst)` });
      expect(header).toContain('title');
      expect(shapeOf(again.data as SiteData)).toEqual(shapeOf((await loadSite(org)).data as SiteData));
    });

    it('never keeps a file with a problem: every build reports it', async () => {
      const official = join(org, 'data/officials/an-verlinden.yaml');
      writeFileSync(official, readFileSync(official, 'utf8').replace(/^name:/m, 'naam:'));
      const first = await load(org);
      const second = await load(org);
      const problemsOf = (result: LoadResult) => result.problems.filter((problem) => problem.file === official).map(({ line, column, field, message }) => ({ line, column, field, message }));
      expect(problemsOf(first).length).toBeGreaterThan(0);
      expect(problemsOf(second)).toEqual(problemsOf(first));
      expect(second.figures.read).toBe(1);
    });

    it('reads an entry that is not whole as absent, and removes entries no build uses', async () => {
      const first = await load(org);
      const entries = readdirSync(folder);
      expect(entries).toHaveLength(first.figures.read);
      for (const entry of entries) {
        const bytes = readFileSync(join(folder, entry));
        bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
        writeFileSync(join(folder, entry), bytes);
      }
      const again = await load(org);
      expect(again.figures).toEqual({ reused: 0, read: first.figures.read });
      expect(shapeOf(again.data as SiteData)).toEqual(shapeOf(first.data as SiteData));
      rmSync(join(org, 'data/travel/2025.csv'));
      const fewer = await load(org);
      expect(readdirSync(folder)).toHaveLength(first.figures.read - 1);
      expect(fewer.figures.reused).toBe(first.figures.read - 1);
    });
  });
});
