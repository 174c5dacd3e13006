// Votes by name on a meeting's items: what a staff member reads when the names are wrong (at the line and
// column of the name, with the fix), and the rows of the votes dataset, one per official per item.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_ROWS } from '../../src/lib/datasets/rows.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { formatProblem, sortProblems } from '../../src/lib/loading/problems.ts';
import { namedVotes, recentFirst } from '../../src/lib/meetings/votes.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/small-org');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The small organisation with the council meeting's front matter written as given. */
async function problemsWith(frontMatter: string): Promise<string[]> {
  const org = mkdtempSync(join(tmpdir(), 'vitrine-votes-'));
  made.push(org);
  cpSync(fixture, org, { recursive: true });
  writeFileSync(join(org, 'content/meetings/2025-02-10-council.nl.md'), `---\n${frontMatter}---\n\nDe raad beslist.\n`);
  const { problems } = await loadSite(org);
  return sortProblems(problems).map((problem) => formatProblem(problem, org));
}

const head = 'body: council\ndate: 2025-02-10\nstart: "19:30"\npresent: [an-verlinden, karim-dubois]\nexcused: [lise-marchal]\nitems:\n  - title: Begroting\n';

describe('votes by name in a meeting’s front matter', () => {
  it('are accepted when every name is an official, named once, and the totals agree', async () => {
    expect(await problemsWith(`${head}    votes: { for: 1, against: 1 }\n    votesByName: { for: [an-verlinden], against: [karim-dubois], absent: [lise-marchal] }\n`)).toEqual([]);
    // Names without totals are enough.
    expect(await problemsWith(`${head}    votesByName:\n      for: [an-verlinden, karim-dubois]\n`)).toEqual([]);
  });

  it('refuse an official named twice, at the second name, saying where the first is', async () => {
    expect(await problemsWith(`${head}    votesByName:\n      for: [an-verlinden, karim-dubois]\n      abstain: [an-verlinden]\n`)).toEqual([
      'content/meetings/2025-02-10-council.nl.md:11:17  items.0.votesByName.abstain.0  names an-verlinden again, already under for: an official votes once per item, keep them in one list',
    ]);
  });

  it('refuse a name that is not an official, with the closest ids', async () => {
    expect(await problemsWith(`${head}    votesByName:\n      for: [an-verlinden, karim-dubois]\n      absent: [lise-marcha]\n`)).toEqual([
      'content/meetings/2025-02-10-council.nl.md:11:16  items.0.votesByName.absent.0  "lise-marcha" is not an official: use the id of a file in data/officials/ (did you mean lise-marchal?)',
    ]);
    // A voter misspelt is not among those present, which the meeting itself says.
    expect(await problemsWith(`${head}    votesByName:\n      for: [an-verlinden, karim-duboi]\n`)).toEqual([
      'content/meetings/2025-02-10-council.nl.md:10:27  items.0.votesByName.for.1  karim-duboi voted for but is not in present: add them to present, or move them to absent if they did not vote',
    ]);
  });

  it('refuse totals that disagree with the names, at the total, and a voter not present', async () => {
    expect(await problemsWith(`${head}    votes: { for: 2, against: 0 }\n    votesByName: { for: [an-verlinden], against: [lise-marchal] }\n`)).toEqual([
      'content/meetings/2025-02-10-council.nl.md:9:19  items.0.votes.for  is 2, but votesByName.for names 1 official: make the total and the names agree (fix the count or the list of names)',
      'content/meetings/2025-02-10-council.nl.md:9:31  items.0.votes.against  is 0, but votesByName.against names 1 official: make the total and the names agree (fix the count or the list of names)',
      'content/meetings/2025-02-10-council.nl.md:10:51  items.0.votesByName.against.0  lise-marchal voted against but is not in present: add them to present, or move them to absent if they did not vote',
    ]);
  });
});

describe('the votes dataset', () => {
  it('has one row per official per item, with the line of the name as its source', async () => {
    const { data, problems } = await loadSite(fixture);
    expect(problems).toEqual([]);
    if (!data) throw new Error('the fixture did not load');
    const rows = [...DATASET_ROWS.votes(data)];
    expect(rows).toEqual([
      { meeting: '2025-02-10-council', date: '2025-02-10', body: 'council', item: 1, title: { nl: 'Begroting 2025', fr: 'Budget 2025', en: 'Budget 2025' }, official: 'an-verlinden', vote: 'for', source: 'content/meetings/2025-02-10-council.nl.md:11' },
      { meeting: '2025-02-10-council', date: '2025-02-10', body: 'council', item: 1, title: { nl: 'Begroting 2025', fr: 'Budget 2025', en: 'Budget 2025' }, official: 'karim-dubois', vote: 'for', source: 'content/meetings/2025-02-10-council.nl.md:11' },
    ]);
    // A meeting without names (the board's) gives no rows: totals are never turned into names.
    expect(rows.some((row) => row.meeting === '2025-03-03-board')).toBe(false);
  });

  it('lists an official’s votes recent first, items in their order', () => {
    const meeting = (id: string, date: string) => ({
      id,
      date,
      body: 'council',
      present: ['an-verlinden'],
      items: [
        { title: 'Eerste', votesByName: { for: ['an-verlinden'] } },
        { title: 'Tweede', votesByName: { against: ['an-verlinden'] } },
      ],
    });
    const votes = [...namedVotes(meeting('2025-01-13-council', '2025-01-13')), ...namedVotes(meeting('2025-03-10-council', '2025-03-10'))].sort(recentFirst);
    expect(votes.map((vote) => `${vote.date} ${vote.item} ${vote.vote}`)).toEqual(['2025-03-10 1 for', '2025-03-10 2 against', '2025-01-13 1 for', '2025-01-13 2 against']);
  });
});
