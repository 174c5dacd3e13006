/** Dates and times in the site's time zone, written out with their offset so that nothing is ambiguous. */
import { localeOf } from '../../i18n/locales.ts';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets already worked out: an agenda repeats the same dates and times many times over. */
const offsets = new Map<string, string>();

/** The UTC offset of a time zone at a local date and time, as `+01:00`. */
export function offsetAt(date: string, time: string, timeZone: string): string {
  const key = `${timeZone} ${date} ${time}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = computeOffset(date, time, timeZone);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function computeOffset(date: string, time: string, timeZone: string): string {
  const formatter = zoneFormatter(timeZone);
  // Guess the instant as if the local time were UTC, then correct by the zone's offset at that instant (twice, for DST edges).
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  let offset = zoneOffsetMinutes(formatter, asUtc);
  offset = zoneOffsetMinutes(formatter, asUtc - offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function zoneOffsetMinutes(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - Math.floor(instant / 60000) * 60000) / 60000);
}

const minutesOf = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
/** `HH:MM` of an instant seen on a clock `offset` minutes ahead of UTC. */
const clockAt = (instant: number, offset: number) => new Date(instant + offset * 60000).toISOString().slice(11, 16);

/** Days (`<zone> <date>`) on which the zone's offset changes, worked out once per day. */
const daysWithChange = new Map<string, boolean>();

/** The hour the clocks skip on the night they go forward, around a local time that falls in it. */
export interface SkippedTime {
  /** The local time the clocks jumped from, e.g. `02:00`. */
  from: string;
  /** The local time they jumped to, e.g. `03:00`. */
  to: string;
  /** The existing time the same instant would be read as: the time written, moved on by the jump (`02:30` → `03:30`). */
  meant: string;
}

/**
 * Whether a local date and time does not exist in a time zone because the clocks went forward over it
 * (in Europe/Brussels, 02:00 to 02:59 on the last Sunday of March): then the skipped span and the time
 * meant, else undefined. A time that exists twice (when the clocks go back) exists.
 */
export function skippedTime(date: string, time: string, timeZone: string): SkippedTime | undefined {
  const formatter = zoneFormatter(timeZone);
  // Most days the offset is the same from 14 hours before the day starts in UTC to 12 hours after it
  // ends (offsets run from -12:00 to +14:00): then nothing is skipped on that day anywhere.
  const day = `${timeZone} ${date}`;
  let changes = daysWithChange.get(day);
  if (changes === undefined) {
    const midnight = Date.parse(`${date}T00:00:00Z`);
    changes = zoneOffsetMinutes(formatter, midnight - 14 * 3600000) !== zoneOffsetMinutes(formatter, midnight + 36 * 3600000);
    if (daysWithChange.size > 100_000) daysWithChange.clear();
    daysWithChange.set(day, changes);
  }
  if (!changes) return undefined;
  const local = Date.parse(`${date}T${time}:00Z`);
  // A time that exists has an offset that holds at the instant it names; a skipped one has none.
  const guess = minutesOf(offsetAt(date, time, timeZone));
  const found = zoneOffsetMinutes(formatter, local - guess * 60000);
  if (found === guess) return undefined;
  const before = Math.min(guess, found);
  const after = Math.max(guess, found);
  const instant = local - before * 60000;
  // The instant of the change lies between the time read with the later offset and with the earlier one.
  let low = local - after * 60000;
  let high = instant;
  while (high - low > 60000) {
    const middle = low + Math.floor((high - low) / 120000) * 60000;
    if (zoneOffsetMinutes(formatter, middle) === after) high = middle;
    else low = middle;
  }
  return { from: clockAt(high, before), to: clockAt(high, after), meant: clockAt(instant, after) };
}

/** A local date and time as ISO 8601 with the zone's offset: `2025-03-14T09:30:00+01:00`. */
export function zonedDateTime(date: string, time: string, timeZone: string): string {
  return `${date}T${time}:00${offsetAt(date, time, timeZone)}`;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A date for readers: `14 maart 2025`, `14 mars 2025`, `14 March 2025`. */
export function formatDate(date: string, lang: string, style: 'long' | 'short' = 'long'): string {
  const key = `${lang} ${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(lang), style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A date known to the year, the month or the day, for readers at that precision: `2015`,
 * `maart 2025`, `14 maart 2025`. Never a day the source did not give.
 */
export function formatPartialDate(date: string, lang: string): string {
  if (date.length === 4) return date;
  if (date.length === 7) return formatMonth(date, lang);
  return formatDate(date, lang);
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();
const countFormatters = new Map<string, Intl.NumberFormat>();

/** A month for readers: `maart 2025`. */
export function formatMonth(month: string, lang: string): string {
  let formatter = monthFormatters.get(lang);
  if (!formatter) monthFormatters.set(lang, (formatter = new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return formatter.format(new Date(`${month}-01T00:00:00Z`));
}

/** A whole number for readers, with the language's digit grouping. */
export function formatCount(value: number, lang: string): string {
  let formatter = countFormatters.get(lang);
  if (!formatter) countFormatters.set(lang, (formatter = new Intl.NumberFormat(localeOf(lang))));
  return formatter.format(value);
}
