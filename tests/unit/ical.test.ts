// The iCalendar writer, read back with an independent parser (ical.js): escaping, folding, time zones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadedFixture } from '../fixture-folders.ts';
import { MONTH_PAGE_SIZE, agendaPlaces } from '../../src/lib/agenda/pages.ts';
import { writeCalendars } from '../../src/lib/datasets/calendars.ts';
import { agendaEvent } from '../../src/lib/feeds/items.ts';
import { calendarChunks, calendarYears, escapeText, foldLine, vtimezone, writeCalendar, zoneTransitions, type IcsEvent } from '../../src/lib/feeds/ical.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { textOf } from '../../src/lib/locale/localize.ts';
import { translator } from '../../src/i18n/index.ts';
import { topicLabel } from '../../src/i18n/topics.ts';
import { AGENDA_CATEGORY_LABELS } from '../../src/schemas/agenda.ts';
import { labelOf } from '../../src/schemas/labels.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';

const site = { baseUrl: 'https://portal.example.org/', defaultLanguage: 'nl' as const, timeZone: 'Europe/Brussels' };
const names = new Map([['an-verlinden', 'An Verlinden'], ['karim-dubois', 'Karim Dubois']]);
const entries: AgendaEntry[] = [
  { id: 'a-1', date: '2025-03-14', start: '09:30', end: '10:30', officials: ['an-verlinden'], title: { nl: 'Overleg over fietspaden, deel 2; met "Fietsbond"', en: 'Cycle paths' }, category: 'interest-representatives', organisations: ['Fietsersvereniging Noordkant'], topics: ['mobility'], location: 'Stadhuis, zaal 2' },
  { id: 'a-2', date: '2025-07-01', start: '23:30', officials: ['an-verlinden', 'karim-dubois'], title: 'Zomeravond in het park met de buurtbewoners van de wijk Kanaal en Noordkant', category: 'citizens', privateIndividuals: 12 },
  { id: 'a-3', date: '2025-10-26', start: '02:30', end: '03:30', officials: ['karim-dubois'], title: { fr: 'Réunion de nuit' }, category: 'other', published: '2025-10-20' },
];
const events = entries.map((entry) => agendaEvent(entry, site, names));
const text = writeCalendar({ prodId: '-//Vitrine//Test//NL', name: 'Test, agenda', timeZone: 'Europe/Brussels', events });

function parsed(calendar = text) {
  const root = new ICAL.Component(ICAL.parse(calendar));
  const zone = root.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return root;
}

describe('writing an iCalendar feed', () => {
  it('is parsed by ical.js with one event per agenda entry', () => {
    const root = parsed();
    expect(root.name).toBe('vcalendar');
    expect(root.getAllSubcomponents('vevent')).toHaveLength(3);
  });

  it('gives the calendar a VERSION, a PRODID and a VTIMEZONE of the site’s zone', () => {
    const root = parsed();
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Vitrine//Test//NL');
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
  });

  it('gives every event a UID from its id and the portal’s host, the same in every build', () => {
    const uids = parsed().getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
    expect(uids).toEqual(['a-1@portal.example.org', 'a-2@portal.example.org', 'a-3@portal.example.org']);
    expect(writeCalendar({ prodId: '-//Vitrine//Test//NL', name: 'Test, agenda', timeZone: 'Europe/Brussels', events: entries.map((entry) => agendaEvent(entry, site, names)) })).toBe(text);
  });

  it('derives DTSTAMP from the data (publication day, else the day of the appointment), in UTC', () => {
    const stamps = parsed().getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('dtstamp')));
    expect(stamps).toEqual(['2025-03-14T00:00:00Z', '2025-07-01T00:00:00Z', '2025-10-20T00:00:00Z']);
  });

  it('writes DTSTART and DTEND with TZID, which the parser turns into the right instants in winter and summer', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20250314T093000');
    const [winter, summer] = parsed().getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(winter?.startDate.zone?.tzid).toBe('Europe/Brussels');
    expect(winter?.startDate.toJSDate().toISOString()).toBe('2025-03-14T08:30:00.000Z');
    expect(winter?.endDate.toJSDate().toISOString()).toBe('2025-03-14T09:30:00.000Z');
    expect(summer?.startDate.toJSDate().toISOString()).toBe('2025-07-01T21:30:00.000Z');
  });

  it('gives an appointment without an end time one hour, across midnight where needed, and says so', () => {
    const summer = new ICAL.Event(parsed().getAllSubcomponents('vevent')[1]);
    expect(summer.endDate.toString()).toBe('2025-07-02T00:30:00');
    expect(summer.description).toContain('Einduur niet vermeld');
  });

  it('writes an appointment without a time as a whole day (DATE values, DTEND the day after), never at 00:00', () => {
    const untimed: AgendaEntry = { id: 'a-4', date: '2025-12-31', officials: ['an-verlinden'], title: 'Werkbezoek', category: 'public-event' };
    const calendarText = writeCalendar({ prodId: '-//Vitrine//Test//NL', name: 'Test', timeZone: 'Europe/Brussels', events: [...events, agendaEvent(untimed, site, names)] });
    expect(calendarText).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
    expect(calendarText).not.toMatch(/^DT(?:START|END)[^:\r\n]*:\d{8}T000000/m);
    const event = new ICAL.Event(parsed(calendarText).getAllSubcomponents('vevent')[3]);
    expect(event.uid).toBe('a-4@portal.example.org');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-12-31');
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2026-01-01');
    expect(event.duration.toSeconds()).toBe(24 * 3600);
    expect(event.description).toContain('Uur niet vermeld');
    expect(event.description).not.toContain('Einduur');
    // The timed events keep their zone.
    expect(new ICAL.Event(parsed(calendarText).getAllSubcomponents('vevent')[0]).startDate.zone?.tzid).toBe('Europe/Brussels');
  });

  it('escapes commas, semicolons, backslashes and line breaks so the text reads back unchanged', () => {
    const first = new ICAL.Event(parsed().getAllSubcomponents('vevent')[0]);
    expect(first.summary).toBe('Overleg over fietspaden, deel 2; met "Fietsbond"');
    expect(first.location).toBe('Stadhuis, zaal 2');
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds every line at 75 octets without splitting a character, and the parser unfolds it', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').length).toBeGreaterThan(1);
    expect(folded.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const second = new ICAL.Event(parsed().getAllSubcomponents('vevent')[1]);
    expect(second.summary).toBe('Zomeravond in het park met de buurtbewoners van de wijk Kanaal en Noordkant');
  });

  it('ends every line with CRLF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('marks the language of the summary, also when it falls back to another language', () => {
    expect(text).toContain('SUMMARY;LANGUAGE=fr:Réunion de nuit');
    expect(text).toContain('SUMMARY;LANGUAGE=nl:Overleg over fietspaden');
  });

  it('keeps an appointment in the hour that is repeated when summer time ends at its local time', () => {
    const night = new ICAL.Event(parsed().getAllSubcomponents('vevent')[2]);
    expect(night.startDate.toString()).toBe('2025-10-26T02:30:00');
    expect(night.startDate.zone?.tzid).toBe('Europe/Brussels');
  });
});

describe('the time zone of a calendar', () => {
  it('finds the two offset changes of Brussels in a year, at 01:00 UTC', () => {
    const changes = zoneTransitions('Europe/Brussels', 2025, 2025);
    expect(changes.map((change) => [new Date(change.instant).toISOString(), change.from, change.to])).toEqual([
      ['2025-03-30T01:00:00.000Z', 60, 120],
      ['2025-10-26T01:00:00.000Z', 120, 60],
    ]);
  });

  it('writes observances from the year before the first event, so early January is covered', () => {
    const lines = vtimezone('Europe/Brussels', 2025, 2025);
    expect(lines).toContain('DTSTART:20241027T030000');
    expect(lines).toContain('DTSTART:20250330T020000');
    expect(lines.filter((line) => line === 'BEGIN:DAYLIGHT')).toHaveLength(2);
  });

  it('gives a zone without summer time one standard observance', () => {
    const lines = vtimezone('Asia/Tokyo', 2025, 2025);
    expect(lines).toEqual(expect.arrayContaining(['BEGIN:STANDARD', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900']));
    const event: IcsEvent = { uid: 'x@example.org', stamp: '2025-01-01T00:00:00Z', start: { date: '2025-05-01', time: '09:00' }, end: { date: '2025-05-01', time: '10:00' }, summary: 'Tokyo' };
    const root = parsed(writeCalendar({ prodId: '-//Vitrine//Test//EN', name: 'Tokyo', timeZone: 'Asia/Tokyo', events: [event] }));
    expect(new ICAL.Event(root.getFirstSubcomponent('vevent') ?? undefined).startDate.toJSDate().toISOString()).toBe('2025-05-01T00:00:00.000Z');
  });
});

describe('streaming a calendar', () => {
  const head = { prodId: '-//Vitrine//Test//NL', name: 'Agenda van Élise Nuñez, Noordkant; 2025', timeZone: 'Europe/Brussels' };
  const long: AgendaEntry = {
    id: 'a-4', date: '2025-12-31', start: '23:30', officials: ['an-verlinden'], category: 'other',
    title: { nl: `Nieuwjaarsreceptie met de vereniging van café-uitbaters “Œuvre & Zoë” — ${'één, twee; drie '.repeat(8)}` },
    organisations: ['Fédération des cafés', 'Vereniging “De Kroeg”'], location: 'Grand-Place 1, 1000 Bruxelles — salle « Ça »',
  };
  const streamed = [...entries, long].map((entry) => agendaEvent(entry, site, names, true));

  it('gives, joined, exactly the text of writeCalendar, with folded lines, accents and CRLF', () => {
    const whole = writeCalendar({ ...head, events: streamed });
    function* lazily() {
      yield* streamed;
    }
    const chunks = [...calendarChunks(head, calendarYears(streamed), lazily())];
    expect(chunks.length).toBe(streamed.length + 2);
    expect(chunks.join('')).toBe(whole);
    // The case is really there: folded lines, multi-octet characters on them, and CRLF ends only.
    expect(whole).toMatch(/\r\n [^\r\n]*[éŒë“”]/);
    expect(whole.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Buffer.from(chunks.join(''), 'utf8').equals(Buffer.from(whole, 'utf8'))).toBe(true);
    for (const line of whole.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('covers the next year in the VTIMEZONE when a default hour runs past New Year’s Eve', () => {
    expect(calendarYears(streamed)).toEqual({ from: 2025, to: 2026 });
    expect(writeCalendar({ ...head, events: streamed })).toContain('DTSTART:20260329T020000');
  });

  it('refuses an event outside the years given up front, rather than write a calendar without its zone', () => {
    expect(() => [...calendarChunks(head, { from: 2025, to: 2025 }, streamed)].join('')).toThrow(/a-4@portal\.example\.org/);
  });

  it('folds by UTF-8 octets, as an encoder writes them, also astral and lone surrogate characters', () => {
    const octets = (value: string) => new TextEncoder().encode(value).length;
    for (const value of [`SUMMARY:${'😀'.repeat(30)}`, `SUMMARY:${'a\ud800'.repeat(30)}`, `SUMMARY:${'\udc00é'.repeat(30)}`, `X:${'x'.repeat(72)}😀`]) {
      const folded = foldLine(value);
      expect(folded.split('\r\n').every((line) => octets(line) <= 75), JSON.stringify(value)).toBe(true);
      expect(folded.split('\r\n').slice(0, -1).every((line, index) => octets(line) >= (index === 0 ? 72 : 71)), JSON.stringify(value)).toBe(true);
      expect(folded.replace(/\r\n /g, '')).toBe(value);
    }
    expect(foldLine(`X:${'x'.repeat(73)}`)).toBe(`X:${'x'.repeat(73)}`);
    expect(foldLine(`X:${'x'.repeat(72)}😀`)).toBe(`X:${'x'.repeat(72)}\r\n 😀`);
  });

  it('writes each official’s calendar and all.ics to files, the same as writing them whole, oldest first', async () => {
    const { data, template } = await loadedFixture();
    // A month too large for one page, so that some events link to its second page; and an appointment
    // on New Year’s Eve without an end, whose default hour ends in the next year.
    for (let index = 0; index <= MONTH_PAGE_SIZE; index++) {
      const id = `a-2025-8${String(index).padStart(3, '0')}`;
      data.agenda.push({ ...template, data: { ...template.data, id, date: '2025-11-03', start: '10:00', officials: ['lise-marchal'] } });
    }
    data.agenda.push({ ...template, data: { ...long, id: 'a-2025-9999', officials: ['karim-dubois'] } });
    const out = mkdtempSync(join(tmpdir(), 'vitrine-ical-'));
    try {
      const written = await writeCalendars(data, out);
      // Per language, one per official, all.ics and one per body; then the first addresses, copies of the default language's.
      expect(written.files).toBe((data.officials.length + 1) * (data.site.languages.length + 1) + data.bodies.length * data.site.languages.length);
      const lang = data.site.defaultLanguage;
      const namesOf = new Map(data.officials.map((person) => [person.data.id, person.data.name]));
      // Oldest first, the reverse of the pages' order: within a day the timed ones, then those without a time.
      const key = (entry: AgendaEntry) => `${entry.date}${entry.start ?? '~'}`;
      const oldestFirst = data.agenda.map((record) => record.data).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? 1 : -1));
      const places = agendaPlaces([...oldestFirst].reverse());
      const eventsOf = (list: AgendaEntry[], withNames: boolean) => list.map((entry) => agendaEvent(entry, data.site, namesOf, withNames, places.get(entry.id)?.page));
      const organisation = textOf(data.site.name, lang, lang);
      const calendar = { prodId: `-//Vitrine//${organisation}//${lang.toUpperCase()}`, timeZone: data.site.timeZone };

      const all = readFileSync(join(out, 'calendar/all.ics'), 'utf8');
      expect(all).toBe(writeCalendar({ ...calendar, name: translator(lang)('feed.calendarAllName', { organisation }), events: eventsOf(oldestFirst, true) }));
      expect(all).toContain('DTSTART:20260329T020000');
      // The month pages list the newest first and ties by id, so the last id of that month is on its second page.
      const unfolded = all.replace(/\r\n /g, '');
      expect(unfolded).toContain(`URL;VALUE=URI:https://fixture.example.org/${lang}/agenda/2025-11/#a-2025-8000\r\n`);
      expect(unfolded).toContain(`URL;VALUE=URI:https://fixture.example.org/${lang}/agenda/2025-11/2/#a-2025-8${MONTH_PAGE_SIZE}\r\n`);

      expect(readFileSync(join(out, `calendar/${lang}/all.ics`), 'utf8')).toBe(all);
      const karim = oldestFirst.filter((entry) => entry.officials.includes('karim-dubois'));
      expect(karim.at(-1)?.id).toBe('a-2025-9999');
      const name = translator(lang)('feed.calendarName', { name: namesOf.get('karim-dubois') ?? '', organisation });
      expect(readFileSync(join(out, 'calendar/karim-dubois.ics'), 'utf8')).toBe(writeCalendar({ ...calendar, name, events: eventsOf(karim, false) }));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('calendars in each language', () => {
  const topics = { nl: ['mobiliteit', 'wonen'], fr: ['mobilité', 'logement'], en: ['mobility', 'housing'] } as const;
  const title = { nl: 'Overleg over woningen', fr: 'Concertation sur le logement' };
  const entry: AgendaEntry = { id: 'a-9', date: '2025-05-06', start: '10:00', end: '11:00', officials: ['an-verlinden'], title, category: 'interest-representatives', organisations: ['Huurdersbond'], topics: ['mobility', 'housing'], location: 'Stadhuis' };

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`say topics and categories in words in ${lang}, each text marked with the language it is in`, () => {
      const t = translator(lang);
      const root = parsed(writeCalendar({ prodId: `-//Vitrine//Test//${lang.toUpperCase()}`, name: 'Test', timeZone: 'Europe/Brussels', events: [agendaEvent(entry, site, names, false, 1, lang)] }));
      const [event] = root.getAllSubcomponents('vevent');
      const description = String(event?.getFirstPropertyValue('description'));
      // Words, never the codes of the data (`housing`, `social-affairs`), in the calendar's language.
      expect(description).toContain(t('feed.field', { label: t('feed.topics'), value: topics[lang].join(', ') }));
      expect(event?.getFirstPropertyValue('categories')).toBe(labelOf(AGENDA_CATEGORY_LABELS, 'interest-representatives', lang));
      expect(event?.getFirstProperty('description')?.getParameter('language')).toBe(lang);
      expect(event?.getFirstProperty('categories')?.getParameter('language')).toBe(lang);
      // The title in the reader's language where written, else in the one it is written in, and said so.
      expect(event?.getFirstPropertyValue('summary')).toBe(lang === 'en' ? title.nl : title[lang]);
      expect(event?.getFirstProperty('summary')?.getParameter('language')).toBe(lang === 'en' ? 'nl' : lang);
      // A place is plain text: the site's default language.
      expect(event?.getFirstProperty('location')?.getParameter('language')).toBe('nl');
      expect(event?.getFirstPropertyValue('url')).toBe(`https://portal.example.org/${lang}/agenda/2025-05/#a-9`);
    });
  }

  it('are written for every language of the site, and the first addresses keep the default language', async () => {
    const loaded = await loadSite(resolve(import.meta.dirname, '../fixtures/small-org'));
    const data = loaded.data;
    if (!data) throw new Error('the fixture did not load');
    const out = mkdtempSync(join(tmpdir(), 'vitrine-ical-'));
    try {
      await writeCalendars(data, out);
      const housing = data.agenda.find((record) => record.data.topics?.includes('housing'));
      expect(housing).toBeDefined();
      for (const lang of data.site.languages) {
        const text = readFileSync(join(out, `calendar/${lang}/all.ics`), 'utf8');
        const events = parsed(text).getAllSubcomponents('vevent');
        expect(events).toHaveLength(data.agenda.length);
        const event = events.find((component) => String(component.getFirstPropertyValue('uid')).startsWith(`${housing?.data.id}@`));
        const description = String(event?.getFirstPropertyValue('description'));
        expect(description).toContain(topicLabel('housing', lang));
        if (lang !== 'en') expect(description).not.toMatch(/\bhousing\b/);
        expect(readFileSync(join(out, `calendar/${lang}/an-verlinden.ics`), 'utf8').replace(/\r\n /g, '')).toContain(`X-WR-CALNAME:${escapeText(translator(lang)('feed.calendarName', { name: 'An Verlinden', organisation: textOf(data.site.name, lang, data.site.defaultLanguage) }))}`);
      }
      expect(readFileSync(join(out, 'calendar/an-verlinden.ics'), 'utf8')).toBe(readFileSync(join(out, `calendar/${data.site.defaultLanguage}/an-verlinden.ics`), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
