// One order for the agenda everywhere: newest day first; within a day the appointments whose source
// states no time first, then the timed ones latest first; ties by id. The news feed follows it too.
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/agenda/order.ts';
import { buildAgendaIndex, timeOf } from '../../src/lib/agenda/filter.ts';
import { agendaItem, byPublished, selectNews } from '../../src/lib/feeds/items.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';

const entry = (id: string, date: string, start?: string, end?: string): AgendaEntry => ({
  id, date, ...(start ? { start } : {}), ...(end ? { end } : {}), officials: ['an-verlinden'], title: `Afspraak ${id}`, category: 'internal',
});

// Given in a jumbled order on purpose.
const entries = [
  entry('a-5', '2025-03-14', '09:30', '10:30'),
  entry('a-2', '2025-03-15', '08:00'),
  entry('a-4', '2025-03-14'),
  entry('a-7', '2025-03-14', '17:00'),
  entry('a-3', '2025-03-14'),
  entry('a-1', '2025-03-13'),
  entry('a-6', '2025-03-14', '09:30'),
];
const expected = ['a-2', 'a-3', 'a-4', 'a-7', 'a-5', 'a-6', 'a-1'];

describe('the order of the agenda', () => {
  it('puts the day’s appointments without a time first, by id, then the timed ones latest first, ties by id', () => {
    expect([...entries].sort(newestFirst).map((e) => e.id)).toEqual(expected);
  });

  it('is the same whatever order the entries come in', () => {
    expect([...entries].reverse().sort(newestFirst).map((e) => e.id)).toEqual(expected);
    expect([...entries.slice(3), ...entries.slice(0, 3)].sort(newestFirst).map((e) => e.id)).toEqual(expected);
  });

  it('is the order of the news feed, whose items without a time have no pubDate', () => {
    const site = { baseUrl: 'https://portal.example.org/', defaultLanguage: 'nl' as const, timeZone: 'Europe/Brussels' };
    const names = new Map([['an-verlinden', 'An Verlinden']]);
    const news = selectNews(entries, [], '2025-12-31');
    expect(news.entries.map((e) => e.id)).toEqual(expected);
    const items = byPublished([...entries].reverse().map((e) => agendaItem(e, 'en', site, names)));
    expect(items.map((item) => item.guid.split('/').at(-1))).toEqual(expected);
    const untimed = items.find((item) => item.guid.endsWith('/a-3'));
    expect(untimed?.published).toBe('2025-03-14');
    expect(untimed?.description?.split('\n')[0]).toBe('14 March 2025');
  });

  it('gives the browser filter’s index no time for an appointment without one, and keeps the order', () => {
    const sorted = [...entries].sort(newestFirst);
    const index = buildAgendaIndex(sorted, new Map(), 'nl');
    expect(index.entries.map((row) => row[0])).toEqual(expected);
    const untimed = index.entries.find((row) => row[0] === 'a-3');
    expect(untimed?.[2]).toBe(-1);
    expect(timeOf(untimed?.[2] ?? 0)).toBe('');
  });
});
