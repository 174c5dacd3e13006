/**
 * What each commit changed in each published kind of record (src/lib/history/changes.ts, versions.ts)
 * and the cache between builds (history-cache.ts), on temporary repositories holding a copy of the
 * small fixture organisation, with commits at fixed dates.
 */
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/lib/history/changes.ts';
import { git } from '../../src/lib/history/git.ts';
import { readSiteChanges } from '../../src/lib/history/history-cache.ts';
import { readNext, readWhole } from '../../src/lib/history/versions.ts';
import { copyOfFixture } from '../fixture-folders.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const quiet = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

/** A repository holding a copy of the small fixture, committed on 2025-06-01. */
function fixtureRepository() {
  const org = copyOfFixture('small-org', 'vitrine-changes-');
  made.push(org);
  const run = (...args: string[]) => git(org, args, { env: quiet });
  run('init', '-q', '-b', 'main');
  const commit = (day: string, message = day, ...extra: string[]) => {
    const stamp = `${day}T12:00:00+00:00`;
    run('add', '-A');
    git(org, ['commit', '-q', ...extra, '-m', message], { env: { ...quiet, GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp } });
    return run('rev-parse', 'HEAD');
  };
  const edit = (path: string, change: (text: string) => string) => writeFileSync(join(org, path), change(readFileSync(join(org, path), 'utf8')));
  commit('2025-06-01', 'The small fixture organisation');
  return { org, run, commit, edit };
}

const appointment = (id: string, title: string) => `${id},2025-06-10,10:00,11:00,an-verlinden,${title},,,council-work,,,,,\n`;

/** The second commit of the tests: a gift's value changed, two appointments added, a trip removed. */
function secondCommit(repo: ReturnType<typeof fixtureRepository>) {
  repo.edit('data/gifts/2025.csv', (text) => text.replace('Twee tickets,40.00', 'Twee tickets,45.00'));
  appendFileSync(join(repo.org, 'data/agenda/2025.csv'), appointment('a-2025-0101', 'Overleg met de wijkraad') + appointment('a-2025-0102', 'Bezoek aan de bibliotheek'));
  const travel = readFileSync(join(repo.org, 'data/travel/2025.csv'), 'utf8').split('\n');
  const removed = (travel[1] ?? '').split(',')[0];
  writeFileSync(join(repo.org, 'data/travel/2025.csv'), [travel[0], ...travel.slice(2)].join('\n'));
  return { hash: repo.commit('2025-06-12', 'A gift, two appointments, a trip'), removed };
}

describe('changes from git history', () => {
  it('keeps the first commit as a back-fill, then shows exactly what a commit changed', () => {
    const repo = fixtureRepository();
    const { hash, removed } = secondCommit(repo);
    const changes = readSiteChanges(repo.org, { cacheFile: false });
    expect(changes.none).toBeUndefined();
    expect(changes.head).toBe(hash);
    // Every published kind starts with one line: the records there when history began.
    for (const [kind, commits] of Object.entries(changes.kinds)) {
      expect(commits?.[0], kind).toMatchObject({ day: '2025-06-01', added: [], changed: [], removed: [] });
      expect(commits?.[0]?.start, kind).toBeGreaterThan(0);
    }
    expect(changes.kinds.agenda?.[0]?.start).toBe(3);
    // Whose records the changed and removed ones are (the officials' feeds carry them).
    expect(changes.kinds.gifts?.slice(1)).toEqual([{ commit: hash, day: '2025-06-12', added: [], removed: [], changed: [{ id: 'g-2025-01', fields: [{ field: 'value', before: '40.00', after: '45.00' }] }], owners: { 'g-2025-01': ['an-verlinden'] } }]);
    expect(changes.kinds.agenda?.slice(1)).toEqual([{ commit: hash, day: '2025-06-12', added: ['a-2025-0101', 'a-2025-0102'], changed: [], removed: [] }]);
    expect(changes.kinds.travel?.slice(1)).toEqual([{ commit: hash, day: '2025-06-12', added: [], changed: [], removed: [removed], owners: { [removed ?? '']: ['an-verlinden'] } }]);
    // Nothing else changed.
    for (const kind of ['bodies', 'officials', 'meetings', 'declarations', 'remuneration', 'income', 'expenditure', 'complaints', 'organisations'] as const) expect(changes.kinds[kind], kind).toHaveLength(1);
  });

  it('moves nothing when a file is renamed or a record moves to another file', () => {
    const repo = fixtureRepository();
    renameSync(join(repo.org, 'data/agenda/2025.csv'), join(repo.org, 'data/agenda/2025-spring.csv'));
    repo.commit('2025-06-20', 'a file renamed');
    const lines = readFileSync(join(repo.org, 'data/gifts/2024.csv'), 'utf8').split('\n');
    const moved = lines.pop() || lines.pop();
    writeFileSync(join(repo.org, 'data/gifts/2024.csv'), `${lines.join('\n')}\n`);
    // 2025's file has one column more at its end (sourceUrl), empty for this gift.
    appendFileSync(join(repo.org, 'data/gifts/2025.csv'), `${moved},\n`);
    renameSync(join(repo.org, 'data/officials/lise-marchal.yaml'), join(repo.org, 'data/officials/lise-marchal.yml.txt'));
    repo.commit('2025-06-21', 'a gift moved to another year, an official removed');
    const changes = readSiteChanges(repo.org, { cacheFile: false });
    expect(changes.kinds.agenda).toHaveLength(1);
    expect(changes.kinds.gifts).toHaveLength(1);
    expect(changes.kinds.officials?.slice(1)).toMatchObject([{ day: '2025-06-21', added: [], changed: [], removed: ['lise-marchal'] }]);
  });

  it('gives from the cache what a fresh pass gives, and reads history again when it was rewritten', () => {
    const repo = fixtureRepository();
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'vitrine-changes-cache-')), 'history.json');
    made.push(cacheFile.replace(/\/history\.json$/, ''));
    const first = readSiteChanges(repo.org, { cacheFile });
    expect(first.figures?.cache).toBe('fresh');
    secondCommit(repo);
    const cached = readSiteChanges(repo.org, { cacheFile });
    expect(cached.figures).toMatchObject({ cache: 'used', commits: 1 });
    const { figures: _f, ...fromCache } = cached;
    const { figures: _g, ...fresh } = readSiteChanges(repo.org, { cacheFile: false });
    expect(fromCache).toEqual(fresh);
    expect(readSiteChanges(repo.org, { cacheFile }).figures).toMatchObject({ cache: 'used', commits: 0 });

    // The last commit rewritten: the gift's value is now 50.00, and the cache's commit is gone from history.
    repo.edit('data/gifts/2025.csv', (text) => text.replace('Twee tickets,45.00', 'Twee tickets,50.00'));
    repo.commit('2025-06-13', 'amended', '--amend');
    const rewritten = readSiteChanges(repo.org, { cacheFile });
    expect(rewritten.figures?.cache).toBe('stale');
    expect(rewritten.kinds.gifts?.[1]?.changed).toEqual([{ id: 'g-2025-01', fields: [{ field: 'value', before: '40.00', after: '50.00' }] }]);
    const { figures: _h, ...again } = rewritten;
    const { figures: _i, ...freshAgain } = readSiteChanges(repo.org, { cacheFile: false });
    expect(again).toEqual(freshAgain);
  });

  it('counts a merged branch once, on the day of the merge, and reads again a cache made on that branch', () => {
    const repo = fixtureRepository();
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'vitrine-changes-cache-')), 'history.json');
    made.push(cacheFile.replace(/\/history\.json$/, ''));
    repo.run('checkout', '-q', '-b', 'staff');
    repo.edit('data/gifts/2025.csv', (text) => text.replace('Twee tickets,40.00', 'Twee tickets,45.00'));
    repo.commit('2025-06-10', 'on a branch');
    // Read on the branch: its cache ends at a commit that will not be on main's first-parent line.
    expect(readSiteChanges(repo.org, { cacheFile }).kinds.gifts?.[1]?.day).toBe('2025-06-10');
    repo.run('checkout', '-q', 'main');
    git(repo.org, ['merge', '-q', '--no-ff', '-m', 'merged', 'staff'], { env: { ...quiet, GIT_AUTHOR_DATE: '2025-06-15T12:00:00+00:00', GIT_COMMITTER_DATE: '2025-06-15T12:00:00+00:00' } });
    const merged = readSiteChanges(repo.org, { cacheFile });
    expect(merged.figures?.cache).toBe('stale');
    expect(merged.kinds.gifts?.slice(1)).toEqual([{ commit: repo.run('rev-parse', 'HEAD'), day: '2025-06-15', added: [], removed: [], changed: [{ id: 'g-2025-01', fields: [{ field: 'value', before: '40.00', after: '45.00' }] }], owners: { 'g-2025-01': ['an-verlinden'] } }]);
  });

  it('says plainly when there is no history', () => {
    const plain = copyOfFixture('small-org', 'vitrine-changes-plain-');
    made.push(plain);
    expect(readSiteChanges(plain, { cacheFile: false })).toEqual({ kinds: {}, none: `${plain} is not in a git repository` });
    git(plain, ['init', '-q'], { env: quiet });
    expect(readSiteChanges(plain, { cacheFile: false }).none).toMatch(/has no commits yet/);
  });
});

describe('reading the next version of a CSV file', () => {
  const header = 'id,date,official,giver,description,value,outcome,reason,reportedTo\n';
  const gift = (id: string, description: string, value = '10.00') => `${id},2025-01-02,an-verlinden,Giver ${id},${description},${value},accepted,,\n`;
  const rows = Array.from({ length: 40 }, (_, n) => gift(`g-2025-${String(n).padStart(2, '0')}`, `Gift ${n}`));
  const bytes = (text: string) => Buffer.from(text);

  it('reads only what differs, and finds every change a whole reading finds', () => {
    const old = readWhole('gifts', 'data/gifts/2025.csv', bytes(header + rows.join('')));
    const next = [...rows];
    next[3] = gift('g-2025-03', '"A quoted, ""changed""\nvalue"');
    next.splice(20, 1);
    next.push(gift('g-2025-99', 'New'));
    const text = header + next.join('');
    const read = readNext('gifts', 'data/gifts/2025.csv', old.state, bytes(text));
    expect(read.before.size).toBeLessThan(rows.length);
    const whole = readWhole('gifts', 'data/gifts/2025.csv', bytes(text));
    expect(compareRecords(read.before, read.after)).toEqual(compareRecords(old.records, whole.records));
    expect(compareRecords(read.before, read.after)).toMatchObject({ added: ['g-2025-99'], removed: ['g-2025-20'], changed: [{ id: 'g-2025-03' }] });
    // The state it leaves reads the next version as well as a whole reading would.
    const third = text.replace('Gift 30', 'Gift thirty');
    const after = readNext('gifts', 'data/gifts/2025.csv', read.state, bytes(third));
    expect(compareRecords(after.before, after.after)).toEqual({ added: [], removed: [], changed: [{ id: 'g-2025-30', fields: [{ field: 'description', before: 'Gift 30', after: 'Gift thirty' }] }] });
  });
});
