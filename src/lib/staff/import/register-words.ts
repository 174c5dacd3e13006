/**
 * What registers write where a value or a date belongs, turned into the forms Vitrine keeps: a stated
 * value (`unknown`, `< 50.00`, `> 1000.00`, `50.00-100.00`, src/schemas/money-fields.ts) and a date known
 * to the day, the month or the year (src/schemas/partial-date.ts). Nothing is guessed: an approximate
 * value (`± 40 euro`) is never made an exact amount, a month (`10/2025`, `oktober 2025`) never gets a day.
 * What cannot be read is a problem that says why and how to fix it, reported at the row's line.
 */
import type { Lang } from '../../../schemas/fields.ts';
import { parseStatedValue } from '../../../schemas/money-fields.ts';
import { cleanText, normaliseDate, readAmount } from './normalise.ts';

/**
 * The words that mean "the value is not known", per language: the one list the import reads. `n.v.t.`,
 * `n/a`, `NA` and `-` are not among them: they say "not applicable" or nothing, so the cell stays empty
 * and a value that is required is refused, never published as unknown.
 */
export const UNKNOWN_WORDS = {
  nl: ['onbekend', 'ongekend', 'niet gekend', 'niet bekend', 'waarde onbekend', 'onbekende waarde'],
  fr: ['inconnu', 'inconnue', 'non connu', 'non connue', 'valeur inconnue'],
  en: ['unknown', 'not known', 'value unknown', 'unknown value'],
} as const satisfies Record<Lang, readonly string[]>;

/** Words before an amount that make it a bound: less than (`< 50`) or more than (`> 1000`). */
const BOUND_WORDS = {
  below: ['<', 'minder dan', 'kleiner dan', 'lager dan', 'onder', 'moins de', 'inférieur à', 'inférieure à', 'less than', 'under', 'below'],
  above: ['>', 'meer dan', 'groter dan', 'hoger dan', 'boven', 'plus de', 'supérieur à', 'supérieure à', 'more than', 'over', 'above'],
} as const;

/** Words that make a value approximate: never read as the amount they come with. */
const APPROXIMATE = /^(?:±|\+\s*\/\s*-|\+-|~|≈|ca\.?|circa|ongeveer|ong\.|plusminus|environ|env\.|approx\.?|approximately|about|around|roughly)(?=[\s\d€$£]|$)/;
/** Words that give an inclusive bound (at most, at least), which the bounds `<` and `>` do not state. */
const INCLUSIVE = /^(?:≤|≥|<=|>=|max\.?|maximum|maximaal|hoogstens|ten hoogste|min\.?|minimum|minimaal|minstens|ten minste|au plus|au moins|at most|at least|up to|tot)(?=[\s\d€$£]|$)/;
/** Words before a range (`tussen 50 en 100 euro`) and between its two amounts. */
const RANGE_OPENING = /^(?:tussen|van|entre|de|between|from)\s+/;
const RANGE_SEPARATOR = /[-–—]|(?<=\s)(?:tot|en|à|et|to|and)(?=\s)/g;

/** What was read from a value cell: the value as the files write it, or why it cannot be read. */
export interface StatedReading {
  value?: string;
  problem?: string;
  notes: string[];
}

const HELP =
  'the import reads an amount, unknown (onbekend, inconnu), a bound (< 50, minder dan € 50, moins de 50 €) or a range (50-100 euro, tussen 50 en 100 euro, entre 50 et 100 €)';

/**
 * An amount alone (currency signs allowed, no other words): `50.00`, or undefined. What `1.000` was read
 * as (thousands, by the documented rule) goes to `notes`, as for an amount alone.
 */
function plainAmount(text: string, decimal: ',' | '.' | undefined, notes: string[]): string | undefined {
  const reading = readAmount(text, decimal);
  if (reading.rest !== undefined || !/^\d+(?:\.\d{1,2})?$/.test(reading.value)) return undefined;
  if (reading.ambiguous !== undefined) notes.push(`value: ${reading.ambiguous}`);
  return reading.value;
}

/**
 * A value as a register writes it, in the notation of a stated value (`50.00`, `unknown`, `< 50.00`,
 * `> 1000.00`, `50.00-100.00`), or why it cannot be read.
 */
export function readStatedValue(input: string, decimal: ',' | '.' | undefined): StatedReading {
  const written = cleanText(input);
  // Already in the files' notation (`unknown`, `< 50`, `50-150`): kept as written. Exact amounts go on to readAmount.
  const stated = parseStatedValue(written);
  if (typeof stated !== 'string' && stated.form !== 'exact') return { value: stated.form === 'unknown' ? 'unknown' : written, notes: [] };
  const lower = written.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  const unknown: readonly string[] = Object.values(UNKNOWN_WORDS).flat();
  if (unknown.includes(lower)) return { value: 'unknown', notes: [] };
  if (APPROXIMATE.test(lower)) {
    return {
      problem: `"${written}" is an approximate value: Vitrine never publishes it as an exact amount and has no form for "about"; ask the register for the amount, or write what it states under values: in the mapping file (a range such as "30-50" if the register's rules give one, or unknown), e.g. values: { value: { "${written}": unknown } }`,
      notes: [],
    };
  }
  if (INCLUSIVE.test(lower)) {
    return {
      problem: `"${written}" gives a bound that includes the amount (at most, at least), which < and > do not state: write what the register means under values: in the mapping file, e.g. values: { value: { "${written}": "0-50" } } for at most 50, or unknown`,
      notes: [],
    };
  }
  for (const [form, words] of Object.entries(BOUND_WORDS)) {
    const word = words.find((candidate) => lower === candidate || lower.startsWith(`${candidate} `) || (candidate.length === 1 && lower.startsWith(candidate)));
    if (word === undefined) continue;
    const notes: string[] = [];
    const amount = plainAmount(written.slice(word.length), decimal, notes);
    if (amount === undefined) return { problem: `"${written}" starts like a bound ("${word}") but "${written.slice(word.length).trim()}" is not an amount: ${HELP}; or write what it means under values: in the mapping file`, notes: [] };
    return { value: `${form === 'below' ? '<' : '>'} ${amount}`, notes };
  }
  const range = readRange(lower, written, decimal);
  if (range !== undefined) return range;
  const amount = readAmount(written, decimal);
  if (/^-?\d+(?:\.\d{1,2})?$/.test(amount.value)) {
    const notes: string[] = [];
    if (amount.rest !== undefined) notes.push(`value: "${amount.rest}" after the amount is not part of it and is not imported (the amount is ${amount.value})`);
    if (amount.ambiguous !== undefined) notes.push(`value: ${amount.ambiguous}`);
    return { value: amount.value, notes };
  }
  return { problem: `"${written}" is not a value: ${HELP}; if the register means one of these, write it under values: in the mapping file, e.g. values: { value: { "${written}": unknown } }`, notes: [] };
}

/** `50-100 euro`, `€ 50 – € 100`, `tussen 50 en 100 euro`, `de 50 à 100 €` as `50.00-100.00`. */
function readRange(lower: string, written: string, decimal: ',' | '.' | undefined): StatedReading | undefined {
  const opening = RANGE_OPENING.exec(lower)?.[0].length ?? 0;
  const body = written.slice(opening);
  const bodyLower = lower.slice(opening);
  for (const separator of bodyLower.matchAll(RANGE_SEPARATOR)) {
    const at = separator.index;
    const notes: string[] = [];
    const low = plainAmount(body.slice(0, at), decimal, notes);
    const high = plainAmount(body.slice(at + separator[0].length), decimal, notes);
    if (low !== undefined && high !== undefined) return { value: `${low}-${high}`, notes };
  }
  return undefined;
}

/**
 * A date known to the day, the month or the year. `format` (from `date:DD/MM/YYYY` in the mapping) is
 * for a whole date; a month (`10/2025`, `2025-10`, `oktober 2025`, `okt. 2025`) or a year (`2025`) in the
 * same column is kept as a month or a year, never given a day. Years have four digits here: `okt 25`
 * could be the 25th of October. Anything else is returned as written, for validation to report.
 */
export function normalisePartialDate(input: string, format: string | undefined): string {
  const value = cleanText(input);
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
  const day = normaliseDate(value, format);
  if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})[-/.](\d{1,2})$/.exec(value);
  const [year, number] = monthFirst ? [monthFirst[2], Number(monthFirst[1])] : yearFirst ? [yearFirst[1], Number(yearFirst[2])] : [undefined, 0];
  if (year !== undefined && number >= 1 && number <= 12) return `${year}-${String(number).padStart(2, '0')}`;
  const match = /^([\p{L}]+)\.?[-/. ]+(\d{4})$/u.exec(value);
  const month = match ? monthNumber(match[1] ?? '') : undefined;
  if (match && month !== undefined) return `${match[2]}-${String(month).padStart(2, '0')}`;
  return input;
}

/** The number of a month written as a word, in Dutch, French or English (`okt`, `octobre`, `Oct`). */
function monthNumber(word: string): number | undefined {
  // normaliseDate knows the month names: ask it about the first day of that month.
  const day = normaliseDate(`1 ${word} 2000`);
  return /^2000-\d{2}-01$/.test(day) ? Number(day.slice(5, 7)) : undefined;
}
