// The RSS 2.0 writer and what the news feeds hold, read back with an independent parser (fast-xml-parser).
import { XMLParser } from 'fast-xml-parser';
import { wellFormed } from '../well-formed.ts';
import { describe, expect, it } from 'vitest';
import { agendaItem, byPublished, minutesItem, selectNews, type MeetingWithMinutes } from '../../src/lib/feeds/items.ts';
import { escapeXml, rfc822, writeRss, type RssItem } from '../../src/lib/feeds/rss.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';

const site = { baseUrl: 'https://portal.example.org/', defaultLanguage: 'nl' as const, timeZone: 'Europe/Brussels' };
const names = new Map([['an-verlinden', 'An Verlinden']]);
const entry = (id: string, date: string, start = '10:00'): AgendaEntry => ({ id, date, start, officials: ['an-verlinden'], title: { nl: `Afspraak ${id} <met> "Kanaal" & co`, fr: `Rendez-vous ${id}` }, category: 'citizens', organisations: ['Wijkcomité Kanaal'] });
const meeting: MeetingWithMinutes = {
  id: '2025-03-03-board', body: 'board', date: '2025-03-03', start: '18:00', present: ['an-verlinden'],
  items: [{ title: { nl: 'Begroting', fr: 'Budget' }, decision: { nl: 'Goedgekeurd', fr: 'Approuvé' }, votes: { for: 3, against: 1, abstain: 0 } }],
  minutes: { fr: '2025-03-03-board.fr.md' },
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
type Item = { title: string; link: string; guid: { '#text': string; '@isPermaLink': string }; pubDate: string; description?: string };
type Feed = { rss: { '@version': string; channel: { title: string; link: string; description: string; language: string; lastBuildDate: string; item: Item | Item[] } } };
const items = (feed: Feed) => [feed.rss.channel.item].flat();

function feedOf(list: RssItem[]): string {
  return writeRss({ title: 'Portaal: afspraken', link: 'https://portal.example.org/nl/', description: 'Nieuw & recent', language: 'nl', self: 'https://portal.example.org/nl/feed.xml', items: list });
}

const news = selectNews([entry('a-3', '2025-03-10'), entry('a-9', '2025-12-01'), entry('a-1', '2025-02-03'), entry('a-2', '2025-02-04')], [meeting], '2025-11-20');
const xml = feedOf(byPublished([...news.entries.map((e) => agendaItem(e, 'nl', site, names)), ...news.meetings.map((m) => minutesItem(m, 'nl', site, { nl: 'Bestuur', fr: 'Bureau' }))]));

describe('writing an RSS 2.0 feed', () => {
  it('is well-formed XML by an independent validator', () => {
    expect(wellFormed(xml)).toBe(true);
    // The validator is really checking: a crossed element and an undeclared prefix are not XML.
    expect(wellFormed('<a><b></a></b>')).not.toBe(true);
    expect(wellFormed('<rss><x:item/></rss>')).not.toBe(true);
  });

  it('has an rss element of version 2.0 with a channel holding title, link and description', () => {
    const feed = parser.parse(xml) as Feed;
    expect(feed.rss['@version']).toBe('2.0');
    expect(feed.rss.channel.title).toBe('Portaal: afspraken');
    expect(feed.rss.channel.link).toBe('https://portal.example.org/nl/');
    expect(feed.rss.channel.description).toBe('Nieuw & recent');
    expect(feed.rss.channel.language).toBe('nl');
  });

  it('gives every item a title, an absolute link, a guid that is not a permalink and an RFC 822 date', () => {
    for (const item of items(parser.parse(xml) as Feed)) {
      expect(item.title).not.toBe('');
      expect(item.link).toMatch(/^https:\/\/portal\.example\.org\//);
      expect(item.guid['@isPermaLink']).toBe('false');
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
    }
  });

  it('holds the agenda entries up to today and the minutes, newest first, and nothing to come', () => {
    const guids = items(parser.parse(xml) as Feed).map((item) => item.guid['#text']);
    expect(guids).toEqual(['portal.example.org/agenda/a-3', 'portal.example.org/meetings/2025-03-03-board', 'portal.example.org/agenda/a-2', 'portal.example.org/agenda/a-1']);
  });

  it('keeps text with <, & and quotes intact through escaping', () => {
    const first = items(parser.parse(xml) as Feed)[0];
    expect(xml).toContain('&lt;met&gt; &quot;Kanaal&quot; &amp; co');
    expect(first?.title).toContain('An Verlinden: Afspraak a-3');
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  it('links an agenda entry to its row on its month’s page, and minutes to the meeting page', () => {
    const [first, second] = items(parser.parse(xml) as Feed);
    expect(first?.link).toBe('https://portal.example.org/nl/agenda/2025-03/#a-3');
    expect(second?.link).toBe('https://portal.example.org/nl/meetings/2025-03-03-board/');
  });

  it('says in which language minutes are written when it is not the feed’s, and gives the decisions and votes', () => {
    const minutes = items(parser.parse(xml) as Feed)[1];
    expect(minutes?.title).toBe('Notulen: Bestuur, 3 maart 2025');
    expect(minutes?.description).toContain('1. Begroting — Besluit: Goedgekeurd (3 voor, 1 tegen, 0 onthoudingen)');
    expect(minutes?.description).toContain('Notulen geschreven in: FR');
  });

  it('dates the channel by its newest item rather than the clock, so builds are reproducible', () => {
    expect((parser.parse(xml) as Feed).rss.channel.lastBuildDate).toBe('Mon, 10 Mar 2025 10:00:00 +0100');
    expect(rfc822('2025-07-01T09:30:00+02:00')).toBe('Tue, 01 Jul 2025 09:30:00 +0200');
  });

  it('limits the feed to the newest entries of each kind', () => {
    const many = Array.from({ length: 80 }, (_, i) => entry(`a-${i}`, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const picked = selectNews(many, [meeting], '2025-11-20', { agenda: 50, minutes: 20 });
    expect(picked.entries).toHaveLength(50);
    expect(picked.entries[0]?.date).toBe('2025-01-28');
    expect(picked.meetings).toHaveLength(1);
  });

  it('gives an item whose source states no time no pubDate, rather than a made-up 00:00', () => {
    const untimed: AgendaEntry = { id: 'a-5', date: '2025-11-19', officials: ['an-verlinden'], title: 'Werkbezoek', category: 'public-event' };
    const list = byPublished([agendaItem(entry('a-4', '2025-11-18'), 'nl', site, names), agendaItem(untimed, 'nl', site, names)]);
    const text = feedOf(list);
    expect(wellFormed(text)).toBe(true);
    const [first, second] = items(parser.parse(text) as Feed);
    expect(first?.guid['#text']).toBe('portal.example.org/agenda/a-5');
    expect(first?.pubDate).toBeUndefined();
    expect(first?.description).toBe('19 november 2025');
    expect(second?.pubDate).toBe('Tue, 18 Nov 2025 10:00:00 +0100');
    expect((parser.parse(text) as Feed).rss.channel.lastBuildDate).toBe('Tue, 18 Nov 2025 10:00:00 +0100');
    expect(text).not.toContain('00:00:00');
  });

  it('writes a valid feed without items', () => {
    const empty = feedOf([]);
    expect(wellFormed(empty)).toBe(true);
    expect(empty).not.toContain('<item>');
  });
});
