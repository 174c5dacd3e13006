/** Dates and times in the site's time zone, written out with their offset so that nothing is ambiguous. */

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

function computeOffset(date: string, time: string, timeZone: string): string {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    offsetFormatters.set(timeZone, formatter);
  }
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

/** A local date and time as ISO 8601 with the zone's offset: `2025-03-14T09:30:00+01:00`. */
export function zonedDateTime(date: string, time: string, timeZone: string): string {
  return `${date}T${time}:00${offsetAt(date, time, timeZone)}`;
}

const LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A date for readers: `14 maart 2025`, `14 mars 2025`, `14 March 2025`. */
export function formatDate(date: string, lang: string, style: 'long' | 'short' = 'long'): string {
  const key = `${lang} ${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang] ?? lang, style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();
const countFormatters = new Map<string, Intl.NumberFormat>();

/** A month for readers: `maart 2025`. */
export function formatMonth(month: string, lang: string): string {
  let formatter = monthFormatters.get(lang);
  if (!formatter) monthFormatters.set(lang, (formatter = new Intl.DateTimeFormat(LOCALES[lang] ?? lang, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return formatter.format(new Date(`${month}-01T00:00:00Z`));
}

/** A whole number for readers, with the language's digit grouping. */
export function formatCount(value: number, lang: string): string {
  let formatter = countFormatters.get(lang);
  if (!formatter) countFormatters.set(lang, (formatter = new Intl.NumberFormat(LOCALES[lang] ?? lang)));
  return formatter.format(value);
}
