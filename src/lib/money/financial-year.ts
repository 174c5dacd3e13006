/**
 * The financial year a day belongs to, for organisations whose books run from a month other than
 * January (`financialYearStart` in data/site.yaml: 4 for April to March). A financial year has an address
 * key (`2025-26` for April 2025 to March 2026; a year that starts in January is the calendar year, `2025`),
 * a first and last day, its months in order and a label for readers ("April 2025 – March 2026").
 * The money pages, their lists of lines and the per-year money datasets count per financial year; the
 * rules that say "calendar year" (the donation cap) do not.
 *
 * Pure: no Astro, no DOM, no Node.
 */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import { formatMonth } from '../locale/dates.ts';

export interface FinancialYear {
  /** The address key: `2025` (a calendar year) or `2025-26`. */
  key: string;
  /** The month it starts in, 1 (January: the calendar year) to 12. */
  firstMonth: number;
  /** `YYYY-MM-DD` */
  first: string;
  /** `YYYY-MM-DD` */
  last: string;
  /** Its twelve months, `YYYY-MM`, first to last. */
  months: string[];
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar year a financial year starts in, for a day `YYYY-MM-DD` (or a month `YYYY-MM`). */
function startYear(date: string, firstMonth: number): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= firstMonth ? year : year - 1;
}

/** The key of the financial year starting in `year`: `2025`, or `2025-26`. */
function keyOf(year: number, firstMonth: number): string {
  return firstMonth === 1 ? String(year) : `${year}-${pad((year + 1) % 100)}`;
}

/** The key of the financial year of a day (or a month): fast, for grouping many lines. */
export function financialYearKey(date: string, firstMonth = 1): string {
  return firstMonth === 1 ? date.slice(0, 4) : keyOf(startYear(date, firstMonth), firstMonth);
}

function yearStarting(year: number, firstMonth: number): FinancialYear {
  const months: string[] = [];
  for (let index = 0; index < 12; index++) {
    const month = firstMonth - 1 + index;
    months.push(`${year + Math.floor(month / 12)}-${pad((month % 12) + 1)}`);
  }
  const lastMonth = months[11] as string;
  const last = `${lastMonth}-${pad(daysIn(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7))))}`;
  return { key: keyOf(year, firstMonth), firstMonth, first: `${months[0]}-01`, last, months };
}

/** The financial year of a day `YYYY-MM-DD` (or a month `YYYY-MM`). */
export function financialYearOf(date: string, firstMonth = 1): FinancialYear {
  return yearStarting(startYear(date, firstMonth), firstMonth);
}

/** The financial year of a key (`2025`, `2025-26`), or undefined if the key is not one with this first month. */
export function financialYearOfKey(key: string, firstMonth = 1): FinancialYear | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(key);
  if (!match) return undefined;
  const year = yearStarting(Number(match[1]), firstMonth);
  return year.key === key ? year : undefined;
}

/** Whether a financial year is the calendar year (it starts in January). */
export const isCalendarYear = (year: Pick<FinancialYear, 'firstMonth'>): boolean => year.firstMonth === 1;

/** What readers see: `2025` for a calendar year, else the months it covers ("April 2025 – March 2026"). */
export function financialYearLabel(year: FinancialYear, lang: Lang): string {
  if (isCalendarYear(year)) return year.key;
  return translator(lang)('money.financialYearMonths', { first: formatMonth(year.months[0] as string, lang), last: formatMonth(year.months[11] as string, lang) });
}

/**
 * The filters that select a financial year's lines in a trace (src/lib/money/table.ts): `year` for a
 * calendar year, else the first and last day, `from` and `to`, so that anyone can check it without
 * knowing when the organisation's year starts.
 */
export function yearFilter(year: FinancialYear): Record<string, string> {
  return isCalendarYear(year) ? { year: year.key } : { from: year.first, to: year.last };
}

/** A year's heading: "Year 2025", or "Financial year April 2025 – March 2026". */
export function financialYearHeading(year: FinancialYear, lang: Lang): string {
  const t = translator(lang);
  return isCalendarYear(year) ? t('money.year', { year: year.key }) : t('money.financialYear', { year: financialYearLabel(year, lang) });
}
