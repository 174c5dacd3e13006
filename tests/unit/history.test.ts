/**
 * When agenda entries first appeared in git (src/lib/history/agenda-first-seen.ts) and the one module
 * that runs git (src/lib/history/git.ts), on temporary repositories whose commits carry fixed dates.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAgendaHistory } from '../../src/lib/history/agenda-first-seen.ts';
import { readCsv } from '../../src/lib/loading/sources/csv.ts';
import { lastChanged } from '../../src/lib/history/git-dates.ts';
import { git, GitError } from '../../src/lib/history/git.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// No global or system configuration (signing, hooks, templates) reaches the test repositories.
const quiet = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

/** A repository whose organisation folder is `org/` (as with VITRINE_SITE_DIR), or the top itself. */
function repository(sub = 'org') {
  const top = mkdtempSync(join(tmpdir(), 'vitrine-history-'));
  made.push(top);
  git(top, ['init', '-q', '-b', 'main'], { env: quiet });
  const org = join(top, sub);
  mkdirSync(org, { recursive: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(org, path)), { recursive: true });
    writeFileSync(join(org, path), text);
  };
  const remove = (path: string) => rmSync(join(org, path));
  const move = (from: string, to: string) => renameSync(join(org, from), join(org, to));
  const commit = (day: string, message = day) => {
    const stamp = `${day}T12:00:00+00:00`;
    git(top, ['add', '-A'], { env: quiet });
    git(top, ['commit', '-q', '--allow-empty', '-m', message], { env: { ...quiet, GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp } });
  };
  const history = () => readAgendaHistory(org);
  const published = () => Object.fromEntries([...history().published].sort());
  return { top, org, write, remove, move, commit, history, published, git: (...args: string[]) => git(top, args, { env: quiet }) };
}

const header = 'id,date,start,end,officials,title.en,category';
const row = (id: string, date = '2025-03-01', title = `Meeting ${id}`) => `${id},${date},09:00,10:00,ann-peeters,${title},council-work`;
const csv = (...rows: string[]) => `${[header, ...rows].join('\n')}\n`;

describe('agenda history', () => {
  it('leaves out the entries of the first commit that brought agenda files (a back-fill), not of the first commit', () => {
    const repo = repository();
    repo.write('data/site.yaml', 'name: Test\n');
    repo.commit('2025-01-01', 'site settings only');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2')));
    repo.commit('2025-02-01', 'back-fill');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2'), row('a-3')));
    repo.commit('2025-03-05');
    expect(repo.published()).toEqual({ 'a-3': '2025-03-05' });
    expect(repo.history()).toMatchObject({ commits: 2, versions: 2 });
  });

  it('reads every version with the CSV reader: columns reordered, another separator, a byte order mark', () => {
    const repo = repository();
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.commit('2025-02-01');
    // id is no longer the first column, and the separator is now a semicolon.
    repo.write('data/agenda/2025.csv', '\uFEFFdate;title.en;id;start;end;officials;category\r\n2025-03-01;Meeting;a-1;09:00;10:00;ann-peeters;council-work\r\n2025-03-02;Visit;a-2;09:00;10:00;ann-peeters;council-work\r\n');
    repo.commit('2025-03-04');
    repo.write('data/agenda/2025.csv', 'title.en,date,start,end,officials,category,id\nMeeting,2025-03-01,09:00,10:00,ann-peeters,council-work,a-1\nVisit,2025-03-02,09:00,10:00,ann-peeters,council-work,a-2\n"Debate, with ""quotes""",2025-03-03,09:00,10:00,ann-peeters,council-work,a-3\n');
    repo.commit('2025-03-06');
    expect(repo.published()).toEqual({ 'a-2': '2025-03-04', 'a-3': '2025-03-06' });
  });

  it('reads quoted line breaks: a line inside a cell is not an entry', () => {
    const repo = repository();
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.commit('2025-02-01');
    // The title's second line looks like an entry of its own to a reader that goes line by line.
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2', '2025-03-01', '"Two lines:\nfake-id,2025-03-01,09:00"'), row('a-3')));
    repo.commit('2025-03-04');
    expect(repo.published()).toEqual({ 'a-2': '2025-03-04', 'a-3': '2025-03-04' });
  });

  it('follows a renamed file and entries moved between files: the first appearance anywhere counts', () => {
    const repo = repository();
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.commit('2025-02-01');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2')));
    repo.commit('2025-03-01');
    repo.move('data/agenda/2025.csv', 'data/agenda/agenda-2025.csv');
    repo.commit('2025-04-01', 'renamed, unchanged');
    repo.move('data/agenda/agenda-2025.csv', 'data/agenda/first-half.csv');
    repo.write('data/agenda/first-half.csv', csv(row('a-1'), row('a-2'), row('a-3')));
    repo.commit('2025-05-01', 'renamed, with a new entry');
    // a-2 moves to another file; a-4 is new in that file.
    repo.write('data/agenda/first-half.csv', csv(row('a-1'), row('a-3')));
    repo.write('data/agenda/second-half.csv', csv(row('a-2', '2025-07-01'), row('a-4', '2025-07-02')));
    repo.commit('2025-07-10', 'moved');
    expect(repo.published()).toEqual({ 'a-2': '2025-03-01', 'a-3': '2025-05-01', 'a-4': '2025-07-10' });
  });

  it('keeps the first appearance of an entry removed and added again', () => {
    const repo = repository();
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.commit('2025-02-01');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2')));
    repo.commit('2025-03-01');
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.commit('2025-03-02', 'removed');
    repo.remove('data/agenda/2025.csv');
    repo.commit('2025-03-03', 'whole file removed');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2')));
    repo.commit('2025-06-01', 'added again');
    expect(repo.published()).toEqual({ 'a-2': '2025-03-01' });
  });

  it('takes the day of the branch commit that brought an entry, and entries new in a merge', () => {
    const repo = repository('');
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.commit('2025-02-01');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2')));
    repo.commit('2025-03-01', 'on a branch');
    repo.git('checkout', '-q', 'main');
    repo.write('data/agenda/2026.csv', csv(row('b-1', '2026-01-05')));
    repo.commit('2025-03-02', 'on main');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2'), row('a-3')));
    repo.commit('2025-03-10', 'merged, with an entry of its own');
    expect(repo.published()).toEqual({ 'a-2': '2025-03-01', 'a-3': '2025-03-10', 'b-1': '2025-03-02' });
  });

  it('leaves entries not committed yet out, and reads only the agenda folder', () => {
    const repo = repository();
    repo.write('data/agenda/2025.csv', csv(row('a-1')));
    repo.write('data/gifts/2025.csv', 'id,date\ng-1,2025-01-01\n');
    repo.commit('2025-02-01');
    repo.write('data/gifts/2025.csv', 'id,date\ng-1,2025-01-01\ng-2,2025-01-01\n');
    repo.write('data/agenda/notes.txt', 'a-9,not an agenda file\n');
    repo.commit('2025-03-01');
    repo.write('data/agenda/2025.csv', csv(row('a-1'), row('a-2')));
    expect(repo.published()).toEqual({});
    expect(repo.history()).toMatchObject({ commits: 1 });
  });

  it('finds what reading every version whole finds, over many random edits (the reader reads only what changed)', () => {
    const repo = repository();
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const titles = ['Meeting', '"Two\nlines"', '"Quote ""inside"", comma"', 'Visite à Liège', '"Ends with a line break\n"', 'Meeting'];
    // Files long enough that changes lie far apart (each is then read on its own).
    const files: Record<string, string[]> = { '2025.csv': Array.from({ length: 600 }, (_, n) => row(`b-${n}`)), '2026.csv': Array.from({ length: 300 }, (_, n) => row(`c-${n}`)) };
    let next = 1;
    for (let step = 0; step < 60; step++) {
      const name = step === 30 || step === 40 || random(3) !== 0 ? '2025.csv' : '2026.csv';
      const rows = files[name] as string[];
      const at = random(rows.length + 1);
      const action = random(10);
      // A quote left open (the rest of the file is one broken row), then closed again.
      if (step === 30) rows.splice(300, 0, row(`a-${next++}`, '2025-03-01', '"Unclosed'));
      else if (step === 40) rows[300] = (rows[300] as string).replace('"Unclosed', 'Closed');
      else if (action < 5 || rows.length === 0) rows.splice(at, 0, row(`a-${next++}`, '2025-03-01', titles[random(titles.length)]));
      else if (action < 7) rows.splice(at % rows.length, 1);
      else if (action < 8) rows.splice(random(rows.length), 0, ...rows.splice(at % rows.length, 1));
      else rows[at % rows.length] = (rows[at % rows.length] as string).replace(/,council-work$/, ',party-work');
      // Now and then the file's line ends change, or the id column moves: the whole file differs.
      let text = csv(...rows);
      if (step % 13 === 12) text = text.replace(/\n/g, '\r\n');
      if (step % 17 === 16) text = `${header.replace(/^id,/, '')},id\n${rows.map((line) => line.replace(/^([^,]+),(.*)$/s, '$2,$1')).join('\n')}\n`;
      repo.write(`data/agenda/${name}`, text);
      const day = `2025-${String(1 + Math.floor(step / 5)).padStart(2, '0')}-${String(1 + (step % 5) * 6).padStart(2, '0')}`;
      repo.commit(day);
    }
    // The same question answered the slow way: every file of every commit read whole.
    const expected = new Map<string, string>();
    const seen = new Set<string>();
    repo.git('log', '--reverse', '--format=%H %cs').split('\n').forEach((line, index) => {
      const [commit, day] = line.split(' ') as [string, string];
      for (const path of repo.git('ls-tree', '-r', '--name-only', commit, '--', 'org/data/agenda').split('\n').filter(Boolean)) {
        for (const record of readCsv(repo.git('show', `${commit}:${path}`), path).records) {
          const id = record.values.id as string;
          if (seen.has(id)) continue;
          seen.add(id);
          if (index > 0) expected.set(id, day);
        }
      }
    });
    expect(expected.size).toBeGreaterThan(15);
    expect(repo.published()).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('has no history, and says why, outside a git repository, in one without commits, or without git', () => {
    const plain = mkdtempSync(join(tmpdir(), 'vitrine-no-git-'));
    made.push(plain);
    mkdirSync(join(plain, 'data', 'agenda'), { recursive: true });
    writeFileSync(join(plain, 'data', 'agenda', '2025.csv'), csv(row('a-1')));
    expect(readAgendaHistory(plain)).toMatchObject({ published: new Map(), none: `${plain} is not in a git repository` });
    expect(() => git(plain, ['log'])).toThrow(expect.objectContaining({ name: 'GitError', failure: 'not-a-repository' }));
    expect(lastChanged(plain, ['data'])).toBeUndefined();

    const empty = repository();
    empty.write('data/agenda/2025.csv', csv(row('a-1')));
    expect(empty.history()).toMatchObject({ published: new Map(), none: expect.stringContaining('has no commits yet') });

    const path = process.env.PATH;
    process.env.PATH = plain;
    try {
      expect(readAgendaHistory(empty.org).none).toMatch(/git is not installed/);
      expect(() => git(plain, ['--version'])).toThrow(GitError);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('the git wrapper', () => {
  it('says which command failed and why, and refuses output over its limit', () => {
    const repo = repository('');
    repo.write('data/site.yaml', 'name: Test\n');
    repo.commit('2025-01-01');
    expect(() => git(repo.top, ['show', 'no-such-ref'])).toThrow(/git show no-such-ref failed in .* \(exit 128\): fatal: ambiguous argument 'no-such-ref'/);
    expect(() => git(repo.top, ['log', '-p'], { maxBuffer: 10 })).toThrow(expect.objectContaining({ failure: 'too-large' }));
    expect(lastChanged(repo.top, ['data'])).toBe('2025-01-01');
  });
});
