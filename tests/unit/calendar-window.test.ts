// The calendar of every appointment (all.ics) of a large organisation: the recent and planned ones only,
// from a month its description states, read back by an independent iCalendar parser (ical.js); a small
// organisation's holds every appointment, as before.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadedFixture } from '../fixture-folders.ts';
import { ALL_CALENDAR_EVENTS, allCalendarFrom } from '../../src/lib/agenda/calendar-window.ts';
import { writeCalendars } from '../../src/lib/datasets/calendars.ts';

const days = (month: string, count: number) => Array.from({ length: count }, (_, index) => `${month}-${String((index % 28) + 1).padStart(2, '0')}`);

describe('the months of all.ics', () => {
  it('hold every appointment while they are at most the bound', () => {
    expect(allCalendarFrom(days('2025-01', 10), '2026-11-20', 10)).toBeUndefined();
    expect(ALL_CALENDAR_EVENTS).toBe(30_000);
  });

  it('start at the earliest month from which the appointments fit the bound', () => {
    const dates = [...days('2026-07', 5), ...days('2026-09', 5), ...days('2026-10', 4), ...days('2026-12', 2)];
    // From October: 6; from September: 11; from July: 16.
    expect(allCalendarFrom(dates, '2026-11-20', 11)).toBe('2026-09');
    expect(allCalendarFrom(dates, '2026-11-20', 10)).toBe('2026-10');
    expect(allCalendarFrom(dates, '2026-11-20', 15)).toBe('2026-09');
  });

  it('always hold what is planned, even beyond the bound', () => {
    const dates = [...days('2026-10', 3), ...days('2026-11', 4), ...days('2027-01', 6)];
    expect(allCalendarFrom(dates, '2026-11-20', 5)).toBe('2026-11');
    expect(allCalendarFrom(dates, '2026-12-01', 5)).toBe('2026-12');
  });
});

describe('all.ics with a lowered bound', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'vitrine-all-ics-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('holds the newest appointments from a month on, says so in its description, and so do the officials’ calendars', async () => {
    const { data, template } = await loadedFixture();
    // Ten appointments of the fixture’s official, one a month from March to December 2025.
    for (let month = 3; month <= 12; month++) {
      data.agenda.push({ ...template, data: { ...template.data, id: `a-2025-7${String(month).padStart(2, '0')}`, date: `2025-${String(month).padStart(2, '0')}-15`, officials: ['lise-marchal'] } });
    }
    const every = data.agenda.length;
    await writeCalendars(data, out, 4);
    const read = (path: string) => new ICAL.Component(ICAL.parse(readFileSync(join(out, path), 'utf8')));
    const all = read('calendar/en/all.ics');
    const starts = all.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('dtstart')).slice(0, 10));
    expect(starts).toHaveLength(4);
    expect(starts.every((date) => date >= '2025-09-01')).toBe(true);
    expect(String(all.getFirstPropertyValue('x-wr-caldesc'))).toBe('Appointments from September 2025 onward: the recent and the planned ones. Every appointment since the start is in the agenda dataset (open data).');
    expect(String(read('calendar/nl/all.ics').getFirstPropertyValue('description'))).toMatch(/^Afspraken vanaf september 2025/);
    expect(readFileSync(join(out, 'calendar/all.ics'), 'utf8')).toBe(readFileSync(join(out, `calendar/${data.site.defaultLanguage}/all.ics`), 'utf8'));
    // An official's calendar holds their appointments of the same months, and says so.
    const lise = read('calendar/en/lise-marchal.ics');
    expect(lise.getAllSubcomponents('vevent')).toHaveLength(data.agenda.filter((record) => record.data.officials.includes('lise-marchal') && record.data.date >= '2025-09').length);
    expect(String(lise.getFirstPropertyValue('x-wr-caldesc'))).toMatch(/^Appointments from September 2025 onward/);

    await writeCalendars(data, out, every);
    const whole = read('calendar/en/all.ics');
    expect(whole.getAllSubcomponents('vevent')).toHaveLength(every);
    expect(whole.getFirstPropertyValue('x-wr-caldesc')).toBeNull();
  });
});
