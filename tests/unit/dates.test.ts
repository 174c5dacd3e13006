// Times in the data are local to the site's time zone; published times carry their offset, summer or winter.
import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, zonedDateTime } from '../../src/lib/locale/dates.ts';
import { comparePartialDates, firstDayOf, lastDayOf, precisionOf } from '../../src/schemas/partial-date.ts';

describe('dates and time zones', () => {
  it('writes Brussels times with the winter and the summer offset', () => {
    expect(zonedDateTime('2025-01-15', '09:30', 'Europe/Brussels')).toBe('2025-01-15T09:30:00+01:00');
    expect(zonedDateTime('2025-07-15', '09:30', 'Europe/Brussels')).toBe('2025-07-15T09:30:00+02:00');
    expect(zonedDateTime('2025-03-30', '03:30', 'Europe/Brussels')).toBe('2025-03-30T03:30:00+02:00');
    expect(zonedDateTime('2025-10-26', '01:30', 'Europe/Brussels')).toBe('2025-10-26T01:30:00+02:00');
    expect(zonedDateTime('2025-07-15', '09:30', 'America/New_York')).toBe('2025-07-15T09:30:00-04:00');
  });

  it('gives every local time the offset at which it reads back on the zone’s clocks, on days with and without a change', () => {
    // The reference asks Intl alone: the offsets the zone uses in the 26 hours around the time, and which of
    // them names an instant that the zone's clocks show as that date and time (none: a skipped time).
    const clock = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    const named = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const offsetAtInstant = (format: Intl.DateTimeFormat, instant: number) => {
      const name = format.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
      return name === 'GMT' ? '+00:00' : name.slice(3);
    };
    const shownAs = (format: Intl.DateTimeFormat, instant: number) => {
      const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
      return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
    };
    let checked = 0;
    let skipped = 0;
    for (const zone of ['Europe/Brussels', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Apia']) {
      const [format, name] = [clock(zone), named(zone)];
      for (const first of ['2011-01-01', '2025-01-01']) {
        for (let day = Date.parse(`${first}T00:00:00Z`), end = day + 731 * 86400000; day < end; day += 86400000) {
          const date = new Date(day).toISOString().slice(0, 10);
          for (const time of ['00:00', '01:30', '02:00', '02:30', '03:00', '12:00', '23:59']) {
            const asUtc = Date.parse(`${date}T${time}:00Z`);
            const candidates = new Set([offsetAtInstant(name, asUtc - 14 * 3600000), offsetAtInstant(name, asUtc + 12 * 3600000)]);
            const valid = [...candidates].filter((offset) => shownAs(format, Date.parse(`${date}T${time}:00${offset}`)) === `${date} ${time}`);
            const written = zonedDateTime(date, time, zone);
            if (valid.length === 0) {
              skipped++;
              continue;
            }
            expect(valid, `${zone} ${date} ${time}`).toContain(written.slice(19));
            expect(written.slice(0, 19)).toBe(`${date}T${time}:00`);
            checked++;
          }
        }
      }
    }
    // Six zones, four years, seven times a day; Apia skipped the whole of 2011-12-30.
    expect(checked + skipped).toBe(6 * 2 * 731 * 7);
    expect(skipped).toBeGreaterThan(7);
  });

  it('writes dates in the reader’s language', () => {
    expect(formatDate('2025-03-14', 'nl')).toBe('14 maart 2025');
    expect(formatDate('2025-03-14', 'fr')).toBe('14 mars 2025');
    expect(formatDate('2025-03-14', 'en')).toBe('14 March 2025');
  });
});

describe('dates known to the year, the month or the day', () => {
  it('are shown at the precision they were given, in each language, never with an invented day', () => {
    const shown = (date: string) => (['nl', 'fr', 'en'] as const).map((lang) => formatPartialDate(date, lang));
    expect(shown('2015')).toEqual(['2015', '2015', '2015']);
    expect(shown('2025-03')).toEqual(['maart 2025', 'mars 2025', 'March 2025']);
    expect(shown('2025-03-14')).toEqual(['14 maart 2025', '14 mars 2025', '14 March 2025']);
  });
  it('are compared by the days they may be: the earliest, then the wider first', () => {
    expect(['2025-03-14', '2025', '2025-03', '2024-12-31', '2025-03-01', '2025-02'].sort(comparePartialDates)).toEqual(['2024-12-31', '2025', '2025-02', '2025-03', '2025-03-01', '2025-03-14']);
    expect([firstDayOf('2024-02'), lastDayOf('2024-02'), lastDayOf('2025-02'), firstDayOf('2015'), lastDayOf('2015'), lastDayOf('2025-03-14')]).toEqual(['2024-02-01', '2024-02-29', '2025-02-28', '2015-01-01', '2015-12-31', '2025-03-14']);
    expect([precisionOf('2015'), precisionOf('2025-03'), precisionOf('2025-03-14')]).toEqual(['year', 'month', 'day']);
  });
});
