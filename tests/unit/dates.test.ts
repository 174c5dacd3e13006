// Times in the data are local to the site's time zone; published times carry their offset, summer or winter.
import { describe, expect, it } from 'vitest';
import { formatDate, zonedDateTime } from '../../src/lib/locale/dates.ts';

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
