// A real build of the small fixture organisation: calendar and news feeds read back with independent
// parsers hold exactly the entries of their source; organisation pages, JSON-LD and the pages of the code
// of ethics (which this organisation has not written) come out right.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { wellFormed } from '../well-formed.ts';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runBuild } from './run-build.ts';

const fixture = resolve(root, 'tests/fixtures/small-org');
const work = mkdtempSync(join(tmpdir(), 'vitrine-feeds-'));
const out = join(work, 'site');

const build = (outDir: string) => runBuild(fixture, outDir);
const file = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (path: string) => file(join(path, 'index.html')).replace(/[\u00a0\u202f]/g, ' ');

/** The fixture's agenda, read straight from its CSV: the source every feed is checked against. */
const source = Papa.parse<Record<string, string>>(readFileSync(join(fixture, 'data/agenda/2025.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const officialsOf = (row: Record<string, string>) => (row.officials ?? '').split(';').map((id) => id.trim());
const officialIds = readdirSync(join(fixture, 'data/officials')).map((name) => name.replace(/\.yaml$/, ''));
const meetingIds = [...new Set(readdirSync(join(fixture, 'content/meetings')).map((name) => name.replace(/\.\w\w\.md$/, '')))];

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

beforeAll(() => {
  const result = build(out);
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('calendar feeds', () => {
  it('give each official a calendar with exactly as many events as they have agenda entries', () => {
    for (const id of officialIds) {
      const expected = source.filter((row) => officialsOf(row).includes(id)).map((row) => `${row.id}@fixture.example.org`).sort();
      const { events: found } = events(file(`calendar/${id}.ics`));
      expect(found.map((event) => event.getFirstPropertyValue('uid')).sort(), id).toEqual(expected);
    }
  });

  it('put every agenda entry in all.ics', () => {
    const { calendar, events: found } = events(file('calendar/all.ics'));
    expect(found).toHaveLength(source.length);
    expect(found.map((event) => event.getFirstPropertyValue('uid')).sort()).toEqual(source.map((row) => `${row.id}@fixture.example.org`).sort());
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/^-\/\/Vitrine\/\//);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
  });

  it('give every event a DTSTAMP, and a DTSTART and DTEND in the site’s time zone, or whole days where no time is stated', () => {
    const text = file('calendar/all.ics');
    const untimed = new Set(source.filter((row) => !row.start).map((row) => `${row.id}@fixture.example.org`));
    expect(untimed.size).toBeGreaterThan(0);
    for (const event of events(text).events) {
      expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
      if (untimed.has(String(event.getFirstPropertyValue('uid')))) {
        const ical = new ICAL.Event(event);
        expect(ical.startDate.isDate).toBe(true);
        expect(ical.endDate.isDate).toBe(true);
        expect(ical.endDate.toJSDate().getTime() - ical.startDate.toJSDate().getTime()).toBe(24 * 3600 * 1000);
      } else {
        expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Brussels');
        expect(event.getFirstProperty('dtend')?.getParameter('tzid')).toBe('Europe/Brussels');
      }
      expect(event.getFirstPropertyValue('summary')).toBeTruthy();
    }
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20250310T190000');
    expect(text).toContain('DTSTART;VALUE=DATE:20250204\r\nDTEND;VALUE=DATE:20250205\r\n');
  });
});

describe('news feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  type Item = { title: string; link: string; guid: { '#text': string } };

  it('are valid RSS 2.0 in each language, holding every past agenda entry and every meeting’s minutes', () => {
    const expected = [...source.map((row) => `fixture.example.org/agenda/${row.id}`), ...meetingIds.map((id) => `fixture.example.org/meetings/${id}`)].sort();
    for (const lang of ['nl', 'fr', 'en']) {
      const xml = file(`${lang}/feed.xml`);
      expect(wellFormed(xml), lang).toBe(true);
      const feed = parser.parse(xml) as { rss: { '@version': string; channel: { title: string; link: string; description: string; language: string; item: Item[] } } };
      expect(feed.rss['@version']).toBe('2.0');
      expect(feed.rss.channel.language).toBe(lang);
      expect(feed.rss.channel.link).toBe(`https://fixture.example.org/${lang}/`);
      expect(feed.rss.channel.item.map((item) => item.guid['#text']).sort(), lang).toEqual(expected);
    }
  });

  it('list the newest first, with links to the agenda month and the meeting page', () => {
    const feed = parser.parse(file('en/feed.xml')) as { rss: { channel: { item: Item[] } } };
    expect(feed.rss.channel.item.map((item) => item.link)).toEqual([
      'https://fixture.example.org/en/agenda/2025-03/#a-2025-0003',
      'https://fixture.example.org/en/meetings/2025-03-03-board/',
      'https://fixture.example.org/en/meetings/2025-02-10-council/',
      'https://fixture.example.org/en/agenda/2025-02/#a-2025-0002',
      'https://fixture.example.org/en/agenda/2025-02/#a-2025-0001',
    ]);
  });

  it('are announced in every page’s head', () => {
    expect(page('fr/officials')).toContain('<link rel="alternate" type="application/rss+xml" href="/fr/feed.xml"');
  });
});

describe('organisations met', () => {
  it('get a page listing exactly their appointments, each leading to its row on its month’s page', () => {
    for (const row of source.filter((r) => r.organisations)) {
      const slug = (row.organisations ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const html = page(`nl/organisations/${slug}`);
      expect(html, slug).toContain(`href="/nl/agenda/${(row.date ?? "").slice(0, 7)}/#${row.id}"`);
      const others = source.filter((r) => r.id !== row.id).map((r) => `#${r.id}"`);
      for (const other of others) expect(html).not.toContain(other);
    }
  });

  it('are listed with how often and by whom they were met, and never a private individual', () => {
    const html = page('en/organisations');
    expect(html).toContain('href="/en/organisations/fietsersvereniging-noordkant/"');
    expect(html).toContain('href="/en/organisations/wijkcomite-kanaal-vzw/"');
    expect(html).toMatch(/Appointments with private individuals: 1, with 12 people together/);
    expect(page('en/organisations/wijkcomite-kanaal-vzw')).toMatch(/<a href="\/en\/officials\/lise-marchal\/">Lise Marchal<\/a><\/th><td class="num">1<\/td>/);
  });
});

describe('structured data', () => {
  const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>);

  it('describes an official as a schema.org Person', () => {
    const [person] = jsonLd(page('en/officials/an-verlinden'));
    expect(person).toMatchObject({ '@context': 'https://schema.org', '@type': 'Person', name: 'An Verlinden', jobTitle: 'Councillor', url: 'https://fixture.example.org/en/officials/an-verlinden/' });
  });

  it('describes a meeting as a schema.org Event with its times and offset', () => {
    const [event] = jsonLd(page('nl/meetings/2025-02-10-council'));
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2025-02-10T19:30:00+01:00', endDate: '2025-02-10T22:00:00+01:00', location: { '@type': 'Place', name: 'Raadzaal' }, organizer: { name: 'Gemeenteraad' } });
  });
});

describe('an official’s page and the agenda', () => {
  it('reaches every appointment of an official through the pages per year, each leading to its row on its month’s page', () => {
    for (const id of officialIds) {
      const html = page(`en/officials/${id}/agenda/2025`);
      for (const row of source.filter((r) => officialsOf(r).includes(id))) {
        expect(html, id).toContain(`href="/en/agenda/${(row.date ?? "").slice(0, 7)}/#${row.id}"`);
        expect(page(`en/agenda/${(row.date ?? "").slice(0, 7)}`), row.id).toContain(`id="${row.id}"`);
      }
    }
  });

  it('links to the official’s calendar and their slice of every dataset', () => {
    const html = page('en/officials/an-verlinden');
    expect(html).toContain('href="/calendar/en/an-verlinden.ics"');
    expect(html).toContain('href="webcal://fixture.example.org/calendar/en/an-verlinden.ics"');
    expect(html).toContain('href="/data/officials/an-verlinden/agenda.csv"');
    expect(html).toContain('href="/data/officials/an-verlinden/remuneration.json"');
  });

  it('writes the agenda index with every entry', () => {
    const index = JSON.parse(file('agenda-index.json')) as { entries: Array<[string]> };
    expect(index.entries.map((entry) => entry[0]).sort()).toEqual(source.map((row) => row.id).sort());
  });
});

describe('the code of ethics of an organisation that has not written its texts', () => {
  it('says in every language that the text is not published yet, and still shows what the data gives', () => {
    const lines = { nl: 'De organisatie heeft deze tekst nog niet gepubliceerd.', fr: 'L’organisation n’a pas encore publié ce texte.', en: 'The organisation has not published this text yet.' };
    for (const [lang, line] of Object.entries(lines)) {
      for (const path of ['code-of-ethics', 'complaints', 'selection-criteria']) expect(page(`${lang}/${path}`), `${lang}/${path}`).toContain(line);
    }
    expect(page('en/code-of-ethics')).toMatch(/<a href="\/en\/officials\/an-verlinden\/">An Verlinden<\/a>[\s\S]*?<time datetime="2025-01-02">2 January 2025<\/time>/);
    expect(page('en/complaints')).toMatch(/<strong>3<\/strong> complaints received/);
    expect(page('en/selection-criteria')).toContain('href="/en/officials/lise-marchal/"');
  });
});
