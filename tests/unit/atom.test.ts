// The Atom writer and the feeds to follow: hostile text stays text, the language of data is marked, no
// date without a time is given one the source did not state, and a feed holds the newest 50 records.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { wellFormed } from '../well-formed.ts';
import { describe, expect, it } from 'vitest';
import { loadedFixture } from '../fixture-folders.ts';
import { writeAtom, type AtomFeed } from '../../src/lib/feeds/atom.ts';
import { atomDate, FOLLOW_LIMIT, selectFollowed } from '../../src/lib/feeds/follow.ts';
import { writeFollowFeeds } from '../../src/lib/datasets/follow-feeds.ts';
import { RULES } from '../../src/lib/rules/index.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'https://portal.example.org/feeds/en/officials/x.atom',
  title: 'X & <Y>',
  lang: 'en',
  updated: '2025-03-14T00:00:00+01:00',
  author: { name: 'Org' },
  self: 'https://portal.example.org/feeds/en/officials/x.atom',
  alternate: 'https://portal.example.org/en/officials/x/',
  entries,
});
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' });

describe('the Atom writer', () => {
  it('keeps markup and control characters in the data as text', () => {
    const hostile = '</title><script>alert(1)</script> & "quotes" \u0001';
    const xml = writeAtom(feed([{ id: 'tag:portal.example.org,2025:gifts/g-1', title: [hostile], updated: '2025-03-14T00:00:00+01:00', link: 'https://portal.example.org/en/gifts/2025/#g-1', summary: [hostile] }]));
    expect(wellFormed(xml)).toBe(true);
    const parsed = parser.parse(xml) as { feed: { title: string; entry: Array<{ title: string; summary: string }> } };
    expect(parsed.feed.title).toBe('X & <Y>');
    expect(parsed.feed.entry[0]?.title).toContain('<script>');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
  });

  it('marks a title wholly in another language with xml:lang, and data inside a sentence with a span', () => {
    const xml = writeAtom(
      feed([
        {
          id: 'tag:portal.example.org,2025:agenda/a-1',
          title: [{ text: 'Overleg', lang: 'nl', fallback: true }],
          updated: '2025-03-14T09:30:00+01:00',
          link: 'https://portal.example.org/en/agenda/2025-03/#a-1',
          summary: ['14 March 2025: ', { text: 'Twee tickets', lang: 'nl', fallback: true }, '\nValue: EUR 40.00'],
        },
      ]),
    );
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<title xml:lang="nl">Overleg</title>');
    expect(xml).toContain('<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">14 March 2025: <span xml:lang="nl" lang="nl">Twee tickets</span><br/>Value: EUR 40.00</div></summary>');
  });

  it('refuses a date without a time or an offset rather than guess one', () => {
    expect(() => writeAtom(feed([{ id: 'tag:x,2025:a', title: ['a'], updated: '2025-03-14', link: 'https://x/' }]))).toThrow(/RFC 3339/);
    expect(() => writeAtom({ ...feed([]), updated: '2025-03-14T00:00:00' })).toThrow(/RFC 3339/);
  });
});

describe('dates of records known to the day, the month or the year', () => {
  it('are written at 00:00 of their (first) day in the site’s time zone, with its offset', () => {
    expect(atomDate('2025-07-14', 'Europe/Brussels')).toBe('2025-07-14T00:00:00+02:00');
    expect(atomDate('2025-02', 'Europe/Brussels')).toBe('2025-02-01T00:00:00+01:00');
    expect(atomDate('2024', 'Europe/Brussels')).toBe('2024-01-01T00:00:00+01:00');
    expect(atomDate('2025-07-14', 'Europe/Brussels', '09:30')).toBe('2025-07-14T09:30:00+02:00');
  });

  it('prefer the day git history says an appointment was first published', () => {
    const entry = { id: 'a-1', date: '2025-03-20', start: '10:00' } as AgendaEntry;
    expect(selectFollowed({ agenda: [entry] }, new Map([['a-1', '2025-03-02']]), 'Europe/Brussels')[0]?.updated).toBe('2025-03-02T00:00:00+01:00');
    expect(selectFollowed({ agenda: [entry] }, new Map(), 'Europe/Brussels')[0]?.updated).toBe('2025-03-20T10:00:00+01:00');
  });
});

describe('an official’s feed written by the build', () => {
  it('holds their newest 50 records when they have more', async () => {
    const { data, template } = await loadedFixture();
    data.signals = [];
    for (let index = 1; index <= 80; index++) {
      const day = `2030-${String(1 + Math.floor((index - 1) / 28)).padStart(2, '0')}-${String(1 + ((index - 1) % 28)).padStart(2, '0')}`;
      data.agenda.push({ ...template, data: { ...template.data, id: `a-2025-7${String(index).padStart(3, '0')}`, date: day, start: '10:00', officials: ['lise-marchal'], published: undefined } });
    }
    const out = mkdtempSync(join(tmpdir(), 'vitrine-atom-'));
    try {
      const written = await writeFollowFeeds(data, out);
      expect(written.files).toBe((data.officials.length + RULES.length + 1) * data.site.languages.length);
      const xml = readFileSync(join(out, 'feeds/en/officials/lise-marchal.atom'), 'utf8');
      expect(wellFormed(xml)).toBe(true);
      const ids = (parser.parse(xml) as { feed: { entry: Array<{ id: string }> } }).feed.entry.map((entry) => entry.id);
      expect(ids).toHaveLength(FOLLOW_LIMIT);
      // Later than any of the fixture's records: the newest is the last added (2030-03-24), the 50th newest the 31st added.
      expect(ids[0]).toBe('tag:fixture.example.org,2030:agenda/a-2025-7080');
      expect(ids.at(-1)).toBe('tag:fixture.example.org,2030:agenda/a-2025-7031');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
