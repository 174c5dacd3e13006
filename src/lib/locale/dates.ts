/** Dates and times in the site's time zone, written out with their offset so that nothing is ambiguous. */
import { localeOf } from '../../i18n/locales.ts';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * The offset of each day (`<zone> <date>`) on which it does not change, or null on a day it does. Most days
 * need two questions to Intl, and then none for any time of that day: an agenda of ten years asks for some
 * 3,650 days but for more dates and times than a cache of them kept (at size L, 10.8 s of the build went to
 * working out offsets again and again).
 */
const dayOffsets = new Map<string, string | null>();
/** Offsets of the times on days the offset changes (a few days a year). */
const offsets = new Map<string, string>();

/** `+01:00` for 60 minutes ahead of UTC. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The offset that holds for every time of a local day, or null if it changes that day. Offsets run from
 * -12:00 to +14:00, so the day's times are instants from 14 hours before its midnight in UTC to 36 hours
 * after: the offset is asked at both ends and in the middle of that span.
 */
function offsetOfDay(date: string, timeZone: string): string | null {
  const day = `${timeZone} ${date}`;
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    const formatter = zoneFormatter(timeZone);
    const midnight = Date.parse(`${date}T00:00:00Z`);
    const [first, middle, last] = [-14, 11, 36].map((hours) => zoneOffsetMinutes(formatter, midnight + hours * 3600000)) as [number, number, number];
    offset = first === middle && middle === last ? offsetText(first) : null;
    if (dayOffsets.size > 200_000) dayOffsets.clear();
    dayOffsets.set(day, offset);
  }
  return offset;
}

/** The UTC offset of a time zone at a local date and time, as `+01:00`. */
export function offsetAt(date: string, time: string, timeZone: string): string {
  const whole = offsetOfDay(date, timeZone);
  if (whole !== null) return whole;
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
  return offsetText(offset);
}

function zoneOffsetMinutes(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - Math.floor(instant / 60000) * 60000) / 60000);
}

const minutesOf = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
/** `HH:MM` of an instant seen on a clock `offset` minutes ahead of UTC. */
const clockAt = (instant: number, offset: number) => new Date(instant + offset * 60000).toISOString().slice(11, 16);

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
  // On a day whose offset holds from start to end (offsetOfDay), no time is skipped.
  if (offsetOfDay(date, timeZone) !== null) return undefined;
  const formatter = zoneFormatter(timeZone);
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
