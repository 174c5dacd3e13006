/**
 * An iCalendar writer (RFC 5545) for published diaries: text escaping, line folding at 75 octets, CRLF
 * line ends, and a VTIMEZONE for the site's time zone computed from the platform's time-zone data, so
 * that every DTSTART and DTEND can name its zone (TZID) and calendar apps show the right hour on both
 * sides of a daylight-saving change; an event without a time is written with DATE values (a whole day).
 * Longer than 300 lines because the VTIMEZONE computation (transitions found from the platform's zone
 * data) belongs with the writer whose times it explains.
 */

export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, in the calendar's time zone */
  time: string;
}

/** A day without a time, written as a DATE value (`DTSTART;VALUE=DATE:20250314`): an event of whole days. */
export interface LocalDay {
  date: string;
  time?: undefined;
}

export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. `a-2025-0001@portal.example.org`. */
  uid: string;
  /** When the event's information was created or last changed, as a UTC instant (`2025-03-14T00:00:00Z`). */
  stamp: string;
  /** A day without a time makes an event of whole days (RFC 5545 3.6.1): its end is then a day too. */
  start: LocalDateTime | LocalDay;
  /** Must be after the start; for a day, the day after the event's last (DTEND is exclusive). */
  end: LocalDateTime | LocalDay;
  summary: string;
  /** Language of the summary (a BCP 47 tag such as `nl`), and of the other text unless they say otherwise. */
  language?: string | undefined;
  /** Language of the description and the categories, where it is not that of the summary. */
  descriptionLanguage?: string | undefined;
  /** Language of the location, where it is not that of the description. */
  locationLanguage?: string | undefined;
  description?: string | undefined;
  location?: string | undefined;
  categories?: readonly string[] | undefined;
  url?: string | undefined;
}

export interface IcsCalendar {
  /** Who made the calendar, as `-//Organisation//Product//EN`. */
  prodId: string;
  /** A name for calendar apps to show (RFC 7986 NAME and the common X-WR-CALNAME). */
  name: string;
  /** The IANA time zone of every local time in the events, e.g. `Europe/Brussels`. */
  timeZone: string;
  /** What the calendar holds, where its name does not say it all (RFC 7986 DESCRIPTION and X-WR-CALDESC). */
  description?: string | undefined;
  events: readonly IcsEvent[];
}

const CRLF = '\r\n';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  // Most text has nothing to escape: one test instead of five replacements.
  if (!/[\\;,\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) return value;
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 3.1): continuation lines
 * start with one space. A multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  // No UTF-16 code unit takes more than 3 octets, so a line of up to 25 units always fits.
  if (line.length <= 25) return line;
  let folded = '';
  let from = 0;
  let octets = 0;
  let limit = 75;
  for (let index = 0; index < line.length; ) {
    const code = line.charCodeAt(index);
    let units = 1;
    let size = 3;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < line.length && (line.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      size = 4;
      units = 2;
    }
    if (octets + size > limit) {
      folded += `${line.slice(from, index)}${CRLF} `;
      from = index;
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = 74;
    }
    octets += size;
    index += units;
  }
  return from === 0 ? line : folded + line.slice(from);
}

/** `2025-03-14` and `09:30` as `20250314T093000` (a local time, to be read with a TZID). */
export function localStamp(value: LocalDateTime): string {
  return `${value.date.replace(/-/g, '')}T${value.time.replace(':', '')}00`;
}

/** A DTSTART or DTEND line's value and parameters: a local time in the calendar's zone, or a DATE. */
function dateProperty(name: string, value: LocalDateTime | LocalDay, tz: string): string {
  return value.time === undefined ? property(name, value.date.replace(/-/g, ''), parameter('VALUE', 'DATE')) : property(name, localStamp(value), tz);
}

/** The day after a `YYYY-MM-DD` day: the exclusive DTEND of an event of that one day. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * MINUTE).toISOString().slice(0, 10);
}

/** A UTC instant written `20250314T083000Z`. */
export function utcStamp(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new Error(`${String(instant)} is not an instant`);
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The offset from UTC, in minutes, of a time zone at an instant. */
export function offsetMinutes(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60000);
}

export interface Transition {
  /** The first instant (ms since 1970, UTC) at which the new offset applies. */
  instant: number;
  from: number;
  to: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Every change of a zone's UTC offset from the start of `fromYear` to the end of `toYear`. */
export function zoneTransitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let at = Date.UTC(fromYear, 0, 1);
  let offset = offsetMinutes(at, timeZone);
  while (at < end) {
    const next = Math.min(at + DAY, end);
    const nextOffset = offsetMinutes(next, timeZone);
    if (nextOffset !== offset) {
      // Find the first minute of the new offset by halving the day.
      let low = at / MINUTE;
      let high = next / MINUTE;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetMinutes(middle * MINUTE, timeZone) === offset) low = middle;
        else high = middle;
      }
      transitions.push({ instant: high * MINUTE, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    at = next;
  }
  return transitions;
}

/** An offset in minutes as `+0100`. */
export function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** A short name of the zone at an instant (`CET`, `CEST`), or undefined where the platform only knows `GMT+1`. */
function zoneName(instant: number, timeZone: string): string | undefined {
  let formatter = nameFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
    nameFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,6}$/.test(name) ? name : undefined;
}

/**
 * The VTIMEZONE of a zone for the years given: one STANDARD or DAYLIGHT observance per offset change
 * (the year before `fromYear` is included, so that the first events of `fromYear` are covered). A zone
 * without changes gets one STANDARD observance.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  // The same zone and years come back for every calendar of a build: computed once (it takes a day-by-day scan).
  const key = `${timeZone} ${fromYear} ${toYear}`;
  let lines = zones.get(key);
  if (!lines) {
    lines = computeVtimezone(timeZone, fromYear, toYear);
    zones.set(key, lines);
  }
  return [...lines];
}

const zones = new Map<string, readonly string[]>();

function computeVtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const transitions = zoneTransitions(timeZone, fromYear - 1, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = utcOffset(offsetMinutes(Date.UTC(fromYear, 0, 1), timeZone));
    const name = zoneName(Date.UTC(fromYear, 0, 1), timeZone);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, ...(name ? [`TZNAME:${name}`] : []), 'END:STANDARD');
  }
  for (const transition of transitions) {
    // DTSTART of an observance is the local time at which it begins, read in the offset before it.
    const localStart = new Date(transition.instant + transition.from * MINUTE).toISOString();
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    const name = zoneName(transition.instant, timeZone);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStart.slice(0, 19).replace(/[-:]/g, '')}`,
      `TZOFFSETFROM:${utcOffset(transition.from)}`,
      `TZOFFSETTO:${utcOffset(transition.to)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A property parameter as `;KEY=value` (quoted where the value needs it), or nothing for a missing value. */
function parameter(key: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return `;${key}=${/[;:,"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value}`;
}

/** A property line: name, parameters (from `parameter`) and a value already in its value type's syntax. */
function property(name: string, value: string, parameters = ''): string {
  return `${name}${parameters}:${value}`;
}

/** What a calendar says about itself, before its time zone and events. */
export type IcsCalendarHead = Pick<IcsCalendar, 'prodId' | 'name' | 'timeZone' | 'description'>;

/** The first and last year that the events of a calendar start or end in (1970 for a calendar without events). */
export interface IcsYears {
  from: number;
  to: number;
}

const yearOf = (value: LocalDateTime | LocalDay) => Number(value.date.slice(0, 4));

/** The years the events start and end in, which the VTIMEZONE covers. */
export function calendarYears(events: Iterable<IcsEvent>): IcsYears {
  // A loop, not Math.min(...years): a calendar of every appointment can hold hundreds of thousands.
  let from = Infinity;
  let to = -Infinity;
  for (const event of events) {
    for (const year of [yearOf(event.start), yearOf(event.end)]) {
      if (year < from) from = year;
      if (year > to) to = year;
    }
  }
  return from === Infinity ? { from: 1970, to: 1970 } : { from, to };
}

/** One content line, folded, with its CRLF. */
const line = (text: string) => foldLine(text) + CRLF;

/**
 * The calendar as iCalendar text in chunks (the calendar's head, then one chunk per event, then its end),
 * for writing a calendar of any size to a stream: joined, the chunks are exactly `writeCalendar`'s text.
 * `events` is read once, one event at a time, so it may be a generator. The VTIMEZONE comes before the
 * events, so the years they span are given up front (`calendarYears`, or known from the source); an
 * event outside them is an error rather than a calendar whose times a reader would misplace.
 */
export function* calendarChunks(head: IcsCalendarHead, years: IcsYears, events: Iterable<IcsEvent>): Generator<string, void, undefined> {
  yield [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', head.prodId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('NAME', escapeText(head.name)),
    property('X-WR-CALNAME', escapeText(head.name)),
    ...(head.description ? [property('DESCRIPTION', escapeText(head.description)), property('X-WR-CALDESC', escapeText(head.description))] : []),
    property('X-WR-TIMEZONE', head.timeZone),
    property('REFRESH-INTERVAL', 'PT12H', parameter('VALUE', 'DURATION')),
    ...vtimezone(head.timeZone, years.from, years.to),
  ].map(line).join('');
  const tz = parameter('TZID', head.timeZone);
  for (const event of events) {
    const first = yearOf(event.start);
    const last = yearOf(event.end);
    if (!(first >= years.from && first <= years.to && last >= years.from && last <= years.to)) {
      throw new Error(`The event ${event.uid} (${event.start.date} to ${event.end.date}) falls outside the calendar's years ${years.from}–${years.to}.`);
    }
    const language = parameter('LANGUAGE', event.language);
    const descriptionLanguage = parameter('LANGUAGE', event.descriptionLanguage ?? event.language);
    const locationLanguage = parameter('LANGUAGE', event.locationLanguage ?? event.descriptionLanguage ?? event.language);
    let chunk =
      line('BEGIN:VEVENT') +
      line(property('UID', event.uid)) +
      line(property('DTSTAMP', utcStamp(event.stamp))) +
      line(dateProperty('DTSTART', event.start, tz)) +
      line(dateProperty('DTEND', event.end, tz)) +
      line(property('SUMMARY', escapeText(event.summary), language));
    if (event.description) chunk += line(property('DESCRIPTION', escapeText(event.description), descriptionLanguage));
    if (event.location) chunk += line(property('LOCATION', escapeText(event.location), locationLanguage));
    if (event.categories?.length) chunk += line(property('CATEGORIES', event.categories.map(escapeText).join(','), descriptionLanguage));
    if (event.url) chunk += line(property('URL', event.url, parameter('VALUE', 'URI')));
    yield chunk + line('END:VEVENT');
  }
  yield line('END:VCALENDAR');
}

/** The whole calendar as iCalendar text, with CRLF line ends and folded lines (the join of `calendarChunks`). */
export function writeCalendar(calendar: IcsCalendar): string {
  return [...calendarChunks(calendar, calendarYears(calendar.events), calendar.events)].join('');
}

/** A local date and time plus a number of minutes, on the wall clock (for a default event length). */
export function addMinutes(value: LocalDateTime, minutes: number): LocalDateTime {
  const [hours = 0, mins = 0] = value.time.split(':').map(Number);
  const total = Date.parse(`${value.date}T00:00:00Z`) + (hours * 60 + mins + minutes) * MINUTE;
  const iso = new Date(total).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
