// Golden outputs: the small fixture organisation, built with "today" fixed, must give exactly the files
// committed in tests/golden/small-org/: every data file (/data/**, the archive too, and the JSON API's
// /api/*.json), every news feed,
// every calendar, the agenda index and a few pages of HTML, one of each main template. Data files,
// feeds, calendars and the agenda index are compared byte for byte, untouched. In the pages, two
// things are normalised before comparing (in the golden files too), because they change with any edit
// to any script or style sheet of the site and say nothing about the page: hashed asset names
// (`/_astro/Base.BRD6OTdJ.css` becomes `/_astro/Base.css`) and the script hashes of the
// Content-Security-Policy (`'sha256-…'`). Everything else in a page must match exactly.
//
// The fixture is built from a copy in a fresh git repository with one commit on a fixed day, so that the
// dates the build reads from git (a dataset's last change) depend on neither the project's history nor
// how deep the clone is.
//
// After a change that alters the output on purpose, write the golden files again and review the diff:
//   VITRINE_UPDATE_GOLDEN=1 npm run test:unit -- tests/build/golden.test.ts
import { CHANGE_DATASETS } from '../../src/lib/history/changes-view.ts';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/schemas/signal.ts';
import { root, runBuild } from './run-build.ts';

const golden = join(root, 'tests/golden/small-org');
const update = process.env.VITRINE_UPDATE_GOLDEN === '1';
const UPDATE_COMMAND = 'VITRINE_UPDATE_GOLDEN=1 npm run test:unit -- tests/build/golden.test.ts';
/** The day of the fixture's one commit: what the build reads from git as the last change of every dataset. */
const COMMITTED = '2026-01-15T12:00:00+00:00';

/** One page of each main template. */
const PAGES = [
  'nl/index.html', // home
  'fr/officials/an-verlinden/index.html', // an official
  'en/meetings/2025-03-03-board/index.html', // a meeting whose minutes exist only in French
  'nl/money/index.html', // money, with charts and their tables
  'en/datasets/agenda/index.html', // a dataset: dictionary, sizes, checksums, last change
  'nl/rules/index.html', // the ethics rules and their signals
  'fr/agenda/2025-03/index.html', // a month of the agenda
  'en/organisations/wijkcomite-kanaal-vzw/index.html', // an organisation met
  'en/travel/index.html', // the register of travel paid by others: values as stated, totals counting the others apart
  'fr/changes/index.html', // the changes of every dataset (one commit: each starts with its back-fill)
  'nl/changes/gifts/index.html', // a dataset's changes
];

/** The golden files of a build, by path: every file under data/, the API's JSON files, feeds, calendars, the agenda index, and PAGES. */
function goldenFiles(out: string): string[] {
  const below = (dir: string) =>
    existsSync(join(out, dir))
      ? readdirSync(join(out, dir), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(out, join(entry.parentPath, entry.name)))
      : [];
  const feeds = readdirSync(out).filter((name) => /^[a-z]{2}$/.test(name) && existsSync(join(out, name, 'feed.xml'))).map((lang) => `${lang}/feed.xml`);
  const calendars = below('calendar').filter((file) => file.endsWith('.ics'));
  const follow = below('feeds').filter((file) => file.endsWith('.atom'));
  const api = below('api').filter((file) => file.endsWith('.json'));
  return [...below('data'), ...api, ...feeds, ...calendars, ...follow, 'agenda-index.json', ...PAGES].sort();
}

/** What is compared of a file: its bytes, or for a page its HTML with asset hashes and CSP hashes normalised. */
function comparable(path: string, bytes: Buffer): Buffer {
  if (!path.endsWith('.html')) return bytes;
  return Buffer.from(
    bytes
      .toString('utf8')
      .replace(/(\/_astro\/[^"'\s()<>]*?)\.[\w-]{8}\.(js|mjs|css|svg|png|jpe?g|webp|avif|woff2?)(?![\w.])/g, '$1.$2')
      .replace(/'sha256-[A-Za-z0-9+/]+={0,2}'/g, "'sha256-…'"),
    'utf8',
  );
}

function read(dir: string, paths: string[]): Map<string, Buffer> {
  return new Map(paths.filter((path) => existsSync(join(dir, path))).map((path) => [path, comparable(path, readFileSync(join(dir, path)))]));
}

// --- A readable difference -------------------------------------------------------------------------

const isBinary = (bytes: Buffer) => bytes.includes(0);

/** Lines to show, each with its line number: a line over 200 characters (minified HTML, a CSV row) is cut after each `>` and `,`. */
function displayLines(text: string): Array<{ text: string; line: number }> {
  return text.split('\n').flatMap((line, index) => (line.length > 200 ? line.split(/(?<=[>,])/) : [line]).map((piece) => ({ text: piece, line: index + 1 })));
}
const shown = (line: string) => line.replace(/\r$/, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

/** A line diff: common ends trimmed, the middle by longest common subsequence (or replaced whole when too large). */
function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: ' ', line: a[i] ?? '', a: i, b: i });
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > 4_000_000) {
    midA.forEach((line, i) => ops.push({ kind: '-', line, a: start + i, b: start }));
    midB.forEach((line, j) => ops.push({ kind: '+', line, a: endA, b: start + j }));
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        (lcs[i] as Uint32Array)[j] = midA[i] === midB[j] ? ((lcs[i + 1] as Uint32Array)[j + 1] ?? 0) + 1 : Math.max((lcs[i + 1] as Uint32Array)[j] ?? 0, (lcs[i] as Uint32Array)[j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ kind: ' ', line: midA[i] ?? '', a: start + i, b: start + j });
        i++;
        j++;
      } else if (i < n && (j === m || ((lcs[i + 1] as Uint32Array)[j] ?? 0) >= ((lcs[i] as Uint32Array)[j + 1] ?? 0))) {
        ops.push({ kind: '-', line: midA[i] ?? '', a: start + i, b: start + j });
        i++;
      } else {
        ops.push({ kind: '+', line: midB[j] ?? '', a: start + i, b: start + j });
        j++;
      }
    }
  }
  for (let i = endA, j = endB; i < a.length; i++, j++) ops.push({ kind: ' ', line: a[i] ?? '', a: i, b: j });
  return ops;
}

/** Unified-diff hunks with three lines of context, at most `limit` lines in all. */
function unified(expected: string, actual: string, limit = 40): string[] {
  const before = displayLines(expected);
  const after = displayLines(actual);
  const ops = diffLines(before.map((piece) => piece.text), after.map((piece) => piece.text));
  const cut = before.length + after.length > new Set(before.map((piece) => piece.line)).size + new Set(after.map((piece) => piece.line)).size;
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  const out: string[] = [];
  let shownLines = 0;
  let next = 0;
  while (next < changed.length && shownLines < limit) {
    const first = changed[next] ?? 0;
    let last = first;
    while (next + 1 < changed.length && (changed[next + 1] ?? 0) - last <= 7) last = changed[++next] ?? last;
    next++;
    const from = Math.max(0, first - 3);
    const to = Math.min(ops.length, last + 4);
    const hunk = ops.slice(from, to);
    const lineA = before[hunk[0]?.a ?? 0]?.line ?? before.length;
    const lineB = after[hunk[0]?.b ?? 0]?.line ?? after.length;
    out.push(`  @@ -${lineA} +${lineB} @@${cut ? ' (lines over 200 characters are shown cut after each > and ,)' : ''}`);
    for (const op of hunk) {
      if (shownLines++ >= limit) break;
      out.push(`  ${op.kind}${shown(op.line)}`);
    }
    const minus = hunk.filter((op) => op.kind === '-').map((op) => shown(op.line));
    const plus = hunk.filter((op) => op.kind === '+').map((op) => shown(op.line));
    if (minus.length > 0 && minus.join('\n') === plus.join('\n')) out.push('  (these lines differ only in their line ends)');
  }
  if (next < changed.length || shownLines > limit) out.push('  … more differences in this file');
  return out;
}

/** What differs between the golden files and the build, as a report to read; empty when they are the same. */
function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string {
  const missing = [...expected.keys()].filter((path) => !actual.has(path));
  const added = [...actual.keys()].filter((path) => !expected.has(path));
  const changed = [...actual.keys()].filter((path) => expected.has(path) && !(expected.get(path) as Buffer).equals(actual.get(path) as Buffer));
  if (missing.length + added.length + changed.length === 0) return '';
  const lines: string[] = [];
  if (missing.length) lines.push(`in the golden folder, not in the build (${missing.length}):`, ...missing.map((path) => `  - ${path}`));
  if (added.length) lines.push(`in the build, not in the golden folder (${added.length}):`, ...added.map((path) => `  + ${path}`));
  if (changed.length) lines.push(`changed (${changed.length}): ${changed.join(', ')}`);
  for (const path of changed.slice(0, 8)) {
    const before = expected.get(path) as Buffer;
    const after = actual.get(path) as Buffer;
    lines.push('', `--- golden/${path}`, `+++ build/${path}`);
    if (path.endsWith('.zip')) {
      const a = unzipSync(new Uint8Array(before));
      const b = unzipSync(new Uint8Array(after));
      const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      const differ = names.filter((name) => !a[name] || !b[name] || !Buffer.from(a[name]).equals(Buffer.from(b[name])));
      lines.push(`  ${before.length} → ${after.length} bytes; ${differ.length ? `entries that differ: ${differ.join(', ')}` : 'same entries, different archive bytes (times, order or compression)'}`);
    } else if (isBinary(before) || isBinary(after)) {
      lines.push(`  binary, ${before.length} → ${after.length} bytes`);
    } else {
      lines.push(...unified(before.toString('utf8'), after.toString('utf8')));
    }
  }
  if (changed.length > 8) lines.push('', `… and ${changed.length - 8} more changed files, not shown`);
  lines.push('', `If the change is intended, write the golden files again and review their diff: ${UPDATE_COMMAND}`);
  return lines.join('\n');
}

// --- The build ---------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'vitrine-golden-'));
const org = join(work, 'org');
const out = join(work, 'site');
let built = new Map<string, Buffer>();
let expected = new Map<string, Buffer>();

beforeAll(() => {
  cpSync(join(root, 'tests/fixtures/small-org'), org, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'init.defaultBranch=main', ...args], {
      cwd: org,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: COMMITTED, GIT_COMMITTER_DATE: COMMITTED, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  git('init', '-q');
  git('add', '-A', '.');
  git('commit', '-q', '-m', 'The small fixture organisation');

  const result = runBuild(org, out);
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${result.stdout}\n${result.stderr}`);
  built = read(out, goldenFiles(out));
  const committed = existsSync(golden)
    ? readdirSync(golden, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(golden, join(entry.parentPath, entry.name)))
    : [];
  expected = read(golden, committed);

  if (update) {
    const report = differences(expected, built);
    rmSync(golden, { recursive: true, force: true });
    for (const [path, bytes] of built) {
      mkdirSync(dirname(join(golden, path)), { recursive: true });
      writeFileSync(join(golden, path), bytes);
    }
    const size = [...built.values()].reduce((sum, bytes) => sum + bytes.length, 0);
    console.log(`golden files written: ${built.size} files, ${Math.round(size / 1024)} KB in ${relative(root, golden)}\n${report || 'nothing changed'}`);
    expected = read(golden, [...built.keys()]);
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Compares the part of the golden folder and of the build whose paths `belongs` accepts. */
function compare(belongs: (path: string) => boolean): void {
  const pick = (files: Map<string, Buffer>) => new Map([...files].filter(([path]) => belongs(path)));
  const mine = pick(expected);
  if (mine.size === 0 && expected.size === 0) throw new Error(`there are no golden files in ${relative(root, golden)}: write them with ${UPDATE_COMMAND}`);
  const report = differences(mine, pick(built));
  if (report) throw new Error(`the build differs from ${relative(root, golden)}:\n\n${report}`);
}

const isData = (path: string) => path.startsWith('data/') || path.startsWith('api/');
const isPage = (path: string) => path.endsWith('.html');

describe('the small fixture organisation, against its golden files', () => {
  it('writes every data file exactly as committed: CSV, JSON, the data package, DCAT, Popolo, the archive, SHA256SUMS and the JSON API', () => {
    expect([...built.keys()].filter(isData)).toEqual(expect.arrayContaining(['api/index.json', 'api/officials.json', 'api/openapi.json', 'data/SHA256SUMS', 'data/datapackage.json', 'data/catalog.jsonld', 'data/popolo.json', 'data/datasets.zip', 'data/agenda.csv', 'data/agenda.json']));
    compare(isData);
  });

  it('writes every news feed, calendar, Atom feed and the agenda index exactly as committed', () => {
    const calendars = ['all', 'an-verlinden', 'karim-dubois', 'lise-marchal'];
    const perLanguage = ['en', 'fr', 'nl'].flatMap((lang) => [...calendars, 'bodies/board', 'bodies/council'].map((file) => `calendar/${lang}/${file}.ics`));
    const follow = ['en', 'fr', 'nl'].flatMap((lang) => [
      ...['an-verlinden', 'karim-dubois', 'lise-marchal'].map((id) => `feeds/${lang}/officials/${id}.atom`),
      ...RULE_IDS.map((rule) => `feeds/${lang}/rules/${rule}.atom`),
      `feeds/${lang}/signals.atom`,
      ...CHANGE_DATASETS.map(({ dataset }) => `feeds/${lang}/changes/${dataset}.atom`),
    ]);
    expect([...built.keys()].filter((path) => !isData(path) && !isPage(path))).toEqual(['agenda-index.json', ...calendars.map((file) => `calendar/${file}.ics`), ...perLanguage, ...follow, 'en/feed.xml', 'fr/feed.xml', 'nl/feed.xml'].sort());
    compare((path) => !isData(path) && !isPage(path));
  });

  it('writes the pages of each template as committed, but for asset and script hashes', () => {
    expect([...built.keys()].filter(isPage)).toEqual([...PAGES].sort());
    compare(isPage);
  });

  it('reports a difference readably: the files added and removed, and the first lines that differ', () => {
    const page = built.get('nl/index.html') ?? Buffer.from('');
    const changed = new Map(built);
    changed.set('nl/index.html', Buffer.from(page.toString('utf8').replace('<h1', '<h1 class="changed"')));
    changed.delete('calendar/all.ics');
    changed.set('data/extra.csv', Buffer.from('id\r\n1\r\n'));
    const report = differences(built, changed);
    expect(report).toContain('in the golden folder, not in the build (1):\n  - calendar/all.ics');
    expect(report).toContain('in the build, not in the golden folder (1):\n  + data/extra.csv');
    expect(report).toContain('--- golden/nl/index.html\n+++ build/nl/index.html\n  @@ -');
    expect(report).toMatch(/\n {2}-<h1[^\n]*\n {2}\+<h1 class="changed"/);
    expect(report.length).toBeLessThan(page.length);
    expect(differences(built, built)).toBe('');
  });
});
