/**
 * A date as registers write it: known to the year (`2015`), the month (`2025-03`) or the day
 * (`2025-03-14`). The text is kept as written, so its precision is never lost and no day is invented:
 * `2025-03` stays March 2025, not the 1st of March. Comparisons read it as the span of days it may be.
 */
import { z } from 'zod';
import { blankToUndefined, shown } from './raw-values.ts';

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A Table Schema pattern for the three forms (checked again, with real months and days, when read). */
export const PARTIAL_DATE_PATTERN = '[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a text is a year, a month or a day that exists: `2015`, `2025-03`, `2025-03-14`. */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = PARTIAL.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysIn(year, month);
}

/** How much of a valid partial date is known. */
export const precisionOf = (date: string): DatePrecision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

/** The earliest day a partial date may be: `2025-03` → `2025-03-01`. For comparisons only, never for display. */
export function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The latest day a partial date may be: `2024-02` → `2024-02-29`. For comparisons only, never for display. */
export function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysIn(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
  return date;
}

/**
 * Order of partial dates: by the earliest day each may be, then the less precise first (the year 2025
 * before March 2025 before 1 March 2025), so a list reads from the widest to the narrowest.
 */
export function comparePartialDates(a: string, b: string): number {
  const first = firstDayOf(a);
  const second = firstDayOf(b);
  if (first !== second) return first < second ? -1 : 1;
  return a.length - b.length;
}

/** A date known to the year, the month or the day; YAML dates and bare YAML years are accepted too. */
export const partialDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' && Number.isInteger(value) ? String(value) : blankToUndefined(value)),
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not ${shown(iss.input)}`) })
      .refine(isPartialDate, {
        error: (iss) =>
          `${shown(iss.input)} is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more`,
      }),
  )
  .meta({ kind: 'partialDate', example: '2025-03' });

/**
 * Records newest first, then by id, as registers list them. One dated only to a month or a year is placed
 * by its earliest possible day, after those dated to days in it: 14 March 2025, 1 March 2025, March 2025,
 * 2025 (comparePartialDates, reversed).
 */
export function newestFirst<T extends { id: string }>(records: readonly T[], dateOf: (record: T) => string): T[] {
  return [...records].sort((a, b) => comparePartialDates(dateOf(b), dateOf(a)) || (a.id < b.id ? -1 : 1));
}
