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
