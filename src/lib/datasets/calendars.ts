/**
 * Writes the iCalendar feeds (RFC 5545) into `<root>/calendar/<lang>/` for each language of the site:
 * `<official-id>.ics`, one official's diary with every agenda entry that names them, `bodies/<body-id>.ics`,
 * the meetings of one body, and `all.ics`, every entry with the officials' names before its title (for a
 * large organisation, all.ics and the officials' calendars hold the recent and planned entries, from a
 * month that their description states: src/lib/agenda/calendar-window.ts), each in that language (titles where written in it,
 * categories and topics in its words, links to its pages). `<root>/calendar/<official-id>.ics` and
 * `<root>/calendar/all.ics`, the addresses published first, stay: copies of the default language's.
 * Written by the build script beside the datasets, not by Astro: the calendars of a large
 * organisation run to hundreds of megabytes, so they are streamed event by event and never held whole.
 * One pass over the agenda groups the entries per official (arrays of references, no copies); events are
 * made as they are written, each linking to the page of its month that shows the entry (agenda-pages.ts).
 */
import { createWriteStream } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { translator } from '../../i18n/index.ts';
import { atOnce } from '../build/at-once.ts';
import type { AgendaEntry } from '../../schemas/agenda.ts';
import { newestFirst } from '../agenda/order.ts';
import { agendaPlaces } from '../agenda/pages.ts';
import { ALL_CALENDAR_EVENTS, allCalendarFrom, inCalendar } from '../agenda/calendar-window.ts';
import { formatMonth } from '../locale/dates.ts';
import { today } from '../loading/today.ts';
import { agendaEvent, eventTimes, meetingEvent } from '../feeds/items.ts';
import { calendarChunks, calendarYears, type IcsCalendarHead, type IcsYears } from '../feeds/ical.ts';
import { groupBy } from '../loading/group.ts';
import type { SiteData } from '../loading/load-site.ts';
import { textOf } from '../locale/localize.ts';

/** The folder below the site root, served at `/calendar/`. */
export const CALENDAR_DIR = 'calendar';

/**
 * The years an entry's event starts and ends in, as `agendaEvent` makes it: an entry without an end lasts
 * `DEFAULT_MINUTES`, and one without a time ends the next day, which can carry it into the next year.
 * (`calendarChunks` checks every event against them.)
 */
function yearsOf(entry: AgendaEntry): IcsYears {
  const { start, end } = eventTimes(entry);
  return { from: Number(start.date.slice(0, 4)), to: Number(end.date.slice(0, 4)) };
}

/** Widens `years` (changed in place) to take in `add`. */
function widen(years: IcsYears, add: IcsYears): void {
  if (add.from < years.from) years.from = add.from;
  if (add.to > years.to) years.to = add.to;
}

/** Officials' calendars written or taken from the build cache at once. */
const CALENDARS_AT_ONCE = 8;

/** Text chunks gathered into pieces of about 64 KB, so that the file gets few large writes. */
function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string, void, undefined> {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Streams text chunks into a file: the chunks are made only as fast as the disk takes them (the pipeline
 * waits for 'drain' and 'finish'), and an error on either side ends both and rejects.
 */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(batched(chunks), { objectMode: false }), createWriteStream(path));
}

/**
 * The build cache's hook (src/lib/build/data-cache.ts): before a file is written, it is given the file's
 * inputs, everything the file is made from but the site's settings and this code; when it says the file
 * is in place (copied from the cache), the file is not written.
 */
export interface CalendarReuse {
  /** True when the file at `path` (below the site's root) is in place from the cache; else write it and call `written`. */
  reuse(path: string, inputs: Iterable<unknown>): Promise<boolean>;
  written(path: string): Promise<void>;
}

export interface WrittenCalendars {
  /** Files written: per language one per official and `all.ics`, and the copies at the first addresses. */
  files: number;
  /** Events written in all of them (copies counted once). */
  events: number;
}

/** The address of a calendar below the site's root: `calendar/nl/an-verlinden.ics`, `calendar/all.ics` (no language: the default language's). */
export function calendarPath(file: string, lang?: string): string {
  return lang ? `${CALENDAR_DIR}/${lang}/${file}.ics` : `${CALENDAR_DIR}/${file}.ics`;
}

/**
 * Writes `<root>/calendar/<lang>/<official-id>.ics` for every official (but one with the id `all`) and
 * `<root>/calendar/<lang>/all.ics` in every language of the site, oldest entry first, and copies those of
 * the default language to `<root>/calendar/<official-id>.ics` and `<root>/calendar/all.ics`.
 */
export async function writeCalendars(site: SiteData, root: string, maxAllEvents = ALL_CALENDAR_EVENTS, cache?: CalendarReuse): Promise<WrittenCalendars> {
  const config = site.site;
  const names = new Map(site.officials.map((person) => [person.data.id, person.data.name]));

  // Oldest first, as calendar files usually are: the site's newest-first order, reversed.
  const newest = site.agenda.map((record) => record.data).sort(newestFirst);
  // Each event links to the page of its month that shows the entry, worked out from the site's order.
  const places = agendaPlaces(newest);
  const entries = [...newest].reverse();
  // all.ics: every entry, or for a large organisation those from a month onward, said in its description.
  const allFrom = allCalendarFrom(newest.map((entry) => entry.date), today(config.timeZone), maxAllEvents);
  const allEntries = allFrom === undefined ? entries : entries.filter((entry) => inCalendar(entry.date, allFrom));
  const byOfficial = new Map<string, { entries: AgendaEntry[]; years: IcsYears }>();
  let allYears: IcsYears | undefined;
  for (const entry of entries) {
    // The officials' calendars hold the same months as all.ics: at size L, 500 diaries of every year
    // were 1.4 GB in all (the full history is in each official's slice of the agenda dataset).
    if (!inCalendar(entry.date, allFrom)) continue;
    const years = yearsOf(entry);
    if (allYears) widen(allYears, years);
    else allYears = { ...years };
    for (const id of entry.officials) {
      const group = byOfficial.get(id);
      if (group) {
        group.entries.push(entry);
        widen(group.years, years);
      } else byOfficial.set(id, { entries: [entry], years: { ...years } });
    }
  }

  const meetingsOf = groupBy(
    site.meetings.map((record) => record.data).sort((a, b) => -newestFirst(a, b)),
    (meeting) => meeting.body,
  );

  let files = 0;
  let events = 0;
  for (const lang of config.languages) {
    const t = translator(lang);
    const organisation = textOf(config.name, lang, config.defaultLanguage);
    const prodId = `-//Vitrine//${organisation}//${lang.toUpperCase()}`;
    await mkdir(join(root, CALENDAR_DIR, lang), { recursive: true });
    const description = allFrom === undefined ? undefined : t('feed.calendarAllFrom', { month: formatMonth(allFrom, lang) });
    // What a file is made from, for the cache: each entry with its page and the names of its officials.
    function* inputs(head: IcsCalendarHead, years: IcsYears | undefined, group: readonly AgendaEntry[], withNames: boolean) {
      yield { lang, head, years, withNames };
      for (const entry of group) {
        yield entry;
        yield [places.get(entry.id)?.page, entry.officials.map((id) => names.get(id))];
      }
    }
    const write = async (file: string, head: IcsCalendarHead, years: IcsYears | undefined, group: readonly AgendaEntry[], withNames: boolean) => {
      function* made() {
        for (const entry of group) yield agendaEvent(entry, config, names, withNames, places.get(entry.id)?.page, lang);
      }
      const path = calendarPath(file, lang);
      if (!(await cache?.reuse(path, inputs(head, years, group, withNames)))) {
        await writeChunks(join(root, path), calendarChunks(head, years ?? { from: 1970, to: 1970 }, made()));
        await cache?.written(path);
      }
      files += 1;
      events += group.length;
    };
    // The officials' calendars eight at a time: most are taken from the build cache in a rebuild, each a
    // few small reads and a link, which one after the other left the build waiting (P: 2,100 files).
    // `all` is the calendar of every official, below.
    const people = site.officials.map((person) => person.data).filter((person) => person.id !== 'all');
    await atOnce(people.length, CALENDARS_AT_ONCE, async (at) => {
      const { id, name } = people[at] as (typeof people)[number];
      const group = byOfficial.get(id);
      await write(id, { prodId, name: t('feed.calendarName', { name, organisation }), timeZone: config.timeZone, description }, group?.years, group?.entries ?? [], false);
    });
    await write('all', { prodId, name: t('feed.calendarAllName', { organisation }), timeZone: config.timeZone, description }, allYears, allEntries, true);
    // Each body's meetings, oldest first, linking to the meeting's page.
    await mkdir(join(root, CALENDAR_DIR, lang, 'bodies'), { recursive: true });
    for (const body of site.bodies) {
      const held = meetingsOf.get(body.data.id) ?? [];
      const head = { prodId, name: t('feed.bodyCalendarName', { body: textOf(body.data.name, lang, config.defaultLanguage), organisation }), timeZone: config.timeZone };
      const path = calendarPath(`bodies/${body.data.id}`, lang);
      if (!(await cache?.reuse(path, [{ lang, head, name: body.data.name }, ...held]))) {
        const made = held.map((meeting) => meetingEvent(meeting, config, body.data.name, lang));
        await writeChunks(join(root, path), calendarChunks(head, calendarYears(made), made));
        await cache?.written(path);
      }
      files += 1;
      events += held.length;
    }
  }
  // The first published addresses, in the default language: the same files (a hard link where the file
  // system has them, so the bytes are on disk once; else a copy), not written again.
  for (const id of [...site.officials.map((person) => person.data.id).filter((id) => id !== 'all'), 'all']) {
    const from = join(root, calendarPath(id, config.defaultLanguage));
    const to = join(root, calendarPath(id));
    await link(from, to).catch(() => copyFile(from, to));
    files += 1;
  }
  return { files, events };
}
