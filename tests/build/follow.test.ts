// A real build of the small fixture organisation: the Atom feeds to follow an official, a rule or every
// signal, and the calendars of each body's meetings, read back with independent parsers (fast-xml-parser,
// ical.js), hold exactly the records of their source, each linking to a page of the built site that
// shows the record; and the pages announce them.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { wellFormed } from '../well-formed.ts';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runBuild } from './run-build.ts';

const fixture = resolve(root, 'tests/fixtures/small-org');
const work = mkdtempSync(join(tmpdir(), 'vitrine-follow-'));
const out = join(work, 'site');
const file = (path: string) => readFileSync(join(out, path), 'utf8');
const LANGS = ['nl', 'fr', 'en'];
const HOST = 'https://fixture.example.org/';

const csv = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
const csvFolder = (folder: string) => readdirSync(join(fixture, folder)).flatMap((name) => csv(join(fixture, folder, name)));

/** Each official's records, read straight from the fixture's files (and the signals from the published dataset), as `kind/key`. */
function expectedRecords(): Map<string, string[]> {
  const records = new Map<string, string[]>();
  const add = (official: string, key: string) => records.set(official, [...(records.get(official) ?? []), key]);
  for (const name of readdirSync(join(fixture, 'data/officials'))) records.set(name.replace(/\.yaml$/, ''), []);
  for (const row of csvFolder('data/agenda')) for (const id of (row.officials ?? '').split(';')) add(id.trim(), `agenda/${row.id}`);
  for (const year of readdirSync(join(fixture, 'data/declarations'))) {
    for (const name of readdirSync(join(fixture, 'data/declarations', year))) add(name.replace(/\.yaml$/, ''), `declarations/${name.replace(/\.yaml$/, '')}/${year}`);
  }
  for (const row of csvFolder('data/gifts')) add(row.official ?? '', `gifts/${row.id}`);
  for (const row of csvFolder('data/remuneration')) add(row.official ?? '', `remuneration/${row.official}/${row.month}`);
  for (const row of csv(join(out, 'data/signals.csv'))) if (row.official) add(row.official, `signals/${row.id}`);
  return records;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });
type Text = string | { '#text'?: string; '@type'?: string; div?: unknown };
interface Link { '@rel': string; '@href': string; '@type'?: string }
interface Entry { id: string; title: Text; updated: string; link: Link[]; summary?: Text }
interface Feed { id: string; title: Text; updated: string; author?: { name: string }; link: Link[]; entry?: Entry[]; '@xml:lang': string }

/** A feed read back: well-formed XML with every element RFC 4287 requires of a feed and its entries. */
function readFeed(path: string): Feed {
  const xml = file(path);
  expect(wellFormed(xml), path).toBe(true);
  const { feed } = parser.parse(xml) as { feed: Feed & { '@xmlns': string } };
  expect(feed['@xmlns'], path).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id, path).toBeTruthy();
  expect(feed.title, path).toBeTruthy();
  expect(feed.updated, path).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  // Atom wants an author on the feed or on every entry: the feed has one.
  expect(feed.author?.name, path).toBeTruthy();
  expect(feed.link.find((link) => link['@rel'] === 'self')?.['@href'], path).toBe(`${HOST}${path}`);
  for (const entry of feed.entry ?? []) {
    expect(entry.id, path).toMatch(/^tag:fixture\.example\.org,\d{4}:/);
    expect(entry.title, path).toBeTruthy();
    expect(entry.updated, path).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    expect(entry.link.find((link) => link['@rel'] === 'alternate')?.['@href'], path).toMatch(/^https:\/\/fixture\.example\.org\//);
  }
  return feed;
}

const keyOf = (entry: Entry) => entry.id.replace(/^tag:fixture\.example\.org,\d{4}:/, '');
const hrefOf = (entry: Entry) => entry.link.find((link) => link['@rel'] === 'alternate')?.['@href'] ?? '';

/** The built page an address names holds the anchor it points at. */
function shows(address: string): boolean {
  const url = new URL(address);
  const path = join(out, decodeURIComponent(url.pathname), 'index.html');
  if (!existsSync(path)) return false;
  const anchor = decodeURIComponent(url.hash.slice(1));
  return anchor === '' || readFileSync(path, 'utf8').includes(`id="${anchor}"`);
}

beforeAll(() => {
  const result = runBuild(fixture, out);
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an official’s feed', () => {
  it('holds, in each language, exactly the official’s appointments, declarations, gifts, pay months and signals, and changes to them', () => {
    const expected = expectedRecords();
    expect([...expected.values()].flat().length).toBeGreaterThan(10);
    for (const [official, records] of expected) {
      for (const lang of LANGS) {
        const feed = readFeed(`feeds/${lang}/officials/${official}.atom`);
        expect(feed['@xml:lang']).toBe(lang);
        const keys = (feed.entry ?? []).map(keyOf);
        expect(keys.filter((key) => !key.startsWith('changes/')).sort(), `${lang} ${official}`).toEqual(records.slice(0, 50).sort());
        // Beside them, the changes to the official's records that git history holds (checked exactly on a
        // history of its own in changes.test.ts): each the tag of its commit and record.
        for (const key of keys.filter((key) => key.startsWith('changes/'))) expect(key).toMatch(/^changes\/[a-z-]+\/[0-9a-f]{40}\/[^/\s]+(\/[^/\s]+)?$/);
      }
    }
  });

  it('links every entry to a page of the site that shows the record', () => {
    for (const lang of LANGS) {
      for (const name of readdirSync(join(out, 'feeds', lang, 'officials'))) {
        for (const entry of readFeed(`feeds/${lang}/officials/${name}`).entry ?? []) {
          expect(hrefOf(entry).startsWith(`${HOST}${lang}/`), hrefOf(entry)).toBe(true);
          expect(shows(hrefOf(entry)), hrefOf(entry)).toBe(true);
        }
      }
    }
  });

  it('lists the newest first, never with a time the source did not state, and is as new as its newest entry', () => {
    const times = new Map(csvFolder('data/agenda').map((row) => [row.id, row.start ?? '']));
    for (const name of readdirSync(join(out, 'feeds/en/officials'))) {
      const feed = readFeed(`feeds/en/officials/${name}`);
      const entries = feed.entry ?? [];
      const instants = entries.map((entry) => Date.parse(entry.updated));
      expect(instants).toEqual([...instants].sort((a, b) => b - a));
      if (entries[0]) expect(feed.updated).toBe(entries[0].updated);
      for (const entry of entries) {
        const time = entry.updated.slice(11, 16);
        const [kind, id] = keyOf(entry).split('/');
        // Only an appointment has a time of its own; a date alone is written at 00:00 (Atom needs a time).
        if (kind === 'agenda' && times.get(id ?? '')) expect([times.get(id ?? ''), '00:00']).toContain(time);
        else expect(time, entry.id).toBe('00:00');
      }
    }
  });

  it('marks text from the data written in another language', () => {
    const xml = file('feeds/en/officials/an-verlinden.atom');
    // The appointment titles and gift descriptions of the fixture are Dutch only.
    expect(xml).toContain('<title xml:lang="nl">Overleg over fietspaden</title>');
    expect(xml).toMatch(/<summary type="xhtml"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml">[^<]*<span xml:lang="nl" lang="nl">Twee tickets<\/span>/);
    expect(file('feeds/nl/officials/an-verlinden.atom')).not.toContain('xml:lang="nl" lang="nl"');
  });

  it('is announced in the official’s page, in its head and by a visible link', () => {
    for (const lang of LANGS) {
      const html = file(`${lang}/officials/karim-dubois/index.html`);
      expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="/feeds/${lang}/officials/karim-dubois.atom" title="[^"]+"`));
      expect(html).toMatch(new RegExp(`<a href="/feeds/${lang}/officials/karim-dubois.atom" type="application/atom\\+xml">`));
    }
  });
});

describe('the feeds of the signals', () => {
  const signals = () => csv(join(out, 'data/signals.csv'));

  it('give each rule a feed of exactly its signals, and every signal in signals.atom', () => {
    const all = signals();
    expect(all.length).toBeGreaterThan(0);
    const rules = readdirSync(join(out, 'feeds/fr/rules')).map((name) => name.replace(/\.atom$/, ''));
    expect(rules).toContain('unsigned-code');
    for (const lang of LANGS) {
      for (const rule of rules) {
        const feed = readFeed(`feeds/${lang}/rules/${rule}.atom`);
        expect((feed.entry ?? []).map(keyOf).sort(), rule).toEqual(all.filter((row) => row.rule === rule).map((row) => `signals/${row.id}`).sort());
        for (const entry of feed.entry ?? []) expect(shows(hrefOf(entry)), hrefOf(entry)).toBe(true);
      }
      expect((readFeed(`feeds/${lang}/signals.atom`).entry ?? []).map(keyOf).sort()).toEqual(all.map((row) => `signals/${row.id}`).sort());
    }
  });

  it('are linked from the rules pages', () => {
    expect(file('nl/rules/unsigned-code/index.html')).toContain('href="/feeds/nl/rules/unsigned-code.atom" type="application/atom+xml"');
    expect(file('en/rules/index.html')).toContain('href="/feeds/en/signals.atom" type="application/atom+xml"');
  });
});

describe('calendars', () => {
  /** The fixture's meetings from their front matter: id and body. */
  const meetings = [...new Set(readdirSync(join(fixture, 'content/meetings')))].flatMap((name) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(fixture, 'content/meetings', name), 'utf8'))?.[1];
    const data = front ? (parseYaml(front) as { body?: string }) : undefined;
    return data?.body ? [{ id: name.replace(/\.\w\w\.md$/, ''), body: data.body }] : [];
  });

  it('give each body a calendar of exactly its meetings, each naming its page in its description', () => {
    const bodies = (parseYaml(readFileSync(join(fixture, 'data/bodies.yaml'), 'utf8')) as Array<{ id: string }>).map((body) => body.id);
    expect(meetings.length).toBeGreaterThan(1);
    for (const lang of LANGS) {
      for (const body of bodies) {
        const calendar = new ICAL.Component(ICAL.parse(file(`calendar/${lang}/bodies/${body}.ics`)));
        const events = calendar.getAllSubcomponents('vevent');
        const held = meetings.filter((meeting) => meeting.body === body);
        expect(events.map((event) => String(event.getFirstPropertyValue('url'))).sort()).toEqual(held.map((meeting) => `${HOST}${lang}/meetings/${meeting.id}/`).sort());
        for (const event of events) expect(String(event.getFirstPropertyValue('description'))).toContain(String(event.getFirstPropertyValue('url')));
      }
    }
  });

  it('name every event’s page in its DESCRIPTION, in every calendar the site writes', () => {
    const calendars = readdirSync(join(out, 'calendar'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ics'));
    expect(calendars.length).toBeGreaterThan(10);
    let events = 0;
    for (const name of calendars) {
      for (const event of new ICAL.Component(ICAL.parse(file(join('calendar', name)))).getAllSubcomponents('vevent')) {
        const url = String(event.getFirstPropertyValue('url'));
        expect(url).toMatch(/^https:\/\/fixture\.example\.org\//);
        expect(String(event.getFirstPropertyValue('description')), name).toContain(url);
        events += 1;
      }
    }
    expect(events).toBeGreaterThan(calendars.length);
  });

  it('are linked from the meetings page', () => {
    expect(file('fr/meetings/index.html')).toContain('href="/calendar/fr/bodies/council.ics" type="text/calendar"');
  });
});
